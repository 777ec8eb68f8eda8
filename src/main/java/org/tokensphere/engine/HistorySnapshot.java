package org.tokensphere.engine;

import org.tokensphere.model.ScalarObservable;

/**
 * An immutable view of the first {@link #length()} rows of the engine's observable history: one column per
 * {@link ScalarObservable}, the traced pairs' scalar products and the pair-product histograms (the arrays are
 * shared with the engine, which never writes below this length again). Read with the accessors.
 */
public final class HistorySnapshot {
    /** An empty history. */
    public static final HistorySnapshot EMPTY = new HistorySnapshot(0, 0,
            new double[ScalarObservable.values().length][0], new double[0][0], new double[0][]);

    private final int length;
    private final int bins;
    private final double[][] columns;
    private final double[][] pairs;
    private final double[][] histograms;

    HistorySnapshot(int length, int bins, double[][] columns, double[][] pairs, double[][] histograms) {
        this.length = length;
        this.bins = bins;
        this.columns = columns;
        this.pairs = pairs;
        this.histograms = histograms;
    }

    /** Number of rows. */
    public int length() {
        return length;
    }

    /** Histogram bins over [−1, 1]. */
    public int bins() {
        return bins;
    }

    /** Value of a column at a row. */
    public double get(ScalarObservable c, int row) {
        check(row);
        return columns[c.ordinal()][row];
    }

    /** A column's values, a copy of length {@link #length()}. */
    public double[] column(ScalarObservable c) {
        return java.util.Arrays.copyOf(columns[c.ordinal()], length);
    }

    /** Number of pair traces. */
    public int pairTraces() {
        return pairs.length;
    }

    /** Trace {@code k} of the chosen pairs' scalar products, a copy (NaN where that pair was not chosen). */
    public double[] pairTrace(int k) {
        return java.util.Arrays.copyOf(pairs[k], length);
    }

    /** Histogram of the pairwise scalar products at a row (sums to 1), a copy. */
    public double[] histogram(int row) {
        check(row);
        return histograms[row].clone();
    }

    private void check(int row) {
        if (row < 0 || row >= length) {
            throw new IndexOutOfBoundsException("row " + row + " of " + length);
        }
    }
}
