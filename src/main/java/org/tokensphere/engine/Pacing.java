package org.tokensphere.engine;

import org.tokensphere.model.Simulation;

import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * How long the engine steps between two frames: for one frame's worth of wall time (1/60 s, or as long as the
 * last publication took, whichever is longer — measuring a million tokens takes tens of milliseconds, and large
 * ensembles must still spend half their time simulating), or up to the simulated time the speed allows; at a
 * finite speed it then waits out the rest of the frame. Engine thread only.
 */
final class Pacing {
    private static final long FRAME_NANOS = 1_000_000_000L / 60;
    /** Most steps asked of the simulation at once, so a waiting command is seen soon. */
    private static final int STEPS_PER_CALL = 8;

    private double speed = 1;
    private long wallStart = System.nanoTime();
    private double simStart;
    private long lastPublishNanos;
    private double stepsPerSecond;
    private long frameStart;
    private long frameBudget;

    /** Simulated time per wall-clock second; infinite for as fast as possible. */
    void setSpeed(double simulatedTimePerSecond) {
        speed = simulatedTimePerSecond;
    }

    /** Steps per wall-clock second, measured over the last frame that stepped. */
    double stepsPerSecond() {
        return stepsPerSecond;
    }

    /** The speed is kept from here: simulated time {@code simTime} now (after commands, or a pause). */
    void restart(double simTime) {
        wallStart = System.nanoTime();
        simStart = simTime;
    }

    /** A publication took {@code nanos}. */
    void published(long nanos) {
        lastPublishNanos = nanos;
    }

    /** Steps {@code sim} for one frame, stopping early when {@code stop} says so (a command waits). */
    void stepFrame(Simulation sim, BooleanSupplier stop) {
        long t0 = System.nanoTime();
        long budget = Math.max(FRAME_NANOS, lastPublishNanos);
        frameStart = t0;
        frameBudget = budget;
        double target = Double.isInfinite(speed) ? Double.POSITIVE_INFINITY
                : simStart + speed * (t0 - wallStart + budget) * 1e-9;
        long steps = 0;
        while (sim.time() + 0.5 * sim.dt() < target && System.nanoTime() - t0 < budget && !stop.getAsBoolean()) {
            int k = (int) Math.max(1, Math.min(STEPS_PER_CALL, Math.floor((target - sim.time()) / sim.dt())));
            sim.advance(k);
            steps += k;
        }
        if (steps > 0) {
            stepsPerSecond = steps / Math.max(1e-9, (System.nanoTime() - t0) * 1e-9);
        }
    }

    /** At a finite speed, waits out the rest of the frame {@link #stepFrame} began, unless {@code stop} says so. */
    void rest(BooleanSupplier stop) {
        if (Double.isInfinite(speed)) {
            return;
        }
        long rest;
        while ((rest = frameBudget - (System.nanoTime() - frameStart)) > 0 && !stop.getAsBoolean()) {
            LockSupport.parkNanos(Math.min(rest, 2_000_000L));
        }
    }
}
