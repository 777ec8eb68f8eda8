package org.tokensphere.engine;

import org.junit.jupiter.api.Test;
import org.tokensphere.model.Measurement;
import org.tokensphere.model.Params;
import org.tokensphere.model.Parallel;
import org.tokensphere.model.Simulation;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tokensphere.engine.SimulationEngineTest.await;

/**
 * Failures pause the engine with a message naming the cause, never end its thread, and play resumes from the last
 * good state — bit for bit as the run would have gone on from there. Faults are injected: a NaN written into the
 * state, a step too large, an observable that throws. Seeded; exact comparisons with runs never interrupted.
 */
class EngineRecoveryTest {
    /** d = 4, so the positions array is the state itself; per-token and coloured noise, so every stream matters. */
    private static final Params NOISY = Params.defaults().toBuilder().n(200).d(4).sigmaB(0.5).sharing(0.5)
            .tau(0.5).sigmaInd(0.2).dt(0.01).seed(21).build();

    /** The state of the engine's simulation, in double precision, read on the engine thread. */
    private static double[] engineState(SimulationEngine e) throws Exception {
        return engineState(e, EngineRecoveryTest::state);
    }

    /** {@code state} of the engine's simulation, read on the engine thread. */
    static double[] engineState(SimulationEngine e, Function<Simulation, double[]> state) throws Exception {
        CompletableFuture<double[]> read = new CompletableFuture<>();
        e.onEngineThread(sim -> read.complete(state.apply(sim)));
        return read.get(10, TimeUnit.SECONDS);
    }

    private static double[] state(Simulation sim) {
        double[] x = sim.positions();
        double[] out = java.util.Arrays.copyOf(x, x.length + 3);
        out[x.length] = sim.time();
        out[x.length + 1] = sim.steps();
        out[x.length + 2] = sim.lyapunov().estimate();
        return out;
    }

    /** {@code p} stepped {@code steps} times, never interrupted. */
    private static double[] uninterrupted(Params p, int steps) {
        return uninterrupted(p, steps, EngineRecoveryTest::state);
    }

    /** {@code state} of {@code p} stepped {@code steps} times, never interrupted. */
    static double[] uninterrupted(Params p, int steps, Function<Simulation, double[]> state) {
        try (Simulation sim = new Simulation(p, 1)) {
            for (int k = 0; k < steps; k++) {
                sim.step();
            }
            return state.apply(sim);
        }
    }

    /** {@code k} single steps asked of {@code e}. */
    static void steps(SimulationEngine e, int k) {
        for (int i = 0; i < k; i++) {
            e.stepOnce();
        }
    }

    @Test
    void aNaNPausesWithItsCauseAndPlayResumesFromTheLastGoodStateBitForBit() throws Exception {
        try (SimulationEngine e = new SimulationEngine(NOISY, 1)) {
            steps(e, 10);
            Frame good = await(e, f -> f.steps() == 10);
            e.onEngineThread(sim -> sim.positions()[4 * 0 + 1] = Double.NaN);
            e.stepOnce();
            Frame error = await(e, f -> f.status() == EngineStatus.ERROR);
            assertTrue(error.message().contains("token 0") && error.message().contains("NaN"), error.message());
            assertTrue(error.message().endsWith("play resumes from t = 0.1"), error.message());
            assertEquals(10, error.steps(), "the last good frame is shown");
            assertArrayEquals(good.positions().toArray(), error.positions().toArray());
            assertTrue(e.threadAlive());

            steps(e, 15);
            Frame resumed = await(e, f -> f.steps() == 25);
            assertEquals(EngineStatus.PAUSED, resumed.status());
            assertTrue(resumed.message().startsWith("Resumed from the last good state"), resumed.message());
            assertArrayEquals(uninterrupted(NOISY, 25), engineState(e), 0,
                    "positions, time, steps and Lyapunov estimate as if nothing had happened");
        }
    }

