package org.tokensphere.engine;

import org.junit.jupiter.api.Test;
import org.tokensphere.model.AttentionKind;
import org.tokensphere.model.Norm;
import org.tokensphere.model.Params;
import org.tokensphere.model.Simulation;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tokensphere.engine.EngineRecoveryTest.engineState;
import static org.tokensphere.engine.EngineRecoveryTest.steps;
import static org.tokensphere.engine.EngineRecoveryTest.uninterrupted;
import static org.tokensphere.engine.SimulationEngineTest.await;

/**
 * The radii of Pre-LN and Peri-LN (docs/MATH.md §8) in the engine. A radius that fails — injected as NaN, or as a
 * negative value, into the running state — pauses the engine with the model's one-line message naming the token,
 * keeps the last good frame (directions and radii) and lets play resume from the last good state, bit for bit as if
 * nothing had happened. A run switched back to Post-LN has every radius exactly 1 again, and a mean radius of 1.
 * Nothing here is statistical: the runs are seeded (seed 17) and compared exactly with uninterrupted runs.
 */
class EngineRadiusTest {
    /** Shared noise and softmax attention, so the per-token step follows the attention step (d = 4: state = positions). */
    private static Params run(Norm norm) {
        return Params.defaults().toBuilder().n(60).d(4).sigmaQ(0.5).attention(AttentionKind.SA).norm(norm).beta(2)
                .dt(0.01).seed(17).build();
    }

    /** Directions, radii, time and steps of {@code sim}, in double precision. */
    private static double[] state(Simulation sim) {
        double[] x = sim.positions();
        double[] r = sim.radii();
        double[] out = Arrays.copyOf(x, x.length + r.length + 2);
        System.arraycopy(r, 0, out, x.length, r.length);
        out[x.length + r.length] = sim.time();
        out[x.length + r.length + 1] = sim.steps();
        return out;
    }

    @Test
    void aFailedRadiusPausesWithItsMessageKeepsTheLastGoodFrameAndPlayResumesFromIt() throws Exception {
        for (Norm norm : new Norm[] {Norm.PRE, Norm.PERI}) {
            for (double bad : new double[] {Double.NaN, -0.5}) {
                String what = norm + ", r_7 = " + bad + ": ";
                Params p = run(norm);
                try (SimulationEngine e = new SimulationEngine(p, 1)) {
                    steps(e, 10);
                    Frame good = await(e, f -> f.steps() == 10);
                    assertTrue(good.values().meanRadius() != 1, what + "the radii move before the fault");
                    e.onEngineThread(sim -> sim.radii()[7] = bad);
                    e.stepOnce();
                    Frame error = await(e, f -> f.status() == EngineStatus.ERROR);
                    String m = error.message();
                    // A NaN radius spreads to every token through the attention sum of the same (Heun) step, so
                    // the first failing token is 0; a negative radius stays token 7's own.
                    String token = bad < 0 ? "token 7 became -" : "token 0 became NaN";
                    assertTrue(m.startsWith("Paused: the radius of " + token), what + m);
                    assertTrue(m.contains("at t = 0.11") && !m.contains("\n"), what + m);
                    assertTrue(m.endsWith("play resumes from t = 0.1"), what + m);
                    assertEquals(10, error.steps(), what + "the last good frame is shown");
                    assertArrayEquals(good.positions().toArray(), error.positions().toArray(), what + "directions");
                    assertArrayEquals(good.radii().toArray(), error.radii().toArray(), what + "radii");
                    assertEquals(good.values().meanRadius(), error.values().meanRadius(), what + "mean radius");
                    assertTrue(e.threadAlive(), what + "the engine thread lives on");

                    steps(e, 15);
                    Frame resumed = await(e, f -> f.steps() == 25);
                    assertEquals(EngineStatus.PAUSED, resumed.status(), what);
                    assertTrue(resumed.message().startsWith("Resumed from the last good state"), resumed.message());
                    assertArrayEquals(uninterrupted(p, 25, EngineRadiusTest::state), engineState(e, EngineRadiusTest::state), 0,
                            what + "directions, radii, time and steps as if nothing had happened");
                }
            }
        }
    }

    @Test
    void switchingBackToPostLnPutsEveryRadiusBackToOne() throws Exception {
        for (Norm norm : new Norm[] {Norm.PRE, Norm.PERI}) {
            Params moved = run(norm);
            Params post = moved.toBuilder().norm(Norm.POST).build();
            try (SimulationEngine e = new SimulationEngine(moved, 1)) {
                steps(e, 30);
                Frame before = await(e, f -> f.steps() == 30);
                assertTrue(before.values().meanRadius() > 1.01, norm + ": the radii grew, mean "
                        + before.values().meanRadius());
                e.setParams(post);
                Frame switched = await(e, f -> f.params().equals(post));
                assertEquals(30, switched.steps(), norm + ": a change of scheme is no reset");
                assertEquals(1.0, switched.values().meanRadius(), 0, norm + ": mean radius");
                assertEquals(0, switched.radii().length(), norm + ": Post-LN frames carry no radii");
                double[] radii = Arrays.copyOfRange(engineState(e, EngineRadiusTest::state), 60 * 4, 60 * 4 + 60);
                double[] ones = new double[60];
                Arrays.fill(ones, 1);
                assertArrayEquals(ones, radii, 0, norm + ": every radius is 1");
                steps(e, 10);
                Frame later = await(e, f -> f.steps() == 40);
                assertEquals(1.0, later.values().meanRadius(), 0, norm + ": and stays 1 under Post-LN");
            }
        }
    }
}
