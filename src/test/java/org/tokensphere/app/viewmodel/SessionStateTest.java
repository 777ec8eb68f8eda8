package org.tokensphere.app.viewmodel;

import org.junit.jupiter.api.Test;
import org.tokensphere.app.viewmodel.DisplaySettings.ColourBy;
import org.tokensphere.app.viewmodel.DisplaySettings.ProjectionKind;
import org.tokensphere.model.Params;
import org.tokensphere.model.TokenPairs;
import org.tokensphere.preset.DisplayOptions;
import org.tokensphere.preset.Preset;
import org.tokensphere.preset.PresetLibrary;
import org.tokensphere.preset.PresetLibrary.ShippedPreset;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Presets ↔ the app's state, without the toolkit: every field maps, and back to the same preset. */
class SessionStateTest {

    @Test
    void everyShippedPresetMapsToTheAppAndBackUnchanged() {
        for (ShippedPreset s : PresetLibrary.shipped()) {
            Preset p = s.preset();
            SessionState state = SessionState.of(p);
            assertTrue(state.notes().isEmpty(), s.name() + ": the app takes it as given");
            assertEquals(p.toParams(), state.params(), s.name());
            assertEquals(p, state.toPreset(p.title(), p.description(), p.duration()), s.name());
        }
    }

    @Test
    void eachDisplayOptionReachesItsAppSetting() {
        DisplayOptions d = new DisplayOptions(new DisplayOptions.Camera(-45.5, 12.25, 3),
                DisplayOptions.Colouring.CLUSTER, new DisplayOptions.Trails(true, 2.5),
                DisplayOptions.Projection.PCA, true, List.of(List.of(0, 3), List.of(2, 1)), 0.3);
        Params params = Params.defaults().toBuilder().d(5).n(40).seed(9).build();
        Preset p = Preset.from(params, "A run", "", 4, d);
        SessionState s = SessionState.of(p);
        assertEquals(new CameraPose(-45.5, 12.25, 3), s.camera());
        assertEquals(ColourBy.CLUSTER, s.colourBy());
        assertEquals(ProjectionKind.PRINCIPAL, s.projection());
        assertTrue(s.trails());
        assertEquals(2.5, s.trailSeconds());
        assertTrue(s.autoRotate());
        assertArrayEquals(new int[][] {{0, 3}, {2, 1}}, s.pairs());
        assertEquals(0.3, s.speed());
        assertEquals(p, s.toPreset("A run", "", 4));
        for (ColourBy c : ColourBy.values()) {
            assertEquals(c, SessionState.colourBy(SessionState.colouring(c)));
        }
        for (ProjectionKind k : ProjectionKind.values()) {
            assertEquals(k, SessionState.projection(SessionState.projection(k)));
        }
    }

    @Test
    void whatTheAppCannotShowIsAdjustedAndSaid() {
        List<List<Integer>> sixteen = new ArrayList<>();
        for (int k = 0; k < 16; k++) {
            sixteen.add(List.of(2 * k, 2 * k + 1));
        }
        DisplayOptions d = new DisplayOptions(DisplayOptions.Camera.DEFAULT, DisplayOptions.Colouring.POLE,
                DisplayOptions.Trails.OFF, DisplayOptions.Projection.FIRST3, false, sixteen, 0.001);
        SessionState s = SessionState.of(Preset.from(Params.defaults(), "Many pairs", "", 1, d));
        assertEquals(TokenPairs.MAX_TRACED, s.pairs().length);
        assertEquals(ParamsViewModel.MIN_SPEED, s.speed());
        assertEquals(2, s.notes().size(), s.notes().toString());
        assertTrue(s.notes().get(0).contains("16 pairs"), s.notes().get(0));
    }

    @Test
    void aCameraOutsideThePresetRangesIsSavedWithinThem() {
        SessionState s = new SessionState(Params.defaults(), new CameraPose(-530, 95, 30), ColourBy.POLE,
                ProjectionKind.FIRST_THREE, false, 90, false, new int[0][], 1, List.of());
        DisplayOptions.Camera c = s.displayOptions().camera();
        assertEquals(-170, c.azimuth(), 1e-9);
        assertEquals(90, c.elevation());
        assertEquals(CameraPose.MAX_DISTANCE, c.distance());
        assertEquals(60, s.displayOptions().trails().seconds(), "trail length clamped to the presets' 60 s");
    }
}
