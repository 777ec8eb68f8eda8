package org.tokensphere.model;

/**
 * The Post-LN attention drift at {@code β = 0}, where attention is a mean field: {@code A_i = m = (1/N) Σ_j x_j}
 * for every token, SA and USA alike (the Kuramoto model on the circle, MATH.md §5.7). The Heun sub-step of
 * {@link AttentionDrift} then costs {@code O(N d)}: each stage is a few passes over the tokens held coordinate by
 * coordinate, loops the JIT vectorizes, in parallel over fixed chunks of tokens. The means are summed in fixed
 * chunks, in order, so the result does not depend on the thread count.
 *
 * <pre>    f_i = hα (m − ⟨m,x_i⟩ x_i),  y_i = normalize(x_i + f_i),  m' = mean(y),
 *     x_i ← normalize(x_i + ½(f_i + hα (m' − ⟨m',y_i⟩ y_i)))</pre>
 */
final class MeanFieldDrift {
    /** Tokens per partial sum of a mean. */
    private static final int MEAN_CHUNK = 4096;

    private final int n;
    private final int d;
    private final Parallel parallel;
    /** Coordinate {@code k} of token {@code i} at {@code x[k][i]}; likewise the first increments and the predictor. */
    private final double[][] x;
    private final double[][] f;
    private final double[][] y;
    private final double[] scratch;
    private final double[] mean;
    private final double[] firstMean;
    private final double[] partial;
    private final double[] probeScratch;
    private double hAlpha;
    private double[] positions;
    private StepCheck check;
    private final Parallel.WorkerBody pack = (worker, start, end) -> pack(start, end);
    private final Parallel.WorkerBody predict = (worker, start, end) -> predict(start, end);
    private final Parallel.WorkerBody correct = (worker, start, end) -> correct(start, end);

    MeanFieldDrift(int n, int d, Parallel parallel) {
        this.n = n;
        this.d = d;
        this.parallel = parallel;
        this.x = new double[d][n];
        this.f = new double[d][n];
        this.y = new double[d][n];
        this.scratch = new double[n];
        this.mean = new double[d];
        this.firstMean = new double[d];
        this.partial = new double[d];
        this.probeScratch = new double[d];
    }

    /**
     * One Heun sub-step of the tokens {@code positions} ({@code n×d}, in place) and of the test particles; with a
     * {@code check}, every token is checked as it is written back (by chunks of {@link Parallel#CHUNK}).
     */
    void step(double[] positions, double[] probes, int probeCount, double hAlpha, StepCheck stepCheck) {
        this.hAlpha = hAlpha;
        this.positions = positions;
        this.check = stepCheck;
        parallel.forSharedChunks(n, Parallel.CHUNK, pack);
        mean(x);
        System.arraycopy(mean, 0, firstMean, 0, d);
        parallel.forSharedChunks(n, Parallel.CHUNK, predict);
        mean(y);
        parallel.forSharedChunks(n, Parallel.CHUNK, correct);
        this.positions = null;
        this.check = null;
        for (int q = 0; q < probeCount; q++) {
            probe(probes, q * d, firstMean, mean);
        }
    }

    /** {@code mean = (1/N) Σ_i v[·][i]}, summed in chunks of {@link #MEAN_CHUNK} in order. */
    private void mean(double[][] v) {
        for (int k = 0; k < d; k++) {
            double[] c = v[k];
            double total = 0;
            for (int start = 0; start < n; start += MEAN_CHUNK) {
                int end = Math.min(n, start + MEAN_CHUNK);
                double s0 = 0;
                double s1 = 0;
                int i = start;
                for (; i + 1 < end; i += 2) {
                    s0 += c[i];
                    s1 += c[i + 1];
                }
                if (i < end) {
                    s0 += c[i];
                }
                total += s0 + s1;
            }
            partial[k] = total;
        }
        for (int k = 0; k < d; k++) {
            mean[k] = partial[k] / n;
        }
    }

