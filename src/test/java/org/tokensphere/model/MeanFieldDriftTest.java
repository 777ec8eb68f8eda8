package org.tokensphere.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.tokensphere.model.Replicas.assertAtMost;

import org.junit.jupiter.api.Test;

/**
 * {@link MeanFieldDrift} is the Heun sub-step of {@link AttentionDrift} with {@code A_i = mean direction}
 * ({@code β = 0}): compared with the same step written out plainly, token by token, from the kernel's attention
 * vectors. Both do the same operations in another order, so they agree to rounding: {@code 10⁻¹⁴} (each step
 * moves a token by at most {@code 2hα}; a few dozen roundings of numbers below 2). Uniform start, seed 61.
 */
class MeanFieldDriftTest {
    @Test
    void agreesWithThePlainHeunStepAndIsTheSameForAnyThreadCount() {
        for (int d : new int[] {2, 3, 7}) {
            int n = 5000;
            double h = 0.05;
            double[] start = InitialStates.sample(InitialState.UNIFORM, n, d, 61);
            double[] probes = InitialStates.sample(InitialState.UNIFORM, 4, d, 62);
            double[] expected = start.clone();
            double[] expectedProbes = probes.clone();
            try (Parallel one = new Parallel(1)) {
                plainStep(expected, expectedProbes, n, d, h, new AttentionKernel(n, d, one));
            }
            double[][] runs = new double[3][];
            for (int threads = 1; threads <= 3; threads++) {
                double[] x = start.clone();
                double[] q = probes.clone();
                try (Parallel parallel = new Parallel(threads)) {
                    new MeanFieldDrift(n, d, parallel).step(x, q, 4, h, null);
                }
                double worst = 0;
                for (int i = 0; i < x.length; i++) {
                    worst = Math.max(worst, Math.abs(x[i] - expected[i]));
                }
                for (int i = 0; i < q.length; i++) {
                    worst = Math.max(worst, Math.abs(q[i] - expectedProbes[i]));
                }
                assertAtMost("d=" + d + " threads=" + threads + ": max |x - x_plain|", worst, 1e-14);
                runs[threads - 1] = x;
            }
            assertArrayEquals(runs[0], runs[1], 0, "1 vs 2 threads");
            assertArrayEquals(runs[0], runs[2], 0, "1 vs 3 threads");
        }
    }

    /** The Post-LN Heun sub-step of MATH.md §3 with the kernel's A_i at β = 0, one token at a time. */
    private static void plainStep(double[] x, double[] probes, int n, int d, double h, AttentionKernel kernel) {
        double[] a = new double[n * d];
        double[] pa = new double[probes.length];
        kernel.vectors(x, probes, probes.length / d, AttentionKind.USA, 0, a, pa);
        double[] f = tangents(x, a, h, d);
        double[] pf = tangents(probes, pa, h, d);
        double[] y = add(x, f, 1, d);
        double[] py = add(probes, pf, 1, d);
        kernel.vectors(y, py, py.length / d, AttentionKind.USA, 0, a, pa);
        double[] g = tangents(y, a, h, d);
        double[] pg = tangents(py, pa, h, d);
        for (int i = 0; i < x.length; i++) {
            f[i] = 0.5 * (f[i] + g[i]);
        }
        for (int i = 0; i < probes.length; i++) {
            pf[i] = 0.5 * (pf[i] + pg[i]);
        }
        System.arraycopy(add(x, f, 1, d), 0, x, 0, x.length);
        System.arraycopy(add(probes, pf, 1, d), 0, probes, 0, probes.length);
    }

    private static double[] tangents(double[] y, double[] a, double h, int d) {
        double[] t = new double[y.length];
        for (int o = 0; o < y.length; o += d) {
            double ya = Linalg.dot(y, o, a, o, d);
            for (int k = 0; k < d; k++) {
                t[o + k] = h * (a[o + k] - ya * y[o + k]);
            }
        }
        return t;
    }

    private static double[] add(double[] x, double[] f, double c, int d) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i] + c * f[i];
        }
        for (int o = 0; o < y.length; o += d) {
            Linalg.normalize(y, o, d);
        }
        return y;
    }
}
