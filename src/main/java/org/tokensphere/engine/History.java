package org.tokensphere.engine;

import org.tokensphere.model.ObservableValues;
import org.tokensphere.model.ScalarObservable;

import java.util.Arrays;

/**
 * A bounded history of observables over simulated time, for the charts, owned by the engine thread. It is
 * append-only: a {@link HistorySnapshot} sees the first {@code length} rows of arrays that are never written
 * below that length again. When full, every other row is dropped into new arrays (old snapshots keep the old
 * ones) and the sampling interval doubles, so the whole run always fits.
 */
final class History {
    /** Number of scalar columns: one per {@link ScalarObservable}. */
    static final int COLUMNS = ScalarObservable.values().length;

    private final int capacity;
    private final int bins;
    private final int maxPairs;
    private double[][] columns;
    private double[][] pairs;
    private double[][] histograms;
    private int length;
    private double interval;
    private double nextTime;

    /** A history of up to {@code capacity} rows, sampled every {@code interval} of simulated time at first. */
    History(int capacity, int bins, int maxPairs, double interval) {
        this.capacity = capacity;
        this.bins = bins;
        this.maxPairs = maxPairs;
        this.interval = interval;
        allocate();
    }

    private void allocate() {
        columns = new double[COLUMNS][capacity];
        pairs = new double[maxPairs][capacity];
        histograms = new double[capacity][];
        length = 0;
        nextTime = Double.NEGATIVE_INFINITY;
    }

    /**
     * The chosen pairs changed from {@code old} to {@code chosen}: the trace of a pair chosen before continues,
     * a new pair's starts afresh (earlier rows NaN). New arrays, so published snapshots keep theirs.
     */
    void remapPairs(int[][] old, int[][] chosen) {
        double[][] fresh = new double[maxPairs][capacity];
        for (int k = 0; k < maxPairs; k++) {
            int previous = -1;
            for (int o = 0; k < chosen.length && o < old.length; o++) {
                if (old[o][0] == chosen[k][0] && old[o][1] == chosen[k][1]) {
                    previous = o;
                }
            }
            if (previous >= 0) {
                System.arraycopy(pairs[previous], 0, fresh[k], 0, length);
            } else {
                Arrays.fill(fresh[k], 0, length, Double.NaN);
            }
        }
        pairs = fresh;
    }

    /** True when a row is due at simulated time {@code t}. */
    boolean due(double t) {
        return t >= nextTime;
    }

    /** Appends a row. */
    void append(ObservableValues v) {
        if (length == capacity) {
            decimate();
        }
        for (ScalarObservable o : ScalarObservable.values()) {
            columns[o.ordinal()][length] = o.of(v);
        }
        double[] rhos = v.pairRhos();
        for (int k = 0; k < maxPairs; k++) {
            pairs[k][length] = k < rhos.length ? rhos[k] : Double.NaN;
        }
        histograms[length] = v.histogram();
        length++;
        nextTime = v.time() + interval;
    }

    private void decimate() {
        double[][] c2 = new double[COLUMNS][capacity];
        double[][] p2 = new double[maxPairs][capacity];
        double[][] h2 = new double[capacity][];
        int kept = 0;
        for (int r = 0; r < length; r += 2) {
            for (int c = 0; c < COLUMNS; c++) {
                c2[c][kept] = columns[c][r];
            }
            for (int k = 0; k < maxPairs; k++) {
                p2[k][kept] = pairs[k][r];
            }
            h2[kept] = histograms[r];
            kept++;
        }
        columns = c2;
        pairs = p2;
        histograms = h2;
        length = kept;
        interval *= 2;
    }

    /** An immutable view of the rows so far. */
    HistorySnapshot snapshot() {
        return new HistorySnapshot(length, bins, columns, pairs, histograms);
    }
}
