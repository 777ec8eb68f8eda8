package org.tokensphere.model;

import java.util.Locale;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stopping rule of a run: one observable compared with a number, such as {@code rho01>=0},
 * {@code polarOrder>0.99} or {@code clusters<=1} (MATH.md §9). A replica stops at the first time the condition
 * holds, located within the step ({@link FirstPassage}).
 *
 * @param observable the observable compared (any column of {@code run})
 * @param comparison how it is compared
 * @param level      the number it is compared with, finite
 */
public record StopCondition(ScalarObservable observable, Comparison comparison, double level) {
    private static final Pattern FORM = Pattern.compile("\\s*([A-Za-z][A-Za-z0-9]*)\\s*(>=|<=|>|<)\\s*(\\S+)\\s*");

    /** The comparisons understood. */
    public enum Comparison {
        /** At least. */
        AT_LEAST(">="),
        /** Above. */
        ABOVE(">"),
        /** At most. */
        AT_MOST("<="),
        /** Below. */
        BELOW("<");

        private final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }

        /** As written: {@code >=}, {@code >}, {@code <=} or {@code <}. */
        public String symbol() {
            return symbol;
        }
    }

    public StopCondition {
        if (observable == null || comparison == null) {
            throw new IllegalArgumentException("a stop condition needs an observable and a comparison");
        }
        if (!Double.isFinite(level)) {
            throw new IllegalArgumentException("the level of a stop condition must be a finite number");
        }
    }

    /**
     * Parses {@code NAME>=NUMBER} (also {@code >}, {@code <=}, {@code <}); the message of a refusal says what is
     * wrong and lists the observables.
     */
    public static StopCondition parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not of the form OBSERVABLE>=NUMBER (or >, <=, <), "
                    + "e.g. rho01>=0; observables: " + names());
        }
        ScalarObservable o = byColumn(m.group(1));
        if (o == null) {
            throw new IllegalArgumentException("'" + m.group(1) + "' is not an observable (known: " + names() + ")");
        }
        double level;
        try {
            level = Double.parseDouble(m.group(3));
        } catch (NumberFormatException e) {
            level = Double.NaN;
        }
        if (!Double.isFinite(level)) {
            throw new IllegalArgumentException("'" + m.group(3) + "' in '" + text.strip() + "' is not a finite number");
        }
        Comparison c = switch (m.group(2)) {
            case ">=" -> Comparison.AT_LEAST;
            case ">" -> Comparison.ABOVE;
            case "<=" -> Comparison.AT_MOST;
            default -> Comparison.BELOW;
        };
        return new StopCondition(o, c, level);
    }

    /** True when {@code value} satisfies the condition (NaN never does). */
    public boolean holds(double value) {
        return switch (comparison) {
            case AT_LEAST -> value >= level;
            case ABOVE -> value > level;
            case AT_MOST -> value <= level;
            case BELOW -> value < level;
        };
    }

    /** True when the condition is met from below ({@code >=}, {@code >}). */
    public boolean upward() {
        return comparison == Comparison.AT_LEAST || comparison == Comparison.ABOVE;
    }

    /** The observable of column {@code name}, or null. */
    public static ScalarObservable byColumn(String name) {
        for (ScalarObservable o : ScalarObservable.values()) {
            if (o.column().equals(name)) {
                return o;
            }
        }
        return null;
    }

    private static String names() {
        StringJoiner j = new StringJoiner(", ");
        for (ScalarObservable o : ScalarObservable.values()) {
            j.add(o.column());
        }
        return j.toString();
    }

    /** As it is written on the command line, e.g. {@code rho01>=0.0}. */
    @Override
    public String toString() {
        return observable.column() + comparison.symbol + String.format(Locale.ROOT, "%s", level);
    }
}
