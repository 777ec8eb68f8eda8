package org.tokensphere.app.viewmodel;

import org.tokensphere.engine.Frame;
import org.tokensphere.model.Params;

/**
 * Simulated time played since a tour step began, from the frames shown: it starts with the first frame of the
 * step's run (published after the step was applied, with the step's parameters) and starts again when time goes back
 * (a reset). A "predict first" answer shows once this reaches the question's time. Plain Java.
 */
public final class TourClock {
    private Params target;
    private long after = Long.MAX_VALUE;
    private double startTime = Double.NaN;
    private double lastTime = Double.NaN;
    private double elapsed;

    /** A step showing {@code params} was applied when the newest frame was number {@code sequence}. */
    public void start(Params params, long sequence) {
        target = params;
        after = sequence;
        startTime = Double.NaN;
        lastTime = Double.NaN;
        elapsed = 0;
    }

    /** Takes frame {@code f} into account; returns the simulated time played in the step so far. */
    public double update(Frame f) {
        if (target == null || f.sequence() <= after || !f.params().equals(target)) {
            return elapsed;
        }
        if (!(f.time() >= lastTime)) { // the step's first frame, or time went back: the run restarted
            startTime = f.time();
        }
        lastTime = f.time();
        elapsed = f.time() - startTime;
        return elapsed;
    }

    /** The simulated time played in the step so far. */
    public double elapsed() {
        return elapsed;
    }
}
