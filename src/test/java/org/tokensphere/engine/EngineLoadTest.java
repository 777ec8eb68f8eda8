package org.tokensphere.engine;

import org.junit.jupiter.api.Test;
import org.tokensphere.model.Params;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Loading a run (a preset): always a restart, with its pairs from the first frame, undoable. */
class EngineLoadTest {
    private static final Params A = Params.defaults().toBuilder().n(60).seed(3).build();

    @Test
    void loadRestartsEvenWithTheSameParametersAndTracesTheGivenPairs() {
        try (SimulationEngine e = new SimulationEngine(A, 1)) {
            e.stepOnce();
            e.stepOnce();
            SimulationEngineTest.await(e, f -> f.steps() == 2);
            e.load(A, new int[][] {{5, 9}, {1, 0}});
            Frame f = SimulationEngineTest.await(e, g -> g.steps() == 0 && g.canUndoReset());
            assertArrayEquals(new int[][] {{5, 9}, {1, 0}}, f.pairs());
            assertEquals(A, f.params());
        }
    }

    @Test
    void loadIsUndoneLikeAReset() {
        Params b = A.toBuilder().n(30).sigmaB(0.5).seed(4).build();
        try (SimulationEngine e = new SimulationEngine(A, 1)) {
            e.stepOnce();
            SimulationEngineTest.await(e, f -> f.steps() == 1);
            e.load(b, new int[][] {{0, 29}});
            SimulationEngineTest.await(e, f -> f.params().equals(b));
            e.undoReset();
            Frame back = SimulationEngineTest.await(e, f -> f.params().equals(A));
            assertEquals(1, back.steps(), "the run before loading, where it was");
        }
    }

    @Test
    void pairsNamingMissingTokensFallBackToTheDefaults() {
        Params small = A.toBuilder().n(4).build();
        try (SimulationEngine e = new SimulationEngine(A, 1)) {
            e.load(small, new int[][] {{0, 50}});
            Frame f = SimulationEngineTest.await(e, g -> g.n() == 4);
            assertArrayEquals(new int[][] {{0, 1}, {2, 3}}, f.pairs());
            assertTrue(f.message().isEmpty());
        }
    }
}
