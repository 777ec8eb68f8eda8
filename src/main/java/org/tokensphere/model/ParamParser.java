package org.tokensphere.model;


import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parses {@code key=value} parameters with the names of MATH.md ({@code d}, {@code n}, {@code sigmaQ}, …) on top
 * of a base {@link Params}. Every problem is an {@link IllegalArgumentException} whose message names the key.
 */
public final class ParamParser {
    /** The keys understood, with a one-line meaning each (for help and error messages). */
    public static final Map<String, String> KEYS = new LinkedHashMap<>();

    static {
        KEYS.put("d", "dimension of the space (tokens live on S^{d-1}), 2..1000");
        KEYS.put("n", "number of tokens");
        KEYS.put("mode", "deterministic | random | mixed");
        KEYS.put("sigmaQ", "strength of the random quadratic form");
        KEYS.put("sigmaB", "strength of the random bias");
        KEYS.put("biasStrength", "|v|, strength of the deterministic bias");
        KEYS.put("biasDirection", "direction of v, d comma-separated numbers");
        KEYS.put("sigmaInd", "strength of the independent per-token noise");
        KEYS.put("sharing", "c in [0,1], fraction of quadratic noise common to all tokens");
        KEYS.put("tau", "correlation time of coloured quadratic noise, 0 = white");
        KEYS.put("attention", "sa | usa | none");
        KEYS.put("norm", "post | pre | peri, where the layer normalization sits (attention)");
        KEYS.put("alpha", "strength of the attention drift");
        KEYS.put("beta", "inverse temperature of the attention");
        KEYS.put("gamma", "long context: beta = gamma log n when gamma > 0; 0 = off");
        KEYS.put("dt", "time step, 0 = chosen from accuracy");
        KEYS.put("accuracy", "target relative weak error when dt is chosen automatically");
        KEYS.put("delta", "closeness of polar pairs (rho > 1-delta) and clusters, in (0, 1)");
        KEYS.put("scheme", "auto | splitting | heun");
        KEYS.put("matrix", "goe | goe:SEED | diag:l1,l2,... | explicit:m11,m12,...");
        KEYS.put("init", "uniform | cap | circle | pair | equiangular | file");
        KEYS.put("rho0", "scalar product for init=pair and init=equiangular");
        KEYS.put("capAngle", "half-angle (radians) for init=cap");
        KEYS.put("file", "positions file for init=file: one token per line, d numbers");
        KEYS.put("seed", "the seed all randomness derives from");
    }

    private ParamParser() {
    }

