package org.tokensphere.app.viewmodel;

import org.junit.jupiter.api.Test;
import org.tokensphere.app.viewmodel.DisplaySettings.ColourBy;
import org.tokensphere.app.viewmodel.DisplaySettings.ProjectionKind;
import org.tokensphere.model.Params;
import org.tokensphere.preset.DisplayOptions;
import org.tokensphere.preset.Preset;
import org.tokensphere.preset.PresetLibrary;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Loading a preset into the view models and taking it back out, without the toolkit. */
class PresetSessionTest {
    private final ParamsViewModel vm = new ParamsViewModel(Params.defaults());
    private final DisplaySettings display = new DisplaySettings();
    private final PairSelection pairs = new PairSelection(1);
    private final PresetSession session = new PresetSession(vm, display, pairs);

    private static Preset sample() {
        DisplayOptions d = new DisplayOptions(new DisplayOptions.Camera(120, -30, 6),
                DisplayOptions.Colouring.CLUSTER, new DisplayOptions.Trails(true, 2.5),
                DisplayOptions.Projection.PCA, true, List.of(List.of(0, 3), List.of(2, 1)), 3);
        Params p = Params.defaults().toBuilder().d(5).n(40).sigmaB(0.4).seed(77).build();
        return Preset.from(p, "Five dimensions", "Tokens on S⁴.", 12, d);
    }

    @Test
    void applyingAPresetSetsEveryViewModel() {
        Preset p = sample();
        session.apply(p, SessionState.of(p), "five.json");
        assertEquals(p.toParams(), vm.params());
        assertEquals(5, vm.get(Knob.D));
        assertEquals(0.4, vm.get(Knob.SIGMA_B));
        assertEquals(3, vm.get(Knob.SPEED));
        assertEquals(ColourBy.CLUSTER, display.colourByProperty().get());
        assertEquals(ProjectionKind.PRINCIPAL, display.projectionProperty().get());
        assertTrue(display.trailsProperty().get());
        assertEquals(150, new TrailLength().frames(display.trailSecondsProperty().get()),
                "2.5 s of trails at 60 frames per second");
        assertTrue(display.autoRotateProperty().get());
        assertArrayEquals(new int[][] {{0, 3}, {2, 1}}, pairs.pairs());
        assertEquals("Five dimensions", session.titleProperty().get());
        assertEquals("Tokens on S⁴.", session.descriptionProperty().get());
        assertEquals("five.json", session.sourceProperty().get());
        assertFalse(session.modifiedProperty().get());
    }

    @Test
    void whatIsAppliedIsCapturedBackAsTheSamePreset() {
        Preset p = sample();
        SessionState s = SessionState.of(p);
        session.apply(p, s, "five.json");
        SessionState now = session.capture(vm.params(), pairs.pairs(), s.camera());
        assertEquals(p, now.toPreset(session.suggestedTitle(), session.suggestedDescription(),
                session.suggestedDuration(3.2)));
    }

    @Test
    void changingAParameterMarksThePresetModified() {
        Preset rqf = PresetLibrary.shipped("rqf");
        session.apply(rqf, SessionState.of(rqf), "shipped preset rqf");
        assertFalse(session.modifiedProperty().get());
        assertEquals(rqf.description(), session.suggestedDescription());
        vm.set(Knob.SIGMA_B, 0.5);
        assertTrue(session.modifiedProperty().get());
        assertEquals("", session.suggestedDescription(), "the description no longer describes the run");
        vm.set(Knob.SIGMA_B, 0);
        assertFalse(session.modifiedProperty().get(), "back to the preset's parameters");
    }

    @Test
    void suggestionsWithoutAPreset() {
        assertEquals("My TokenSphere run", session.suggestedTitle());
        assertEquals(10, session.suggestedDuration(3.2));
        assertEquals(38, session.suggestedDuration(37.01));
        assertEquals(1e5, session.suggestedDuration(3e7));
        assertFalse(session.modifiedProperty().get());
    }
}
