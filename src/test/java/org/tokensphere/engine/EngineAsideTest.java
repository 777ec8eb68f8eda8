package org.tokensphere.engine;

import org.junit.jupiter.api.Test;
import org.tokensphere.model.Params;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

/** A run set aside (a guided tour) comes back exactly where it was, whatever ran and was reset meanwhile. */
class EngineAsideTest {
    private static final Params USER = Params.defaults().toBuilder().n(60).seed(3).build();

    @Test
    void theRunSetAsideComesBackWhereItWasWithItsPairs() {
        Params step1 = USER.toBuilder().n(20).seed(8).build();
        Params step2 = USER.toBuilder().n(30).sigmaB(0.5).seed(9).build();
        try (SimulationEngine e = new SimulationEngine(USER, 1)) {
            e.setPairs(new int[][] {{7, 8}});
            e.stepOnce();
            e.stepOnce();
            e.stepOnce();
            Frame before = SimulationEngineTest.await(e, f -> f.steps() == 3 && f.pairs()[0][0] == 7);
            e.loadAside(step1, new int[][] {{0, 1}});
            SimulationEngineTest.await(e, f -> f.params().equals(step1) && f.steps() == 0);
            e.stepOnce();
            e.reset(); // a reset during the tour: undo now holds a tour run
            e.loadAside(step2, new int[][] {{2, 3}});
            Frame during = SimulationEngineTest.await(e, f -> f.params().equals(step2));
            assertArrayEquals(new int[][] {{2, 3}}, during.pairs());
            e.bringBack();
            Frame back = SimulationEngineTest.await(e, f -> f.params().equals(USER));
            assertEquals(3, back.steps(), "the user's run, where it was");
            assertEquals(before.time(), back.time());
            assertSame(before.initial(), back.initial(), "the same run, not a new one");
            assertArrayEquals(new int[][] {{7, 8}}, back.pairs());
            assertFalse(back.canUndoReset(), "undo holds no tour run");
            assertArrayEquals(before.positions().toArray(), back.positions().toArray());
        }
    }

    @Test
    void bringingBackWithNothingAsideChangesNothing() {
        try (SimulationEngine e = new SimulationEngine(USER, 1)) {
            e.bringBack();
            e.stepOnce();
            Frame f = SimulationEngineTest.await(e, g -> g.steps() == 1);
            assertEquals(USER, f.params());
            assertEquals("", f.message());
        }
    }
}
