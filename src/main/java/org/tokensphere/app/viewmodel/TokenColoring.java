package org.tokensphere.app.viewmodel;

import org.tokensphere.app.viewmodel.DisplaySettings.ColourBy;
import org.tokensphere.engine.ReadOnlyFloats;
import org.tokensphere.model.TokenPairs;

import java.util.Arrays;

/**
 * Gives every token a colour slot for a frame. Slots (the view turns them into colours): the two poles, up to
 * {@link #CLUSTERS} clusters and "other", {@link #HUES}×{@link #BANDS} hues of the initial position, and one
 * slot per traced pair (tokens of a chosen pair wear their trace's colour). Colours are kept stable from frame
 * to frame: the pole axis keeps its sign, and clusters keep their slot while they exist. Not thread-safe;
 * buffers are reused (two output buffers in turn).
 */
public final class TokenColoring {
    /** Heading to {@code +u}. */
    public static final int POLE_PLUS = 0;
    /** Heading to {@code −u}. */
    public static final int POLE_MINUS = 1;
    /** First cluster slot. */
    public static final int CLUSTER_BASE = 2;
    /** Number of cluster slots. */
    public static final int CLUSTERS = 12;
    /** Tokens in no tracked cluster. */
    public static final int CLUSTER_OTHER = CLUSTER_BASE + CLUSTERS;
    /** First initial-position slot. */
    public static final int HUE_BASE = CLUSTER_OTHER + 1;
    /** Hues around the first two axes. */
    public static final int HUES = 16;
    /** Lightness bands along the third axis (low, middle, high). */
    public static final int BANDS = 3;
    /** First pair slot. */
    public static final int PAIR_BASE = HUE_BASE + HUES * BANDS;
    /** Number of pair slots. */
    public static final int PAIRS = TokenPairs.MAX_TRACED;
    /** Number of slots. */
    public static final int SLOTS = PAIR_BASE + PAIRS;
    /** Tokens within this scalar product of a cluster's centre belong to it ({@code cos 15°}). */
    public static final double CLUSTER_COS = Math.cos(Math.toRadians(15));

    private final int[][] buffers = new int[2][];
    private int turn;
    private double[] poleReference;
    private ReadOnlyFloats hueSource;
    private int[] hues = new int[0];
    private int clusterDim = -1;
    private double[] centres = new double[0];
    private final boolean[] active = new boolean[CLUSTERS];
    private double[] sums = new double[0];
    private final int[] counts = new int[CLUSTERS];

    /**
     * Slots for {@code n} tokens of dimension {@code d}. {@code axis} is the pole axis in {@code R^d} (for
     * {@link ColourBy#POLE}; call {@link #stableAxis} first), {@code initial} the positions at time 0.
     * Returns one of two buffers used in turn, of length at least {@code n}.
     */
    public int[] colour(ReadOnlyFloats positions, ReadOnlyFloats initial, int n, int d, ColourBy by, double[] axis,
                        int[][] pairs) {
        int[] out = buffer(n);
        switch (by) {
            case POLE -> poles(positions, n, d, axis, out);
            case INITIAL_POSITION -> System.arraycopy(hues(initial, n, d), 0, out, 0, n);
            case CLUSTER -> clusters(positions, n, d, out);
            default -> throw new IllegalStateException(by.name());
        }
        if (pairs != null) {
            for (int k = 0; k < pairs.length && k < PAIRS; k++) {
                for (int t : pairs[k]) {
                    if (t >= 0 && t < n) {
                        out[t] = PAIR_BASE + k;
                    }
                }
            }
        }
        return out;
    }

    /**
     * {@code axis} with the sign that agrees with the axis of the previous call, so that a nematic eigenvector
     * (defined up to sign) does not swap the two pole colours from one frame to the next. Null stays null.
     */
    public double[] stableAxis(double[] axis) {
        if (axis == null) {
            return null;
        }
        double[] a = axis.clone();
        if (poleReference != null && poleReference.length == a.length) {
            double s = 0;
            for (int k = 0; k < a.length; k++) {
                s += a[k] * poleReference[k];
            }
            if (s < 0) {
                for (int k = 0; k < a.length; k++) {
                    a[k] = -a[k];
                }
            }
        }
        poleReference = a.clone();
        return a;
    }

    /** Forgets the colour history (a new run). */
    public void clear() {
        poleReference = null;
        hueSource = null;
        clusterDim = -1;
    }

