package org.tokensphere.model;

import java.util.function.ToDoubleFunction;

/**
 * The scalar observables of MATH.md §7, each a named column: the one list that {@code tokensphere run}, the CSV
 * exports and the engine's history all take their columns from, in this order (the order of the {@code run}
 * CSV). Adding an observable is one line here, with its accessor on {@link ObservableValues}; every writer of
 * observables then carries it. {@link #TIME} comes first; the others are measured quantities.
 */
public enum ScalarObservable {
    /** Simulated time. */
    TIME("t", "simulated time", ObservableValues::time, false),
    /** Polar order {@code r = |(1/N) Σ x_i|}. */
    POLAR_ORDER("polarOrder", "polar order r", ObservableValues::polarOrder, false),
    /** Nematic order {@code S}, the top eigenvalue of {@code (1/N) Σ x_i x_iᵀ}. */
    NEMATIC_ORDER("nematicOrder", "nematic order S", ObservableValues::nematicOrder, false),
    /** Pairs with {@code ρ > 1 − δ} (estimated from a sample for large {@code N}). */
    POLAR_PAIRS("polarPairs", "polar pairs", ObservableValues::polarPairs, true),
    /** Pairs with {@code ρ < −1 + δ}. */
    ANTIPOLAR_PAIRS("antipolarPairs", "anti-polar pairs", ObservableValues::antipolarPairs, true),
    /** Number of clusters. */
    CLUSTERS("clusters", "clusters", ObservableValues::clusters, true),
    /** {@code ⟨x_0, x_1⟩}. */
    RHO01("rho01", "⟨x_0, x_1⟩", ObservableValues::rho01, false),
    /** Running finite-time Lyapunov exponent estimate (1/time). */
    LYAPUNOV("lyapunov", "Lyapunov estimate", ObservableValues::lyapunov, false),
    /** Half-width of its confidence band (2 standard errors). */
    LYAPUNOV_BAND("lyapunovBand", "Lyapunov band half-width", ObservableValues::lyapunovBand, false),
    /** Fraction of polar pairs. */
    POLAR_FRACTION("polarFraction", "fraction of polar pairs", ObservableValues::polarFraction, false),
    /** Fraction of anti-polar pairs. */
    ANTIPOLAR_FRACTION("antipolarFraction", "fraction of anti-polar pairs", ObservableValues::antipolarFraction,
            false),
    /** Attention energy {@code E_β}, NaN when not computed. */
    ATTENTION_ENERGY("attentionEnergy", "attention energy", ObservableValues::attentionEnergy, false),
    /** Pairs the pair statistics examined. */
    PAIRS_EXAMINED("pairsExamined", "pairs examined", ObservableValues::pairsExamined, true),
    /** Mean token radius {@code (1/N) Σ r_i}. */
    MEAN_RADIUS("meanRadius", "mean radius", ObservableValues::meanRadius, false);

    private final String column;
    private final String meaning;
    private final ToDoubleFunction<ObservableValues> value;
    private final boolean whole;

    ScalarObservable(String column, String meaning, ToDoubleFunction<ObservableValues> value, boolean whole) {
        this.column = column;
        this.meaning = meaning;
        this.value = value;
        this.whole = whole;
    }

    /** The column name in every CSV file, e.g. {@code polarOrder}. */
    public String column() {
        return column;
    }

    /** What it is, in a few words (for labels and tooltips). */
    public String meaning() {
        return meaning;
    }

    /** Its value in {@code v}. */
    public double of(ObservableValues v) {
        return value.applyAsDouble(v);
    }

    /** True for counts, written without a fraction. */
    public boolean whole() {
        return whole;
    }

    /** Appends {@code value} as the CSV files write it: counts as whole numbers, the rest as {@code double}s. */
    public void append(StringBuilder sb, double value) {
        if (whole && Double.isFinite(value)) {
            sb.append((long) value);
        } else {
            sb.append(value);
        }
    }

    /** The column names, comma-separated, in order. */
    public static String header() {
        StringBuilder sb = new StringBuilder();
        for (ScalarObservable o : values()) {
            sb.append(sb.length() == 0 ? "" : ",").append(o.column);
        }
        return sb.toString();
    }

    /** Appends every observable of {@code v}, comma-separated, in order (no line break). */
    public static void appendRow(StringBuilder sb, ObservableValues v) {
        ScalarObservable[] all = values();
        for (int c = 0; c < all.length; c++) {
            if (c > 0) {
                sb.append(',');
            }
            all[c].append(sb, all[c].of(v));
        }
    }
}
