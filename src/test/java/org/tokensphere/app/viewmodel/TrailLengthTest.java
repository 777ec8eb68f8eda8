package org.tokensphere.app.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Trails last their length in seconds at the frame rate really drawn, not at a nominal 60 frames per second. */
class TrailLengthTest {
    private static final long SECOND = 1_000_000_000L;

    /** Shows frames at {@code fps} for {@code seconds} from {@code start} (ns); returns the end time. */
    private static long draw(TrailLength t, double fps, double seconds, long start) {
        long step = Math.round(SECOND / fps);
        long now = start;
        for (int k = 0; k < Math.round(fps * seconds); k++) {
            now += step;
            t.shown(now);
        }
        return now;
    }

    @Test
    void untilMeasuredTheTrailsAreSixtyFramesPerSecond() {
        assertEquals(90, new TrailLength().frames(1.5));
        assertEquals(2, new TrailLength().frames(0.001), "at least two frames");
    }

    @Test
    void aSlowWindowGetsShorterTrailsOfTheSameDuration() {
        TrailLength t = new TrailLength();
        assertEquals(90, t.frames(1.5));
        long now = draw(t, 7, 3, 0);
        assertEquals(7, t.rate(), 0.5);
        assertEquals(Math.round(1.5 * t.rate()), t.frames(1.5), "1.5 s at about 7 frames per second");
        int slow = t.frames(1.5);
        draw(t, 6.2, 3, now); // within a quarter: the trails are not rebuilt
        assertEquals(slow, t.frames(1.5));
        draw(t, 30, 3, now + 10 * SECOND);
        assertEquals(45, t.frames(1.5), 3, "back to a fast machine");
    }

    @Test
    void aPauseDoesNotCountAsASlowFrameRate() {
        TrailLength t = new TrailLength();
        long now = draw(t, 30, 3, 0);
        double before = t.rate();
        assertFalse(t.shown(now + 60 * SECOND), "the first frame after a pause starts a new count");
        assertEquals(before, t.rate(), 1e-12);
        now = draw(t, 30, 1.5, now + 60 * SECOND);
        assertEquals(30, t.rate(), 1.5);
        assertTrue(t.rate() <= DisplaySettings.FRAMES_PER_SECOND);
    }
}
