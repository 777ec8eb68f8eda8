package org.tokensphere.engine;

import org.tokensphere.model.Params;
import org.tokensphere.model.Simulation;
import org.tokensphere.model.SimulationCheckpoint;
import org.tokensphere.model.TokenPairs;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * One run of the engine, from a reset to the next: the simulation, its starting positions, its history, and its
 * last good state. A failure marks the run broken; {@link #recover()} puts it back at the last good state. Engine
 * thread only.
 */
final class EngineRun {
    /** Rows the history keeps before it thins out. */
    private static final int HISTORY_ROWS = 4096;

    final Simulation sim;
    /** The positions at time 0, shared by every frame of the run. */
    final ReadOnlyFloats initial;
    final History history;
    /** The last good state: saved at every frame published ({@link FrameAssembler}), restored after a failure. */
    final SimulationCheckpoint checkpoint = new SimulationCheckpoint();
    /** The last frame published from a good state, or null before the first. */
    Frame lastGood;
    private boolean broken;

    EngineRun(Simulation sim, int bins) {
        this.sim = sim;
        this.initial = ReadOnlyFloats.roundedFrom(sim.positions());
        this.history = new History(HISTORY_ROWS, bins, TokenPairs.MAX_TRACED, Math.max(sim.dt(), 0.01));
    }

    /** True after a step or a measurement failed, until {@link #recover()}. */
    boolean broken() {
        return broken;
    }

    /** A step or measurement failed with {@code e}: the run is broken; returns the message that says so. */
    String fail(Throwable e) {
        broken = true;
        String cause = e instanceof ArithmeticException || e instanceof FrameAssembler.MeasurementFailure
                ? "Paused: " + e.getMessage() : "Paused by an internal error: " + e;
        if (!(e instanceof ArithmeticException)) {
            System.err.println("tokensphere-simulation: " + cause);
            e.printStackTrace();
        }
        return cause + (checkpoint.saved() ? "; play resumes from t = " + time(checkpoint.time()) : "");
    }

    /**
     * Puts a broken run back at its last good state, with the parameters set since the failure (a lower {@code dt},
     * say), and returns the message that says so; null when there is no good state to go back to.
     */
    String recover() {
        if (!checkpoint.saved()) {
            return null;
        }
        Params wanted = sim.params();
        checkpoint.restore(sim);
        broken = false;
        if (!wanted.equals(sim.params())) {
            sim.setParams(wanted);
        }
        return "Resumed from the last good state, t = " + time(sim.time());
    }

    /** A time as a person writes it: four significant digits, no trailing zeros. */
    static String time(double t) {
        return new BigDecimal(t).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