    private void poles(ReadOnlyFloats x, int n, int d, double[] axis, int[] out) {
        if (axis == null || axis.length != d) {
            Arrays.fill(out, 0, n, POLE_PLUS);
            return;
        }
        for (int i = 0; i < n; i++) {
            double s = 0;
            int o = i * d;
            for (int k = 0; k < d; k++) {
                s += x.get(o + k) * axis[k];
            }
            out[i] = s >= 0 ? POLE_PLUS : POLE_MINUS;
        }
    }

    /** Hue from the angle in the plane of the first two axes, band from the third coordinate; cached per run. */
    private int[] hues(ReadOnlyFloats initial, int n, int d) {
        if (initial == hueSource && hues.length >= n) {
            return hues;
        }
        hues = new int[n];
        for (int i = 0; i < n; i++) {
            int o = i * d;
            double angle = Math.atan2(initial.get(o + 1), initial.get(o));
            int h = (int) Math.floor((angle + Math.PI) / (2 * Math.PI) * HUES) % HUES;
            int band = 1;
            if (d >= 3) {
                float z = initial.get(o + 2);
                band = z < -1f / 3 ? 0 : z > 1f / 3 ? 2 : 1;
            }
            hues[i] = HUE_BASE + band * HUES + h;
        }
        hueSource = initial;
        return hues;
    }

    /**
     * Greedy clustering with persistent centres: each token joins the first active centre within
     * {@link #CLUSTER_COS}, or opens a free slot; centres then move to their members' mean direction, empty
     * ones are freed and centres that met are merged.
     */
    private void clusters(ReadOnlyFloats x, int n, int d, int[] out) {
        if (clusterDim != d) {
            clusterDim = d;
            centres = new double[CLUSTERS * d];
            sums = new double[CLUSTERS * d];
            Arrays.fill(active, false);
        }
        Arrays.fill(sums, 0);
        Arrays.fill(counts, 0);
        for (int i = 0; i < n; i++) {
            int o = i * d;
            int found = -1;
            for (int c = 0; c < CLUSTERS && found < 0; c++) {
                if (active[c] && dot(x, o, centres, c * d, d) > CLUSTER_COS) {
                    found = c;
                }
            }
            if (found < 0) {
                found = openSlot(x, o, d);
            }
            if (found < 0) {
                out[i] = CLUSTER_OTHER;
                continue;
            }
            out[i] = CLUSTER_BASE + found;
            counts[found]++;
            for (int k = 0; k < d; k++) {
                sums[found * d + k] += x.get(o + k);
            }
        }
        for (int c = 0; c < CLUSTERS; c++) {
            double norm = 0;
            for (int k = 0; k < d; k++) {
                norm += sums[c * d + k] * sums[c * d + k];
            }
            active[c] = counts[c] > 0 && norm > 0;
            if (active[c]) {
                double inv = 1 / Math.sqrt(norm);
                for (int k = 0; k < d; k++) {
                    centres[c * d + k] = sums[c * d + k] * inv;
                }
            }
        }
        for (int a = 0; a < CLUSTERS; a++) {
            for (int b = a + 1; b < CLUSTERS && active[a]; b++) {
                if (active[b] && dot(centres, a * d, centres, b * d, d) > CLUSTER_COS) {
                    active[b] = false;
                }
            }
        }
    }

    private int openSlot(ReadOnlyFloats x, int o, int d) {
        for (int c = 0; c < CLUSTERS; c++) {
            if (!active[c]) {
                active[c] = true;
                for (int k = 0; k < d; k++) {
                    centres[c * d + k] = x.get(o + k);
                }
                return c;
            }
        }
        return -1;
    }

    private static double dot(ReadOnlyFloats x, int o, double[] c, int co, int d) {
        double s = 0;
        for (int k = 0; k < d; k++) {
            s += x.get(o + k) * c[co + k];
        }
        return s;
    }

    private static double dot(double[] a, int ao, double[] b, int bo, int d) {
        double s = 0;
        for (int k = 0; k < d; k++) {
            s += a[ao + k] * b[bo + k];
        }
        return s;
    }

    private int[] buffer(int n) {
        turn ^= 1;
        if (buffers[turn] == null || buffers[turn].length < n) {
            buffers[turn] = new int[n];
        }
        return buffers[turn];
    }
}
