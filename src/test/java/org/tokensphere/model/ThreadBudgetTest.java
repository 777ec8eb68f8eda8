package org.tokensphere.model;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * The shared workers: two runs stepping at once on them give the results each gives alone, and closing a run
 * leaves them to the others.
 */
class ThreadBudgetTest {
    private static final Params P = Params.defaults().toBuilder().n(5000).sigmaB(0.5).sharing(0.5).dt(0.01)
            .seed(4).build();

    private static double[] run(Params p, Parallel workers, int steps) {
        try (Simulation sim = new Simulation(p, workers)) {
            sim.advance(steps);
            return sim.positions().clone();
        }
    }

    @Test
    void runsSharingTheWorkersGiveTheirOwnResultsAndDoNotStopThemWhenClosed() throws Exception {
        assertEquals(Math.max(1, Runtime.getRuntime().availableProcessors() - 1), ThreadBudget.threads());
        assertSame(ThreadBudget.parallel(), ThreadBudget.parallel(), "one budget");
        Params other = P.toBuilder().seed(5).build();
        double[] alone;
        double[] otherAlone;
        try (Parallel own = new Parallel(1)) {
            alone = run(P, own, 30);
            otherAlone = run(other, own, 30);
        }
        CompletableFuture<double[]> a = CompletableFuture.supplyAsync(() -> run(P, ThreadBudget.parallel(), 30));
        CompletableFuture<double[]> b = CompletableFuture.supplyAsync(() -> run(other, ThreadBudget.parallel(), 30));
        assertArrayEquals(alone, a.get(), 0);
        assertArrayEquals(otherAlone, b.get(), 0);
        // Both runs are closed; the workers still serve the next one.
        assertArrayEquals(alone, run(P, ThreadBudget.parallel(), 30), 0);
    }
}
