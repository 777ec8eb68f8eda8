package org.tokensphere.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One varied parameter of a sweep (MATH.md §9), as written after {@code --vary}: {@code NAME=a:b:k} (k values
 * from a to b, equally spaced; {@code NAME=a:b:k:log} spaces them geometrically) or {@code NAME=v1,v2,...} (the
 * values as listed, numbers or words such as {@code attention=sa,usa}). {@code NAME} is any key of
 * {@link ParamParser} but those that are not one number or word ({@code biasDirection}, {@code file}) and
 * {@code seed} (replicas already have seeds of their own). Values are handed to {@link ParamParser} as text, so
 * every value is checked, and refused, as {@code key=value} would be.
 *
 * @param name   the parameter
 * @param values its values in order, as text ({@code ParamParser} syntax)
 */
public record ParamAxis(String name, List<String> values) {
    /** Most values on one axis. */
    public static final int MAX_VALUES = 1000;
    private static final Set<String> NOT_VARIED = Set.of("seed", "biasDirection", "file");

    public ParamAxis {
        values = List.copyOf(values);
        if (values.isEmpty() || values.size() > MAX_VALUES) {
            throw new IllegalArgumentException(name + ": " + values.size() + " values; 1 to " + MAX_VALUES
                    + " are allowed");
        }
    }

    /** Parses {@code NAME=a:b:k[:log]} or {@code NAME=v1,v2,...}; a refusal says what is wrong in one line. */
    public static ParamAxis parse(String text) {
        int eq = text == null ? -1 : text.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("'" + text + "' is not of the form NAME=a:b:k or NAME=v1,v2,...");
        }
        String name = text.substring(0, eq).strip();
        String spec = text.substring(eq + 1).strip();
        if (!ParamParser.KEYS.containsKey(name)) {
            throw new IllegalArgumentException("unknown parameter '" + name + "' (known: "
                    + String.join(", ", ParamParser.KEYS.keySet()) + ")");
        }
        if (NOT_VARIED.contains(name)) {
            throw new IllegalArgumentException(name + " cannot be varied" + (name.equals("seed")
                    ? ": replicas have seeds of their own (use --replicas and --seed)" : ": it is not one value"));
        }
        if (spec.isEmpty()) {
            throw new IllegalArgumentException(name + ": no values after '='");
        }
        if (spec.contains(":") && !name.equals("matrix")) {
            return new ParamAxis(name, range(name, spec));
        }
        List<String> values = new ArrayList<>();
        for (String v : spec.split(",", -1)) {
            if (v.isBlank()) {
                throw new IllegalArgumentException(name + ": empty value in '" + spec + "'");
            }
            values.add(v.strip());
        }
        return new ParamAxis(name, values);
    }

    private static List<String> range(String name, String spec) {
        String[] parts = spec.split(":", -1);
        boolean log = parts.length == 4 && parts[3].strip().equalsIgnoreCase("log");
        if (parts.length != 3 && !log) {
            throw new IllegalArgumentException(name + ": '" + spec + "' is not a range a:b:k (or a:b:k:log)");
        }
        double a = ParamParser.number(name + " range start", parts[0].strip());
        double b = ParamParser.number(name + " range end", parts[1].strip());
        int k;
        try {
            k = Integer.parseInt(parts[2].strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": the number of points '" + parts[2].strip()
                    + "' in '" + spec + "' is not a whole number");
        }
        if (k < 1 || k > MAX_VALUES) {
            throw new IllegalArgumentException(name + ": " + k + " points in '" + spec + "'; 1 to " + MAX_VALUES
                    + " are allowed");
        }
        if (k == 1 && a != b) {
            throw new IllegalArgumentException(name + ": one point cannot span " + spec + " (use a:a:1 or a value)");
        }
        if (log && !(a > 0 && b > 0)) {
            throw new IllegalArgumentException(name + ": a log range needs a > 0 and b > 0, got '" + spec + "'");
        }
        List<String> out = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            double f = k == 1 ? 0 : (double) i / (k - 1);
            double v = i == k - 1 ? b : log ? a * Math.pow(b / a, f) : a + (b - a) * f;
            // To 12 significant digits, so -0.9:0.9:10 gives -0.7, not -0.7000000000000001.
            out.add(format(new BigDecimal(v).round(new MathContext(12)).doubleValue()));
        }
        return out;
    }

    /** A number as {@code key=value} takes it: whole numbers without a fraction (so {@code d} and {@code n} work). */
    public static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.valueOf((long) v);
        }
        return String.format(Locale.ROOT, "%s", v);
    }

    /** The values as numbers (NaN for a word). */
    public double[] numbers() {
        double[] out = new double[values.size()];
        for (int i = 0; i < out.length; i++) {
            try {
                out[i] = Double.parseDouble(values.get(i));
            } catch (NumberFormatException e) {
                out[i] = Double.NaN;
            }
        }
        return out;
    }

    /** True when every value is a number (the axis can be drawn to scale). */
    public boolean numeric() {
        for (double v : numbers()) {
            if (Double.isNaN(v)) {
                return false;
            }
        }
        return true;
    }

    /** As written after {@code --vary}: {@code NAME=v1,v2,...}. */
    @Override
    public String toString() {
        return name + "=" + String.join(",", values);
    }
}
