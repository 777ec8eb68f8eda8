package org.tokensphere.app.viewmodel;

import org.tokensphere.model.ParamParser;
import org.tokensphere.model.Params;
import org.tokensphere.preset.PresetLibrary;
import org.tokensphere.preset.Tour;
import org.tokensphere.preset.TourStep;

import java.util.ArrayList;
import java.util.List;

/**
 * What each step of a tour shows, in the app's terms: step {@code k} is its preset's state (or the state of step
 * {@code k−1}, the first step starting from the user's run), with its parameter changes and display changes
 * applied. Resolved once when the tour starts, so Next and Back always show the same runs. Plain Java.
 */
public final class TourSteps {
    private TourSteps() {
    }

    /**
     * The state of every step of {@code tour}, starting from {@code start} (the run on screen); throws
     * {@link IllegalArgumentException} naming the step and the field when one cannot be applied there.
     */
    public static List<SessionState> resolve(Tour tour, SessionState start) {
        List<SessionState> out = new ArrayList<>();
        SessionState before = start;
        for (int k = 0; k < tour.steps().size(); k++) {
            try {
                before = apply(tour.steps().get(k), before);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("steps[" + k + "] (" + tour.steps().get(k).title() + "): "
                        + e.getMessage(), e);
            }
            out.add(before);
        }
        return List.copyOf(out);
    }

    /** The state {@code step} shows when the state before it is {@code before}. */
    public static SessionState apply(TourStep step, SessionState before) {
        SessionState s = step.preset() != null ? SessionState.of(PresetLibrary.shipped(step.preset())) : before;
        Params params = ParamParser.parse(s.params(), step.arguments());
        DisplaySettings.ColourBy colourBy = s.colourBy();
        boolean trails = s.trails();
        double speed = s.speed();
        int[][] pairs = s.pairs();
        TourStep.StepDisplay d = step.display();
        if (d != null) {
            colourBy = d.colouring() != null ? SessionState.colourBy(d.colouring()) : colourBy;
            trails = d.trails() != null ? d.trails() : trails;
            speed = d.speed() != null ? Math.max(ParamsViewModel.MIN_SPEED, d.speed()) : speed;
            if (d.pairs() != null) {
                pairs = d.pairs().stream().map(p -> new int[] {p.get(0), p.get(1)}).toArray(int[][]::new);
            }
        }
        return new SessionState(params, s.camera(), colourBy, s.projection(), trails, s.trailSeconds(),
                s.autoRotate(), pairs, speed, List.of());
    }

    /** True when going from the state of one step to {@code next} needs a new run (a preset starts afresh). */
    public static boolean restarts(TourStep next) {
        return next.preset() != null;
    }
}