    /** {@code base} with the given {@code key=value} arguments applied in order. */
    public static Params parse(Params base, List<String> arguments) {
        Map<String, String> kv = new LinkedHashMap<>();
        for (String a : arguments) {
            int eq = a.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("'" + a + "' is not of the form key=value");
            }
            String key = a.substring(0, eq).trim();
            if (!KEYS.containsKey(key)) {
                throw new IllegalArgumentException("unknown parameter '" + key + "' (known: "
                        + String.join(", ", KEYS.keySet()) + ")");
            }
            kv.put(key, a.substring(eq + 1).trim());
        }
        ParamsBuilder b = base.toBuilder();
        if (kv.containsKey("d")) {
            b.d(integer(kv, "d"));
        }
        InitialState init = base.init();
        for (Map.Entry<String, String> e : kv.entrySet()) {
            String k = e.getKey();
            String v = e.getValue();
            switch (k) {
                case "d", "rho0", "capAngle", "file" -> { }
                case "n" -> b.n(integer(kv, k));
                case "mode" -> b.mode(choice(Mode.class, k, v));
                case "sigmaQ" -> b.sigmaQ(number(k, v));
                case "sigmaB" -> b.sigmaB(number(k, v));
                case "biasStrength" -> b.biasStrength(number(k, v));
                case "biasDirection" -> b.biasDirection(numbers(k, v));
                case "sigmaInd" -> b.sigmaInd(number(k, v));
                case "sharing" -> b.sharing(number(k, v));
                case "tau" -> b.tau(number(k, v));
                case "attention" -> b.attention(choice(AttentionKind.class, k, v));
                case "norm" -> b.norm(choice(Norm.class, k, v));
                case "alpha" -> b.alpha(number(k, v));
                case "beta" -> b.beta(number(k, v));
                case "gamma" -> b.gamma(number(k, v));
                case "dt" -> b.dt(number(k, v));
                case "accuracy" -> b.accuracy(number(k, v));
                case "delta" -> b.delta(number(k, v));
                case "scheme" -> b.scheme(choice(Scheme.class, k, v));
                case "matrix" -> b.matrix(matrix(v, base.seed()));
                case "seed" -> b.seed(longValue(k, v));
                case "init" -> init = initial(v, kv);
                default -> throw new IllegalStateException(k);
            }
        }
        if (kv.containsKey("rho0")) {
            init = init.withRho0(number("rho0", kv.get("rho0")));
        }
        if (kv.containsKey("capAngle")) {
            init = init.withCapAngle(number("capAngle", kv.get("capAngle")));
        }
        return b.init(init).build();
    }

    private static InitialState initial(String v, Map<String, String> kv) {
        if (v.equalsIgnoreCase("file")) {
            String file = kv.get("file");
            if (file == null) {
                throw new IllegalArgumentException("init=file needs file=PATH");
            }
            return InitialState.points(readPositions(Path.of(file)));
        }
        return InitialState.of(choice(InitKind.class, "init", v));
    }

    /** Reads positions: one token a line, numbers separated by spaces or commas; '#' starts a comment. */
    public static double[] readPositions(Path file) {
        try {
            if (Files.size(file) > 200L << 20) {
                throw new IllegalArgumentException("file: " + file + " is larger than 200 MB");
            }
            List<Double> values = new ArrayList<>();
            int width = -1;
            int lineNo = 0;
            for (String line : Files.readAllLines(file)) {
                lineNo++;
                String s = line.replaceAll("#.*", "").trim();
                if (s.isEmpty()) {
                    continue;
                }
                String[] parts = s.split("[,\\s]+");
                if (width >= 0 && parts.length != width) {
                    throw new IllegalArgumentException("file: line " + lineNo + " has " + parts.length
                            + " numbers, earlier lines " + width);
                }
                width = parts.length;
                for (String p : parts) {
                    values.add(number("file line " + lineNo, p));
                }
            }
            if (values.isEmpty()) {
                throw new IllegalArgumentException("file: " + file + " holds no positions");
            }
            return values.stream().mapToDouble(Double::doubleValue).toArray();
        } catch (IOException e) {
            throw new IllegalArgumentException("file: cannot read " + file + " (" + e.getMessage() + ")");
        }
    }

    private static MatrixSpec matrix(String v, long seed) {
        String s = v.toLowerCase(Locale.ROOT);
        if (s.equals("goe")) {
            return MatrixSpec.goe(seed);
        }
        if (s.startsWith("goe:")) {
            return MatrixSpec.goe(longValue("matrix", s.substring(4)));
        }
        if (s.startsWith("diag:")) {
            return MatrixSpec.diagonal(numbers("matrix", s.substring(5)));
        }
        if (s.startsWith("explicit:")) {
            return MatrixSpec.explicit(numbers("matrix", s.substring(9)));
        }
        throw new IllegalArgumentException("matrix: '" + v + "' is not goe, goe:SEED, diag:... or explicit:...");
    }

    private static int integer(Map<String, String> kv, String k) {
        String v = kv.get(k);
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(k + ": '" + v + "' is not a whole number");
        }
    }

    private static long longValue(String k, String v) {
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(k + ": '" + v + "' is not a whole number");
        }
    }

    static double number(String k, String v) {
        try {
            double x = Double.parseDouble(v);
            if (!Double.isFinite(x)) {
                throw new NumberFormatException();
            }
            return x;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(k + ": '" + v + "' is not a finite number");
        }
    }

    private static double[] numbers(String k, String v) {
        String[] parts = v.split(",");
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = number(k, parts[i].trim());
        }
        return out;
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String k, String v) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(v)) {
                return e;
            }
        }
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name().toLowerCase(Locale.ROOT));
        }
        throw new IllegalArgumentException(k + ": '" + v + "' is not one of " + String.join(", ", names));
    }
}
