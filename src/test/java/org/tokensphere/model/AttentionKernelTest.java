package org.tokensphere.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tokensphere.model.Replicas.assertAtMost;

import org.junit.jupiter.api.Test;

/**
 * {@link AttentionKernel} against the plain double-precision definition (MATH.md §3): for every token and probe,
 * {@code A_i = Σ_j e^{β⟨θ_i,θ_j⟩} θ_j / Σ_j e^{β⟨θ_i,θ_j⟩}} (SA) or {@code (1/N) Σ_j e^{β⟨θ_i,θ_j⟩} θ_j} (USA),
 * summed in token order with {@code Math.exp}. Uniform random directions (seeds stated per case).
 *
 * <p>The bound per token and coordinate, derived: the kernel's weights are within
 * {@code ε = AttentionWeights.relativeErrorBound(β)} of {@code e^{2^m r}} for the argument {@code r} it computes;
 * {@code r} and the reference's {@code β⟨θ_i,θ_j⟩} each carry at most {@code (d+2)} roundings of terms below
 * {@code 2^m/8 ≤ 2β+1/8} in the exponent, i.e. a relative weight difference below {@code 4(2β+1)(d+2)u}
 * ({@code u = 2^−53}). Weights off by a relative {@code δ} move a weighted mean of unit vectors by at most
 * {@code 2δ}; each sum of {@code n} terms adds at most {@code (n+1)u} relative rounding. So
 * {@code |ΔA| ≤ (2ε + 8(2β+1)(d+2)u + 4(n+1)u)·s} with {@code s = 1} for SA and
 * {@code s = (1/N) Σ_j e^{β⟨θ_i,θ_j⟩}} for USA.
 */
class AttentionKernelTest {
    private static final double U = 0x1p-53;

    @Test
    void matchesThePlainSumForEveryTokenAndProbe() {
        int[][] shapes = {{1, 3}, {7, 2}, {300, 3}, {1100, 3}, {130, 5}, {200, 64}, {64, 4}};
        double[] betas = {0.3, 1, 9, 100};
        long seed = 11;
        for (int[] shape : shapes) {
            for (double beta : betas) {
                for (AttentionKind kind : new AttentionKind[] {AttentionKind.SA, AttentionKind.USA}) {
                    check(shape[0], shape[1], kind, beta, 5, seed++, 1, AttentionKernel.MAX_COLUMN_BUFFER);
                }
            }
        }
    }

    @Test
    void withoutSymmetryTheSameBoundHolds() {
        // No room for partial sums: every row block computes its whole row.
        check(700, 3, AttentionKind.SA, 2, 3, 41, 2, 0);
        check(300, 7, AttentionKind.USA, 1, 3, 42, 1, 0);
    }

    @Test
    void zeroTemperatureIsTheMeanDirection() {
        check(5000, 2, AttentionKind.USA, 0, 4, 43, 2, AttentionKernel.MAX_COLUMN_BUFFER);
        check(900, 3, AttentionKind.SA, 0, 4, 44, 1, AttentionKernel.MAX_COLUMN_BUFFER);
    }

    @Test
    void bitIdenticalForOneTwoAndThreeThreads() {
        // 1000 tokens make 8 blocks of 128, 36 tile tasks, taken in another order on every run with 2 or 3 workers.
        for (int d : new int[] {3, 10}) {
            double[] theta = InitialStates.sample(InitialState.UNIFORM, 1000, d, 51);
            double[] probes = InitialStates.sample(InitialState.UNIFORM, 16, d, 52);
            double[][] results = new double[3][];
            for (int threads = 1; threads <= 3; threads++) {
                try (Parallel parallel = new Parallel(threads)) {
                    AttentionKernel kernel = new AttentionKernel(1000, d, parallel);
                    assertTrue(kernel.symmetric(), "the symmetric scheme runs");
                    double[] out = new double[1000 * d + 16 * d];
                    double[] a = new double[1000 * d];
                    double[] q = new double[16 * d];
                    kernel.vectors(theta, probes, 16, AttentionKind.SA, 3, a, q);
                    System.arraycopy(a, 0, out, 0, a.length);
                    System.arraycopy(q, 0, out, a.length, q.length);
                    results[threads - 1] = out;
                }
            }
            assertArrayEquals(results[0], results[1], 0, "d=" + d + ": 1 vs 2 threads");
            assertArrayEquals(results[0], results[2], 0, "d=" + d + ": 1 vs 3 threads");
        }
    }

