package org.tokensphere.app.viewmodel;

import org.junit.jupiter.api.Test;
import org.tokensphere.app.viewmodel.PresetThumbnails.Thumbnail;
import org.tokensphere.preset.Preset;
import org.tokensphere.preset.PresetLibrary;
import org.tokensphere.preset.PresetLibrary.ShippedPreset;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Gallery thumbnails: small, inside the picture, the same every time, computed once. */
class PresetThumbnailsTest {

    @Test
    void everyShippedPresetHasASmallPictureInsideTheDisc() {
        for (ShippedPreset s : PresetLibrary.shipped()) {
            Preset p = s.preset();
            Thumbnail t = PresetThumbnails.compute(p);
            assertTrue(t.n() <= Math.max(PresetThumbnails.MAX_TOKENS, p.parameters().n()), s.name());
            assertTrue(t.n() <= PresetThumbnails.MAX_TOKENS, s.name() + ": every shipped preset can be made smaller");
            assertTrue(t.time() > 0 && t.time() <= Math.min(p.duration(), PresetThumbnails.MAX_TIME) + 0.1,
                    s.name() + " at t = " + t.time());
            assertEquals(PresetThumbnails.SAMPLES, t.samples(), s.name() + ": the whole path");
            assertEquals(t.samples() * t.n(), t.x().length);
            for (int k = 0; k < t.x().length; k++) {
                double r = Math.hypot(t.x()[k], t.y()[k]);
                assertTrue(r <= 1 + 1e-5, s.name() + ": point " + k + " drawn at radius " + r);
            }
            for (int i = 0; i < t.n(); i++) {
                assertTrue(t.slots()[i] >= 0 && t.slots()[i] < TokenColoring.SLOTS, s.name());
            }
            assertEquals(p.parameters().d() == 2, t.circle(), s.name());
        }
    }

    @Test
    void theSamePresetGivesTheSamePicture() {
        Preset p = PresetLibrary.shipped("rqf-bias");
        Thumbnail a = PresetThumbnails.compute(p);
        Thumbnail b = PresetThumbnails.compute(p);
        assertArrayEquals(a.x(), b.x());
        assertArrayEquals(a.y(), b.y());
        assertArrayEquals(a.slots(), b.slots());
    }

    @Test
    void aThumbnailIsComputedOncePerKey() throws Exception {
        PresetThumbnails shared = PresetThumbnails.shared();
        Preset p = PresetLibrary.shipped("circle");
        var first = shared.get("test-circle", p);
        assertSame(first, shared.get("test-circle", p));
        Thumbnail t = first.get(30, TimeUnit.SECONDS);
        assertTrue(t.circle());
    }
}