    /** Tokens {@code [start, end)}: {@code f = hα P_x m}, {@code y = normalize(x + f)}. */
    private void predict(int start, int end) {
        double[] dot = scratch;
        tangentDots(x, dot, start, end);
        for (int k = 0; k < d; k++) {
            double[] xk = x[k];
            double[] fk = f[k];
            double[] yk = y[k];
            double mk = mean[k];
            double h = hAlpha;
            for (int i = start; i < end; i++) {
                fk[i] = h * (mk - dot[i] * xk[i]);
                yk[i] = xk[i] + fk[i];
            }
        }
        normalize(y, start, end);
    }

    /** Tokens {@code [start, end)}: {@code x ← normalize(x + ½(f + hα P_y m'))}. */
    private void correct(int start, int end) {
        double[] dot = scratch;
        tangentDots(y, dot, start, end);
        for (int k = 0; k < d; k++) {
            double[] xk = x[k];
            double[] fk = f[k];
            double[] yk = y[k];
            double mk = mean[k];
            double h = hAlpha;
            for (int i = start; i < end; i++) {
                xk[i] += 0.5 * (fk[i] + h * (mk - dot[i] * yk[i]));
            }
        }
        normalize(x, start, end);
        for (int k = 0; k < d; k++) {
            double[] xk = x[k];
            for (int i = start; i < end; i++) {
                positions[i * d + k] = xk[i];
            }
        }
        if (check != null) {
            for (int i = start; i < end; i++) {
                check.checkPosition(positions, i * d, d, start / Parallel.CHUNK, i);
            }
        }
    }

    /** Tokens {@code [start, end)} of the row-major positions into {@link #x}. */
    private void pack(int start, int end) {
        for (int k = 0; k < d; k++) {
            double[] xk = x[k];
            for (int i = start; i < end; i++) {
                xk[i] = positions[i * d + k];
            }
        }
    }

    /** {@code dot[i] = ⟨mean, v_i⟩}. */
    private void tangentDots(double[][] v, double[] dot, int start, int end) {
        double m0 = mean[0];
        double[] v0 = v[0];
        for (int i = start; i < end; i++) {
            dot[i] = m0 * v0[i];
        }
        for (int k = 1; k < d; k++) {
            double mk = mean[k];
            double[] vk = v[k];
            for (int i = start; i < end; i++) {
                dot[i] += mk * vk[i];
            }
        }
    }

    /** Scales tokens {@code [start, end)} of {@code v} to unit length. */
    private void normalize(double[][] v, int start, int end) {
        double[] s = scratch;
        double[] v0 = v[0];
        for (int i = start; i < end; i++) {
            s[i] = v0[i] * v0[i];
        }
        for (int k = 1; k < d; k++) {
            double[] vk = v[k];
            for (int i = start; i < end; i++) {
                s[i] += vk[i] * vk[i];
            }
        }
        for (int i = start; i < end; i++) {
            s[i] = 1 / Math.sqrt(s[i]);
        }
        for (int k = 0; k < d; k++) {
            double[] vk = v[k];
            for (int i = start; i < end; i++) {
                vk[i] *= s[i];
            }
        }
    }

    /** A test particle at {@code p[o ..]}: the same Heun sub-step with the means {@code m0} of X and {@code m1} of Y. */
    private void probe(double[] p, int o, double[] m0, double[] m1) {
        double[] yp = probeScratch;
        double dx = 0;
        for (int k = 0; k < d; k++) {
            dx += m0[k] * p[o + k];
        }
        for (int k = 0; k < d; k++) {
            yp[k] = p[o + k] + hAlpha * (m0[k] - dx * p[o + k]);
        }
        Linalg.normalize(yp, 0, d);
        double dy = 0;
        for (int k = 0; k < d; k++) {
            dy += m1[k] * yp[k];
        }
        for (int k = 0; k < d; k++) {
            double first = hAlpha * (m0[k] - dx * p[o + k]);
            p[o + k] += 0.5 * (first + hAlpha * (m1[k] - dy * yp[k]));
        }
        Linalg.normalize(p, o, d);
    }
}