    @Test
    void allocatesNothingPerCallAfterTheFirst() {
        // One thread does all the work, so the bytes this thread allocates are the kernel's. After the first call
        // (buffers for the probes, the weight sum) a call allocates nothing. 50 rounds of each path (symmetric
        // tiles with probes and a per-block continuation, rows without symmetry, β = 0, the weight sum) are 150
        // calls; one object of the smallest size (16 bytes) in every other call would be 1 200 bytes, so the
        // bound is 1 KiB. The JVM itself may allocate on this thread now and then (a deoptimization re-creating
        // an object it had left out, a class loaded late): the least of three measurements is taken.
        com.sun.management.ThreadMXBean mx =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        assertTrue(mx.isThreadAllocatedMemorySupported() && mx.isThreadAllocatedMemoryEnabled(), "allocation counter");
        double[] theta = InitialStates.sample(InitialState.UNIFORM, 700, 3, 53);
        double[] probes = InitialStates.sample(InitialState.UNIFORM, 16, 3, 54);
        double[] out = new double[700 * 3];
        double[] probeOut = new double[16 * 3];
        double[] sink = new double[1];
        Parallel.Body then = (start, end) -> sink[0] += out[start * 3];
        try (Parallel one = new Parallel(1)) {
            for (int maxBuffer : new int[] {AttentionKernel.MAX_COLUMN_BUFFER, 0}) {
                AttentionKernel kernel = new AttentionKernel(700, 3, one, maxBuffer);
                Runnable calls = () -> {
                    kernel.vectors(theta, probes, 16, AttentionKind.SA, 2, out, probeOut, then);
                    kernel.vectors(theta, probes, 16, AttentionKind.USA, 0, out, probeOut, then);
                    sink[0] += kernel.weightSum(theta, 9);
                };
                calls.run();
                long least = Long.MAX_VALUE;
                for (int attempt = 0; attempt < 3; attempt++) {
                    long before = mx.getCurrentThreadAllocatedBytes();
                    for (int k = 0; k < 50; k++) {
                        calls.run();
                    }
                    least = Math.min(least, mx.getCurrentThreadAllocatedBytes() - before);
                }
                assertAtMost("bytes allocated by 150 calls (least of 3), max column buffer " + maxBuffer, least, 1024);
            }
        }
        assertTrue(Double.isFinite(sink[0]));
    }

    @Test
    void twoRunsOnTheSharedWorkersAtOnceGetTheirOwnResults() throws Exception {
        // The window's engine and an animation export share ThreadBudget's workers; each kernel call keeps its
        // own state, so two at once give what each gives alone on one thread.
        double[][] alone = new double[2][];
        double[][] together = new double[2][];
        for (int r = 0; r < 2; r++) {
            try (Parallel one = new Parallel(1)) {
                alone[r] = evaluate(new AttentionKernel(900 + 300 * r, 3, one), 900 + 300 * r, 70 + r);
            }
        }
        Thread[] callers = new Thread[2];
        for (int r = 0; r < 2; r++) {
            int run = r;
            callers[r] = new Thread(() -> {
                AttentionKernel kernel = new AttentionKernel(900 + 300 * run, 3, ThreadBudget.parallel());
                for (int k = 0; k < 20; k++) {
                    together[run] = evaluate(kernel, 900 + 300 * run, 70 + run);
                }
            });
            callers[r].start();
        }
        for (Thread t : callers) {
            t.join();
        }
        assertArrayEquals(alone[0], together[0], 0, "run 0");
        assertArrayEquals(alone[1], together[1], 0, "run 1");
    }

    private static double[] evaluate(AttentionKernel kernel, int n, long seed) {
        double[] theta = InitialStates.sample(InitialState.UNIFORM, n, 3, seed);
        double[] out = new double[n * 3];
        kernel.vectors(theta, new double[0], 0, AttentionKind.SA, 2, out, new double[0]);
        return out;
    }

    @Test
    void simulationWithAttentionIsBitIdenticalForOneTwoAndThreeThreads() {
        // 2500 tokens: 20 blocks of 128 for the kernel and two chunks of Parallel.CHUNK for the per-token step;
        // private and independent noise use every per-token stream.
        // β = 0 runs the mean-field drift.
        for (double beta : new double[] {4, 0}) {
            Params p = Params.defaults().toBuilder().n(2500).sharing(0.5).sigmaInd(0.2).attention(AttentionKind.USA)
                    .beta(beta).dt(0.005).seed(46).build();
            double[][] runs = new double[3][];
            for (int threads = 1; threads <= 3; threads++) {
                try (Simulation sim = new Simulation(p, threads)) {
                    sim.advance(3);
                    double[] x = sim.positions();
                    runs[threads - 1] = java.util.Arrays.copyOf(x, x.length + 2);
                    runs[threads - 1][x.length] = sim.lyapunov().estimate();
                    runs[threads - 1][x.length + 1] = sim.attentionEnergy();
                }
            }
            assertArrayEquals(runs[0], runs[1], 0, "beta=" + beta + ": positions, Lyapunov, energy: 1 vs 2 threads");
            assertArrayEquals(runs[0], runs[2], 0, "beta=" + beta + ": 1 vs 3 threads");
        }
    }

