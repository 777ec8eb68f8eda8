package org.tokensphere.model;

/**
 * The inner loops of {@link AttentionTile}: one short statement over {@code t} each, every array indexed by
 * {@code t} itself, so that the JIT unrolls and vectorizes them (the JIT of JDK 17 does not vectorize a loop that
 * indexes arrays at different loop-invariant offsets, nor one whose body is too large to unroll: two weight rows
 * per pass sharing their loads ran 3× slower than two passes).
 */
final class TileLoops {
    private TileLoops() {
    }

    /** {@code first3} with the polynomial and one squaring fused in (see {@link AttentionWeights#evaluate}). */
    static void weights3(double[] w, double[] p0, double[] p1, double[] p2, double s0, double s1, double s2,
                                 double off, int len) {
        for (int t = 0; t < len; t++) {
            double p = AttentionWeights.polynomial(Math.fma(p2[t], s2, Math.fma(p1[t], s1, Math.fma(p0[t], s0, off))));
            w[t] = p * p;
        }
    }

    /** d = 3, two weight rows at a time: the three coordinates' sums and the plain sum in one pass. */
    static void accumulate3(double[] a0, double[] a1, double[] a2, double[] a3, double[] v, double[] u,
                                    double x0, double x1, double x2, double y0, double y1, double y2, int len) {
        for (int t = 0; t < len; t++) {
            double vt = v[t];
            double ut = u[t];
            a0[t] = Math.fma(ut, y0, Math.fma(vt, x0, a0[t]));
            a1[t] = Math.fma(ut, y1, Math.fma(vt, x1, a1[t]));
            a2[t] = Math.fma(ut, y2, Math.fma(vt, x2, a2[t]));
            a3[t] += vt + ut;
        }
    }

    /** {@code first3} with the polynomial and three squarings fused in. */
    static void weights3Squared3(double[] w, double[] p0, double[] p1, double[] p2, double s0, double s1,
                                         double s2, double off, int len) {
        for (int t = 0; t < len; t++) {
            double p = AttentionWeights.polynomial(Math.fma(p2[t], s2, Math.fma(p1[t], s1, Math.fma(p0[t], s0, off))));
            p *= p;
            p *= p;
            w[t] = p * p;
        }
    }

    static void first2(double[] w, double[] p0, double[] p1, double s0, double s1, double off, int len) {
        for (int t = 0; t < len; t++) {
            w[t] = Math.fma(p1[t], s1, Math.fma(p0[t], s0, off));
        }
    }

    static void first3(double[] w, double[] p0, double[] p1, double[] p2, double s0, double s1, double s2,
                               double off, int len) {
        for (int t = 0; t < len; t++) {
            w[t] = Math.fma(p2[t], s2, Math.fma(p1[t], s1, Math.fma(p0[t], s0, off)));
        }
    }

    static void first4(double[] w, double[] p0, double[] p1, double[] p2, double[] p3, double s0, double s1,
                               double s2, double s3, double off, int len) {
        for (int t = 0; t < len; t++) {
            w[t] = Math.fma(p3[t], s3, Math.fma(p2[t], s2, Math.fma(p1[t], s1, Math.fma(p0[t], s0, off))));
        }
    }

    static void add4(double[] w, double[] p0, double[] p1, double[] p2, double[] p3, double s0, double s1,
                             double s2, double s3, int len) {
        for (int t = 0; t < len; t++) {
            w[t] = Math.fma(p3[t], s3, Math.fma(p2[t], s2, Math.fma(p1[t], s1, Math.fma(p0[t], s0, w[t]))));
        }
    }

    static void fma4(double[] acc, double[] w0, double[] w1, double[] w2, double[] w3, double v0, double v1,
                             double v2, double v3, int len) {
        for (int t = 0; t < len; t++) {
            acc[t] = Math.fma(w3[t], v3, Math.fma(w2[t], v2, Math.fma(w1[t], v1, Math.fma(w0[t], v0, acc[t]))));
        }
    }

    static void sum4(double[] acc, double[] w0, double[] w1, double[] w2, double[] w3, int len) {
        for (int t = 0; t < len; t++) {
            acc[t] += (w0[t] + w1[t]) + (w2[t] + w3[t]);
        }
    }

    static void fma1(double[] acc, double[] w0, double v0, int len) {
        for (int t = 0; t < len; t++) {
            acc[t] = Math.fma(w0[t], v0, acc[t]);
        }
    }

    static void sum1(double[] acc, double[] w0, int len) {
        for (int t = 0; t < len; t++) {
            acc[t] += w0[t];
        }
    }
}
