package org.tokensphere.app.viewmodel;

/**
 * How many frames long the window's trails are, so that they last their length in seconds at the rate frames are
 * really drawn: {@code s} seconds at 60 frames per second are {@code 60·s} frames, but a machine drawing 5 frames
 * per second would keep twelve times as much history in them. The rate is measured over a second of frames shown
 * (at most {@link DisplaySettings#FRAMES_PER_SECOND}; a second without frames, as while paused, leaves it as it
 * was), and the length follows it only when it is off by more than a quarter, so that the trails (which restart
 * when their length changes) do not flicker with every wobble of the frame rate. Plain Java; times in nanoseconds.
 */
public final class TrailLength {
    private static final long WINDOW = 1_000_000_000L;
    private static final double HYSTERESIS = 0.25;

    private long windowStart = -1;
    private int shownInWindow;
    private double rate = DisplaySettings.FRAMES_PER_SECOND;
    private int frames;

    /** A new frame was drawn at {@code now}; true when a second's rate has just been measured. */
    public boolean shown(long now) {
        if (windowStart < 0 || now - windowStart > 2 * WINDOW) {
            windowStart = now; // the first frame, or the first after a pause: start counting again
            shownInWindow = 0;
            return false;
        }
        shownInWindow++;
        long span = now - windowStart;
        if (span < WINDOW) {
            return false;
        }
        rate = Math.min(DisplaySettings.FRAMES_PER_SECOND, shownInWindow / (span * 1e-9));
        windowStart = now;
        shownInWindow = 0;
        return true;
    }

    /** Frames drawn per second, as last measured (60 until then). */
    public double rate() {
        return rate;
    }

    /** The trail length in frames for trails of {@code seconds}: at least 2. */
    public int frames(double seconds) {
        int target = Math.max(2, (int) Math.round(seconds * rate));
        if (frames == 0 || Math.abs(target - frames) > HYSTERESIS * frames) {
            frames = target;
        }
        return frames;
    }
}
