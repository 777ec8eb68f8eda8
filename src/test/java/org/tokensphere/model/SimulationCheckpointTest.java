package org.tokensphere.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A restored checkpoint continues bit for bit as the run did from there: positions, time, steps and the Lyapunov
 * estimate equal those of a run that was never interrupted, for every integrator and every kind of noise state
 * (the shared stream, coloured processes, each token's streams, the test pairs'). Seeded; exact comparisons.
 */
class SimulationCheckpointTest {
    private static final int BEFORE = 37;
    private static final int AFTER = 45;

    static Stream<Params> runs() {
        Params base = Params.defaults().toBuilder().n(300).dt(0.01).seed(11).build();
        return Stream.of(
                base,                                                          // exact linear flow
                base.toBuilder().mode(Mode.DETERMINISTIC).build(),             // closed-form linear flow
                base.toBuilder().sigmaB(0.6).build(),                          // d = 3 blocks, fused steps
                base.toBuilder().sigmaB(0.6).tau(0.5).build(),                 // shared coloured noise
                base.toBuilder().d(4).sharing(0.5).tau(0.5).sigmaInd(0.3).scheme(Scheme.HEUN).build(),
                base.toBuilder().n(3000).sharing(0.4).sigmaInd(0.2).mode(Mode.MIXED).build(), // two chunks
                base.toBuilder().n(40).attention(AttentionKind.SA).beta(2).sigmaInd(0.2).build());
    }

    /** Positions, time, steps and the Lyapunov estimate and band, for exact comparison. */
    private static double[] state(Simulation sim) {
        double[] x = sim.positions();
        double[] out = java.util.Arrays.copyOf(x, x.length + 4);
        out[x.length] = sim.time();
        out[x.length + 1] = sim.steps();
        out[x.length + 2] = sim.lyapunov().estimate();
        out[x.length + 3] = sim.lyapunov().bandHalfWidth();
        return out;
    }

    private static double[] uninterrupted(Params p, int steps) {
        try (Simulation sim = new Simulation(p, 1)) {
            sim.advance(steps);
            return state(sim);
        }
    }

    @ParameterizedTest
    @MethodSource("runs")
    void aRestoredRunContinuesBitForBitAsTheRunDid(Params p) {
        double[] reference = uninterrupted(p, BEFORE + AFTER);
        try (Simulation sim = new Simulation(p, 2)) {
            sim.advance(BEFORE);
            SimulationCheckpoint c = new SimulationCheckpoint();
            c.save(sim);
            assertEquals(BEFORE, c.steps());
            // Go on, ruin the state, come back: twice, so a restore leaves the checkpoint as it was.
            for (int round = 0; round < 2; round++) {
                sim.advance(AFTER / 2 + 3);
                java.util.Arrays.fill(sim.positions(), Double.NaN);
                c.restore(sim);
                assertEquals(BEFORE, sim.steps());
                sim.advance(AFTER);
                assertArrayEquals(reference, state(sim), 0, "round " + round + ": " + p);
                c.restore(sim);
            }
        }
    }

    @Test
    void theParametersAndTheStreamsNotYetUsedComeBackToo() {
        // Saved before any token had private noise; after the restore the first private draws are the streams'
        // first, as in a run that switches the noise on at the same step without the detour.
        Params p = Params.defaults().toBuilder().n(200).d(4).sigmaB(0.5).dt(0.01).seed(3).build();
        Params privateNoise = p.toBuilder().sharing(0.5).sigmaInd(0.2).build();
        double[] reference;
        try (Simulation sim = new Simulation(p, 1)) {
            sim.advance(20);
            sim.setParams(privateNoise);
            sim.advance(30);
            reference = state(sim);
        }
        try (Simulation sim = new Simulation(p, 1)) {
            sim.advance(20);
            SimulationCheckpoint c = new SimulationCheckpoint();
            c.save(sim);
            sim.setParams(privateNoise.toBuilder().dt(0.02).build());
            sim.advance(10);
            c.restore(sim);
            assertEquals(p, sim.params(), "the saved parameters are back");
            assertEquals(0.01, sim.dt());
            sim.setParams(privateNoise);
            sim.advance(30);
            assertArrayEquals(reference, state(sim), 0);
        }
    }

    @Test
    void aStateThatIsNotFiniteIsRefusedAndTheLastGoodOneKept() {
        Params p = Params.defaults().toBuilder().n(100).d(4).sigmaB(0.5).dt(0.01).seed(5).build();
        double[] reference = uninterrupted(p, 30);
        try (Simulation sim = new Simulation(p, 1)) {
            SimulationCheckpoint c = new SimulationCheckpoint();
            assertFalse(c.saved());
            sim.advance(10);
            c.save(sim);
            sim.advance(5);
            sim.positions()[4 * 57 + 2] = Double.NaN;
            ArithmeticException e = assertThrows(ArithmeticException.class, () -> c.save(sim));
            assertTrue(e.getMessage().contains("token 57"), e.getMessage());
            assertEquals(10, c.steps(), "the checkpoint still holds step 10");
            c.restore(sim);
            sim.advance(20);
            assertArrayEquals(reference, state(sim), 0);
        }
    }

    @Test
    void aCheckpointBelongsToItsRun() {
        Params p = Params.defaults().toBuilder().n(50).seed(1).build();
        SimulationCheckpoint c = new SimulationCheckpoint();
        try (Simulation a = new Simulation(p, 1); Simulation b = new Simulation(p.toBuilder().n(60).build(), 1)) {
            assertThrows(IllegalStateException.class, () -> c.restore(a), "nothing saved");
            c.save(a);
            assertThrows(IllegalArgumentException.class, () -> c.restore(b));
        }
    }
}