    @Test
    void attentionEnergyAgreesWithTheDirectSum() {
        // Weights within 2^m·4e-16 (m ≤ 7 here) and sums of 700² positive terms: relative difference below 1e-11.
        for (double beta : new double[] {0, 0.5, 1, 9}) {
            Params p = Params.defaults().toBuilder().n(700).sigmaQ(0).attention(AttentionKind.SA).beta(beta)
                    .seed(45).build();
            try (Simulation sim = new Simulation(p, 2)) {
                sim.step();
                double direct = org.tokensphere.model.observe.Observables.attentionEnergy(sim.positions(), 700, 3,
                        beta);
                assertAtMost("beta=" + beta + ": |E_kernel / E_direct - 1|",
                        Math.abs(sim.attentionEnergy() / direct - 1), 1e-11);
            }
        }
    }

    @Test
    void refusesAttentionOffAndEmptyEnsembles() {
        try (Parallel parallel = new Parallel(1)) {
            AttentionKernel kernel = new AttentionKernel(4, 3, parallel);
            assertThrows(IllegalArgumentException.class, () -> kernel.vectors(new double[12], new double[0], 0,
                    AttentionKind.NONE, 1, new double[12], new double[0]));
            assertThrows(IllegalArgumentException.class, () -> new AttentionKernel(0, 3, parallel));
        }
    }

    private static void check(int n, int d, AttentionKind kind, double beta, int probeCount, long seed, int threads,
                              int columnBuffer) {
        double[] theta = InitialStates.sample(InitialState.UNIFORM, n, d, seed);
        double[] probes = InitialStates.sample(InitialState.UNIFORM, probeCount, d, seed + 1000);
        double[] out = new double[n * d];
        double[] probeOut = new double[probeCount * d];
        try (Parallel parallel = new Parallel(threads)) {
            AttentionKernel kernel = new AttentionKernel(n, d, parallel, columnBuffer);
            if (columnBuffer == 0 && n > AttentionKernel.blockSize(n)) {
                assertFalse(kernel.symmetric(), "no room for the column sums: no symmetry");
            }
            kernel.vectors(theta, probes, probeCount, kind, beta, out, probeOut);
        }
        double eps = beta == 0 ? 0 : AttentionWeights.relativeErrorBound(beta);
        double relative = 2 * eps + 8 * (2 * beta + 1) * (d + 2) * U + 4 * (n + 1) * U;
        double worst = 0;
        double[] ref = new double[d];
        for (int i = 0; i < n + probeCount; i++) {
            double[] y = i < n ? theta : probes;
            int row = i < n ? i : i - n;
            double scale = reference(y, row, theta, n, d, kind, beta, ref);
            double[] got = i < n ? out : probeOut;
            for (int k = 0; k < d; k++) {
                worst = Math.max(worst, Math.abs(got[row * d + k] - ref[k]) / (relative * scale));
            }
        }
        assertAtMost(String.format(java.util.Locale.ROOT, "%s n=%d d=%d beta=%g threads=%d: max |dA| / bound",
                kind, n, d, beta, threads), worst, 1);
    }

    /** The definition, summed in order; returns the scale {@code s} of the bound (1, or the mean weight for USA). */
    private static double reference(double[] y, int row, double[] theta, int n, int d, AttentionKind kind,
                                    double beta, double[] a) {
        java.util.Arrays.fill(a, 0);
        double z = 0;
        for (int j = 0; j < n; j++) {
            double w = Math.exp(beta * Linalg.dot(y, row * d, theta, j * d, d));
            z += w;
            for (int k = 0; k < d; k++) {
                a[k] += w * theta[j * d + k];
            }
        }
        double scale = kind == AttentionKind.SA ? 1 / z : 1.0 / n;
        for (int k = 0; k < d; k++) {
            a[k] *= scale;
        }
        return kind == AttentionKind.SA ? 1 : z / n;
    }
}
