package org.tokensphere.model;

/**
 * The self-attention drift {@code α P_{x_i} A_i(X) dt} of paper 2, Section 3 (MATH.md §3), advanced by a Heun
 * (predictor–corrector) sub-step: {@code O(N² d)} per step, in parallel over tokens. Weights are computed as
 * {@code e^{β(⟨x,x_j⟩−1)}} so that large {@code β} cannot overflow.
 */
final class AttentionDrift {
    private final int d;
    private double[] first = new double[0];
    private double[] predicted = new double[0];

    AttentionDrift(int d) {
        this.d = d;
    }

    /**
     * {@code out = h·α·P_y A(y; X)}: the tangent increment at point {@code y[off..]} against the ensemble {@code x}
     * of {@code n} tokens.
     */
    static void increment(double[] y, int off, double[] x, int n, int d, AttentionKind kind, double beta,
                          double hAlpha, double[] out) {
        java.util.Arrays.fill(out, 0, d, 0);
        double z = 0;
        for (int j = 0; j < n; j++) {
            int jo = j * d;
            double dot = 0;
            for (int k = 0; k < d; k++) {
                dot += y[off + k] * x[jo + k];
            }
            double w = Math.exp(beta * (dot - 1));
            z += w;
            for (int k = 0; k < d; k++) {
                out[k] += w * x[jo + k];
            }
        }
        // SA divides by Σ_k e^{β⟨y,x_k⟩}; USA by N (with the e^β taken out of the weights put back).
        double scale = hAlpha * (kind == AttentionKind.SA ? 1 / z : Math.exp(beta) / n);
        double yo = 0;
        for (int k = 0; k < d; k++) {
            out[k] *= scale;
            yo += out[k] * y[off + k];
        }
        for (int k = 0; k < d; k++) {
            out[k] -= yo * y[off + k];
        }
    }

    /**
     * One Heun sub-step of the attention drift for all {@code n} tokens of {@code x} (in place) and for the test
     * particles {@code probes} (which feel the ensemble but do not act on it).
     */
    void step(double[] x, int n, double[] probes, int probeCount, Params p, double h, Parallel parallel) {
        int len = n * d;
        if (first.length < len) {
            first = new double[len];
            predicted = new double[len];
        }
        AttentionKind kind = p.attention();
        double beta = p.effectiveBeta();
        double hAlpha = h * p.alpha();
        double[] f0 = first;
        double[] xp = predicted;
        parallel.forChunks(n, (start, end) -> {
            double[] a = new double[d];
            for (int i = start; i < end; i++) {
                increment(x, i * d, x, n, d, kind, beta, hAlpha, a);
                System.arraycopy(a, 0, f0, i * d, d);
                for (int k = 0; k < d; k++) {
                    xp[i * d + k] = x[i * d + k] + a[k];
                }
                Linalg.normalize(xp, i * d, d);
            }
        });
        double[] a0 = new double[d];
        double[] a1 = new double[d];
        double[] yp = new double[d];
        for (int q = 0; q < probeCount; q++) {
            increment(probes, q * d, x, n, d, kind, beta, hAlpha, a0);
            for (int k = 0; k < d; k++) {
                yp[k] = probes[q * d + k] + a0[k];
            }
            Linalg.normalize(yp, 0, d);
            increment(yp, 0, xp, n, d, kind, beta, hAlpha, a1);
            for (int k = 0; k < d; k++) {
                probes[q * d + k] += 0.5 * (a0[k] + a1[k]);
            }
            Linalg.normalize(probes, q * d, d);
        }
        parallel.forChunks(n, (start, end) -> {
            double[] a = new double[d];
            for (int i = start; i < end; i++) {
                increment(xp, i * d, xp, n, d, kind, beta, hAlpha, a);
                for (int k = 0; k < d; k++) {
                    x[i * d + k] += 0.5 * (f0[i * d + k] + a[k]);
                }
                Linalg.normalize(x, i * d, d);
            }
        });
    }
}
