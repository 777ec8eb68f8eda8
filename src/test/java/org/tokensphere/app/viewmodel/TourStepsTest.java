package org.tokensphere.app.viewmodel;

import org.junit.jupiter.api.Test;
import org.tokensphere.engine.Frame;
import org.tokensphere.engine.SimulationEngine;
import org.tokensphere.model.Params;
import org.tokensphere.preset.PresetLibrary;
import org.tokensphere.preset.Tour;
import org.tokensphere.preset.TourIO;
import org.tokensphere.preset.TourLibrary;
import org.tokensphere.preset.TourStep;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every step of every shipped tour applies: its run starts on the engine with the parameters the step says. */
class TourStepsTest {
    private static final SessionState USER = SessionState.of(PresetLibrary.shipped("rqf"));

    /** The first frame of {@code e} that meets {@code condition}, within 20 s. */
    static Frame await(SimulationEngine e, java.util.function.Predicate<Frame> condition) {
        long end = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < end) {
            Frame f = e.latest();
            if (condition.test(f)) {
                return f;
            }
            java.util.concurrent.locks.LockSupport.parkNanos(2_000_000);
        }
        throw new AssertionError("no such frame; the last: t = " + e.latest().time() + ", " + e.latest().message());
    }

    @Test
    void everyStepOfEveryShippedTourRunsOnTheEngine() {
        for (TourLibrary.ShippedTour shipped : TourLibrary.shipped()) {
            List<SessionState> states = TourSteps.resolve(shipped.tour(), USER);
            assertEquals(shipped.tour().steps().size(), states.size());
            try (SimulationEngine e = new SimulationEngine(USER.params(), 1)) {
                for (int k = 0; k < states.size(); k++) {
                    SessionState s = states.get(k);
                    e.loadAside(s.params(), s.pairs());
                    e.stepOnce();
                    e.stepOnce();
                    Frame f = await(e, g -> g.params().equals(s.params()) && g.steps() == 2);
                    assertTrue(f.message().isEmpty(), shipped.name() + " step " + k + ": " + f.message());
                }
            }
        }
    }

    @Test
    void aStepWithoutPresetChangesTheRunBeforeIt() {
        Tour tour = TourLibrary.shipped("common-noise");
        List<SessionState> states = TourSteps.resolve(tour, USER);
        TourStep bias = tour.steps().get(3);
        assertEquals(null, bias.preset());
        Params before = states.get(2).params();
        assertEquals(before.toBuilder().sigmaB(1).build(), states.get(3).params(), "only σ_b changes");
        assertEquals(DisplaySettings.ColourBy.CLUSTER, states.get(3).colourBy(), "and the colouring");
        assertTrue(states.get(0).trails(), "step 1 switches the trails on");
        assertEquals(2, states.get(0).params().n());
    }

    @Test
    void aStepThatCannotApplyToTheRunOnScreenIsRefusedNamingIt() {
        // Valid on the defaults (quadratic noise alone), refused on a run with independent noise (at most 10^5).
        Tour t = TourIO.parse("{\"schema\": 1, \"title\": \"T\", \"steps\": [{\"title\": \"a\", \"narration\": "
                + "\"n\", \"source\": \"Rigollet (2025), §6\", \"parameters\": {\"n\": 200000}}]}");
        SessionState circle = SessionState.of(PresetLibrary.shipped("noisy-transformer"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TourSteps.resolve(t, circle));
        assertTrue(e.getMessage().startsWith("steps[0] (a): "), e.getMessage());
    }

    @Test
    void theClockCountsSimulatedTimeFromTheStepsFirstFrameAndRestartsWithTheRun() {
        Params p = Params.defaults().toBuilder().n(20).build();
        TourClock clock = new TourClock();
        try (SimulationEngine e = new SimulationEngine(Params.defaults(), 1)) {
            clock.start(p, e.latest().sequence());
            assertEquals(0, clock.update(e.latest()), "a frame of the run before the step");
            e.loadAside(p, new int[][] {{0, 1}});
            assertEquals(0, clock.update(await(e, g -> g.params().equals(p) && g.steps() == 0)));
            for (int k = 0; k < 10; k++) {
                e.stepOnce();
            }
            Frame f = await(e, g -> g.params().equals(p) && g.steps() == 10);
            assertEquals(f.time(), clock.update(f), 1e-12);
            e.reset();
            Frame again = await(e, g -> g.params().equals(p) && g.steps() == 0);
            assertEquals(0, clock.update(again), "a reset starts the count again");
        }
    }
}
