package org.tokensphere.model;

import java.util.Arrays;

/**
 * The mean direction {@code m = (1/N) Σ_j θ_j} of {@code n} row-major vectors in {@code R^d}: the attention vector
 * of every token when {@code β = 0} ({@link AttentionKernel}), summed in fixed chunks of tokens, in order, so the
 * result does not depend on how many threads the caller has.
 */
final class MeanDirection {
    /** Tokens per partial sum. */
    private static final int CHUNK = 4096;

    private final int n;
    private final int d;
    private final double[] mean;
    private final double[] partial;

    MeanDirection(int n, int d) {
        this.n = n;
        this.d = d;
        this.mean = new double[d];
        this.partial = new double[d];
    }

    /** Writes the mean of {@code theta} ({@code n×d}) to each of the {@code n} rows of {@code out} and the first
     * {@code probes} rows of {@code probeOut}. */
    void fill(double[] theta, double[] out, int probes, double[] probeOut) {
        Arrays.fill(mean, 0);
        int chunks = (n + CHUNK - 1) / CHUNK;
        for (int c = 0; c < chunks; c++) {
            Arrays.fill(partial, 0);
            for (int i = c * CHUNK; i < Math.min(n, (c + 1) * CHUNK); i++) {
                for (int k = 0; k < d; k++) {
                    partial[k] += theta[i * d + k];
                }
            }
            for (int k = 0; k < d; k++) {
                mean[k] += partial[k];
            }
        }
        for (int k = 0; k < d; k++) {
            mean[k] /= n;
        }
        for (int i = 0; i < n; i++) {
            System.arraycopy(mean, 0, out, i * d, d);
        }
        for (int q = 0; q < probes; q++) {
            System.arraycopy(mean, 0, probeOut, q * d, d);
        }
    }
}
