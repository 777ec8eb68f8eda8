package org.tokensphere.engine;

import org.junit.jupiter.api.Test;
import org.tokensphere.model.Mode;
import org.tokensphere.model.Params;

import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The background engine: commands, hand-over of parameters, immutable frames, errors. Seeded. */
class SimulationEngineTest {
    private static final Params RQF = Params.defaults().toBuilder().n(200).seed(7).build();

    /** Waits (up to 10 s) for a frame satisfying {@code condition}. */
    static Frame await(SimulationEngine e, Predicate<Frame> condition) {
        long end = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < end) {
            Frame f = e.latest();
            if (condition.test(f)) {
                return f;
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(2);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
        fail("no frame met the condition within 10 s; last: status " + e.latest().status() + ", t = "
                + e.latest().time() + ", message '" + e.latest().message() + "'");
        return null;
    }

    @Test
    void startsPausedThenStepsPlaysAndPauses() {
        try (SimulationEngine e = new SimulationEngine(RQF, 1)) {
            Frame first = e.latest();
            assertEquals(EngineStatus.PAUSED, first.status());
            assertEquals(0, first.steps());
            e.stepOnce();
            Frame one = await(e, f -> f.steps() == 1);
            assertEquals(one.dt(), one.time(), 1e-15);
            e.setSpeed(Double.POSITIVE_INFINITY);
            e.play();
            await(e, f -> f.status() == EngineStatus.RUNNING && f.steps() > 50);
            e.pause();
            Frame paused = await(e, f -> f.status() == EngineStatus.PAUSED);
            assertEquals(paused.steps(), await(e, f -> true).steps(), "a paused engine does not step");
        }
    }

    @Test
    void resetReplaysTheSameRunAndCanBeUndone() {
        try (SimulationEngine e = new SimulationEngine(RQF, 2)) {
            for (int k = 0; k < 5; k++) {
                e.stepOnce();
            }
            Frame five = await(e, f -> f.steps() == 5);
            e.reset();
            Frame zero = await(e, f -> f.steps() == 0 && f.canUndoReset());
            assertEquals(0, zero.time());
            for (int k = 0; k < 5; k++) {
                e.stepOnce();
            }
            Frame again = await(e, f -> f.steps() == 5 && f.sequence() > zero.sequence());
            assertArrayEquals(five.positions().toArray(), again.positions().toArray(), "same seed, same start, same noise");
            e.undoReset();
            Frame undone = await(e, f -> !f.canUndoReset());
            assertEquals(5, undone.steps());
        }
    }

    @Test
    void replayingTheSameNoiseFromNewStartsSynchronizesToTheSamePoles() {
        // The RQF with shared noise: two runs with the same noise and different starting points end on the same
        // axis ±u_1 of the flow (MATH.md §4), so at the same time their pole axes agree up to sign.
        Params p = RQF.toBuilder().n(100).dt(0.01).build();
        int steps = 600;
        try (SimulationEngine e = new SimulationEngine(p, 1)) {
            for (int k = 0; k < steps; k++) {
                e.stepOnce();
            }
            Frame a = await(e, f -> f.steps() == steps);
            e.replaySameNoise();
            Frame start = await(e, f -> f.steps() == 0 && f.params().init().variant() == 1);
            assertFalse(a.initial().sameValues(start.initial()), "new starting points");
            for (int k = 0; k < steps; k++) {
                e.stepOnce();
            }
            Frame b = await(e, f -> f.params().init().variant() == 1 && f.steps() == steps);
            double[] ua = a.values().poleAxis();
            double[] ub = b.values().poleAxis();
            double dot = 0;
            for (int k = 0; k < 3; k++) {
                dot += ua[k] * ub[k];
            }
            assertTrue(a.values().nematicOrder() > 0.99 && b.values().nematicOrder() > 0.99, "both synchronized");
            assertEquals(1, Math.abs(dot), 1e-6, "same poles; |<u_a, u_b>| = " + Math.abs(dot));
        }
    }

    @Test
    void parameterChangesCarryThePositionsOver() {
        try (SimulationEngine e = new SimulationEngine(RQF, 1)) {
            e.stepOnce();
            e.stepOnce();
            Frame two = await(e, f -> f.steps() == 2);
            e.setParams(two.params().toBuilder().sigmaB(0.7).mode(Mode.MIXED).build());
            Frame changed = await(e, f -> f.params().sigmaB() == 0.7);
            assertEquals(2, changed.steps(), "no reset");
            assertArrayEquals(two.positions().toArray(), changed.positions().toArray(), 1e-6f, "no jump at the hand-over");
            assertEquals("splitting", changed.integrator());
            e.setParams(changed.params().toBuilder().n(50).build());
            Frame reset = await(e, f -> f.n() == 50);
            assertEquals(0, reset.steps(), "a new N is a reset");
        }
    }

    @Test
    void refusedParametersLeaveTheRunAsItWas() {
        try (SimulationEngine e = new SimulationEngine(RQF, 1)) {
            Params equiangularTooMany = RQF.toBuilder()
                    .init(org.tokensphere.model.InitialState.of(org.tokensphere.model.InitKind.EQUIANGULAR)).build();
            e.setParams(equiangularTooMany);
            Frame f = await(e, fr -> fr.message().startsWith("Refused"));
            assertTrue(f.message().contains("equiangular"), f.message());
            assertEquals(RQF, f.params());
        }
    }

    @Test
    void aStepTooLargePausesWithAMessageNamingTheCause() {
        Params wild = RQF.toBuilder().sigmaQ(20).dt(0.1).sharing(0.5).build();
        try (SimulationEngine e = new SimulationEngine(wild, 1)) {
            e.play();
            Frame f = await(e, fr -> fr.status() == EngineStatus.ERROR);
            assertTrue(f.message().contains("too large") && f.message().contains("dt"), f.message());
            // The engine stays alive and takes commands.
            e.setParams(wild.toBuilder().sigmaQ(1).dt(0).build());
            e.play();
            await(e, fr -> fr.status() == EngineStatus.RUNNING);
        }
    }

    @Test
    void publishedFramesNeverChangeAndSlowReadersDoNotBlock() throws InterruptedException {
        try (SimulationEngine e = new SimulationEngine(RQF, 1)) {
            e.setSpeed(Double.POSITIVE_INFINITY);
            e.play();
            Frame held = await(e, f -> f.steps() > 10);
            float[] copy = held.positions().toArray();
            Thread.sleep(200);
            Frame later = await(e, f -> f.sequence() > held.sequence() + 5);
            assertArrayEquals(copy, held.positions().toArray(), "a published frame is never written again");
            assertNotEquals(held.steps(), later.steps());
            assertTrue(later.history().length() >= held.history().length());
        }
    }

    @Test
    void choosingANewPairKeepsTheTracesOfTheOthers() {
        try (SimulationEngine e = new SimulationEngine(RQF, 1)) {
            for (int k = 0; k < 30; k++) {
                e.stepOnce();
            }
            Frame before = await(e, f -> f.steps() == 30);
            assertTrue(before.history().length() > 3);
            e.setPairs(new int[][] {{9, 12}, {0, 1}});
            Frame after = await(e, f -> f.pairs().length == 2 && f.pairs()[0][0] == 9);
            int rows = before.history().length();
            double[] kept = after.history().pairTrace(1);
            double[] old = before.history().pairTrace(0);
            for (int r = 0; r < rows; r++) {
                assertEquals(old[r], kept[r], "pair (0,1) keeps its trace, row " + r);
            }
            assertTrue(Double.isNaN(after.history().pairTrace(0)[0]), "the new pair (9,12) starts now");
        }
    }
}
