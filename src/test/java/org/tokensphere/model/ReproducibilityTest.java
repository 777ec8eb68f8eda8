package org.tokensphere.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * MATH.md §6, reproducibility: one seeded stream for the shared driving and one per token, so the same seed gives
 * bit-identical trajectories whatever the number of threads (1, 2 and 3, on every path of the integrator); another
 * seed gives other trajectories. 5000 tokens make three chunks of {@link Parallel#CHUNK} = 2048 at d = 3, and 1000
 * tokens 11 chunks of the tiles at d = 64, so two and three threads really split the work.
 */
class ReproducibilityTest {
    private static final int N = 5000;

    private static Params general(long seed) {
        // Private quadratic noise (c < 1), independent noise, random and fixed bias, fixed matrix: all the
        // per-token streams and the shared stream are used.
        return Params.defaults().toBuilder().n(N).mode(Mode.MIXED).sharing(0.4).sigmaInd(0.3).sigmaB(0.5)
                .biasStrength(0.3).dt(0.005).seed(seed).build();
    }

    private static double[] run(Params p, int threads, int steps) {
        return run(p, threads, steps, false);
    }

    private static double[] run(Params p, int threads, int steps, boolean fused) {
        try (Simulation sim = new Simulation(p, threads)) {
            if (fused) {
                sim.advance(steps);
            }
            for (int k = 0; k < (fused ? 0 : steps); k++) {
                sim.step();
            }
            double[] x = sim.positions().clone();
            double[] out = new double[x.length + 1];
            System.arraycopy(x, 0, out, 0, x.length);
            out[x.length] = sim.lyapunov().estimate();
            return out;
        }
    }

    @Test
    void splittingIsBitIdenticalForOneTwoAndThreeThreads() {
        double[] one = run(general(5), 1, 200);
        double[] two = run(general(5), 2, 200);
        assertArrayEquals(one, two, 0, "positions and Lyapunov estimate, threads 1 vs 2");
        assertArrayEquals(one, run(general(5), 3, 200), 0, "threads 1 vs 3");
        assertArrayEquals(one, run(general(5), 2, 200), 0, "same seed again");
        double[] other = run(general(6), 2, 200);
        int differing = 0;
        for (int i = 0; i < N; i++) {
            differing += other[3 * i] != one[3 * i] ? 1 : 0;
        }
        assertEquals(N, differing, "tokens that moved differently under another seed");
    }

    @Test
    void heunWithAttentionIsBitIdenticalForOneTwoAndThreeThreads() {
        // Attention is O(N²) per step: a few steps suffice to use every code path.
        Params p = general(7).toBuilder().scheme(Scheme.HEUN).attention(AttentionKind.SA).beta(2).build();
        double[] one = run(p, 1, 3);
        double[] two = run(p, 2, 3);
        assertArrayEquals(one, two, 0, "Heun + attention, threads 1 vs 2");
        assertArrayEquals(one, run(p, 3, 3), 0, "Heun + attention, threads 1 vs 3");
        assertTrue(one[0] != run(p.toBuilder().seed(8).build(), 2, 3)[0], "another seed, another trajectory");
    }

    @Test
    void linearFlowIsBitIdenticalForOneTwoAndThreeThreads() {
        Params p = Params.defaults().toBuilder().n(N).dt(0.01).seed(9).build();
        double[] one = run(p, 1, 300);
        double[] two = run(p, 2, 300);
        assertArrayEquals(one, two, 0, "RQF linear flow, threads 1 vs 2");
        assertArrayEquals(one, run(p, 3, 300), 0, "RQF linear flow, threads 1 vs 3");
        assertTrue(one[0] != run(p.toBuilder().seed(10).build(), 2, 300)[0], "another seed, another trajectory");
    }

    @Test
    void sharedDrivingKernelsAreBitIdenticalForOneTwoAndThreeThreads() {
        for (Scheme scheme : new Scheme[] {Scheme.SPLITTING, Scheme.HEUN}) {
            // d = 3: the blocks, fused by advance; d = 64: the tiles.
            Params blocks = Params.defaults().toBuilder().n(N).sigmaB(0.5).dt(0.01).scheme(scheme).seed(11).build();
            Params tiles = blocks.toBuilder().d(64).n(1000).dt(0.002).build();
            for (Params p : new Params[] {blocks, tiles}) {
                boolean fused = p.d() == 3;
                double[] one = run(p, 1, 40, fused);
                String what = scheme + " d = " + p.d();
                assertArrayEquals(one, run(p, 2, 40, fused), 0, what + ", threads 1 vs 2");
                assertArrayEquals(one, run(p, 3, 40, fused), 0, what + ", threads 1 vs 3");
                assertTrue(one[0] != run(p.toBuilder().seed(12).build(), 1, 40, fused)[0], what + ": another seed");
            }
        }
    }
}