    @Test
    void aStepTooLargePausesAndResumesWhereItWasWithTheNewStep() throws Exception {
        Params calm = NOISY.toBuilder().tau(0).sigmaInd(0).build();
        Params wild = calm.toBuilder().sigmaQ(20).dt(0.1).build();
        Params lowered = wild.toBuilder().sigmaQ(1).dt(0.005).build();
        try (SimulationEngine e = new SimulationEngine(calm, 1)) {
            steps(e, 20);
            await(e, f -> f.steps() == 20);
            e.setParams(wild);
            await(e, f -> f.params().equals(wild));
            e.play();
            Frame error = await(e, f -> f.status() == EngineStatus.ERROR);
            assertTrue(error.message().contains("too large") && error.message().contains("dt"), error.message());
            assertEquals(20, error.steps());
            assertTrue(e.threadAlive());
            // The same step again fails the same way: the run is deterministic from its last good state.
            e.play();
            Frame again = await(e, f -> f.status() == EngineStatus.ERROR && f.sequence() > error.sequence());
            assertEquals(error.message(), again.message());
            // Gentler parameters: back at step 20 (t = 0.2), and on from there.
            e.setParams(lowered);
            Frame back = await(e, f -> f.params().equals(lowered) && f.status() == EngineStatus.PAUSED);
            assertEquals(20, back.steps());
            assertEquals(0.2, back.time(), 1e-12);
            steps(e, 30);
            await(e, f -> f.steps() == 50);
            double[] reference;
            try (Simulation sim = new Simulation(calm, 1)) {
                for (int k = 0; k < 20; k++) {
                    sim.step();
                }
                sim.setParams(wild);
                sim.setParams(lowered);
                for (int k = 0; k < 30; k++) {
                    sim.step();
                }
                reference = state(sim);
            }
            assertArrayEquals(reference, engineState(e), 0);
        }
    }

    @Test
    void anObservableThatThrowsPausesWithoutEndingTheThread() throws Exception {
        // Fails once at step 7 (an exception), once at step 12 (an Error); measures normally otherwise.
        AtomicInteger failures = new AtomicInteger();
        Measurer faulty = (sim, pairs) -> {
            if (sim.steps() == 7 && failures.compareAndSet(0, 1)) {
                throw new IllegalStateException("eigen decomposition failed");
            }
            if (sim.steps() == 12 && failures.compareAndSet(1, 2)) {
                throw new StackOverflowError("deep");
            }
            return Measurement.DEFAULT.measure(sim, pairs);
        };
        try (SimulationEngine e = new SimulationEngine(NOISY, new Parallel(1), true, 40, faulty)) {
            steps(e, 10);
            Frame error = await(e, f -> f.status() == EngineStatus.ERROR);
            assertTrue(error.message().contains("measuring the state at t = 0.07")
                    && error.message().contains("eigen decomposition failed"), error.message());
            assertEquals(6, error.steps(), "the state that could not be measured is not kept");
            assertTrue(e.threadAlive());

            steps(e, 10);
            Frame second = await(e, f -> f.status() == EngineStatus.ERROR && f.sequence() > error.sequence());
            assertTrue(second.message().contains("StackOverflowError"), second.message());
            assertEquals(11, second.steps());
            assertTrue(e.threadAlive(), "not even an Error ends the thread");

            steps(e, 9);
            await(e, f -> f.steps() == 20);
            assertArrayEquals(uninterrupted(NOISY, 20), engineState(e), 0);
            assertEquals(2, failures.get());
        }
    }

    @Test
    void closeNeverClosesARunTheEngineIsStillStepping() throws Exception {
        // 5000 tokens make three chunks: the step uses the engine's two worker threads. The engine thread is held
        // in a step past close()'s wait; the step must still find its workers running.
        Params big = NOISY.toBuilder().n(5000).build();
        SimulationEngine e = new SimulationEngine(big, 2);
        CountDownLatch inStep = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        e.onEngineThread(sim -> {
            inStep.countDown();
            try {
                Thread.sleep(300);
            } catch (InterruptedException ignored) {
                // close() interrupts; the step goes on.
            }
            try {
                sim.step();
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        assertTrue(inStep.await(10, TimeUnit.SECONDS));
        e.closeWait(20);
        e.close();
        assertTrue(e.awaitStopped(10_000), "the engine thread ends after its step");
        assertNull(failure.get(), "the step ran on open workers: " + failure.get());
        e.stepOnce();   // ignored after close, no exception
    }
}
