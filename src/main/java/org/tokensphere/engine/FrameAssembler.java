package org.tokensphere.engine;

import org.tokensphere.model.ObservableValues;
import org.tokensphere.model.Simulation;

/**
 * Makes the engine's frames: measures a run, saves its checkpoint (the last good state), appends a history row
 * when one is due, and numbers the frames. A run that failed is never measured: its last good frame is published
 * again with the error. Engine thread only.
 */
final class FrameAssembler {
    private final Measurer measurer;
    private long sequence;

    /** A measurement threw; the state it was given is not kept as a good one. */
    static final class MeasurementFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MeasurementFailure(double time, RuntimeException cause) {
            super("measuring the state at t = " + EngineRun.time(time) + " failed (" + cause + ")", cause);
        }
    }

    FrameAssembler(Measurer measurer) {
        this.measurer = measurer;
    }

    /**
     * The frame of {@code run} now. Throws {@link MeasurementFailure} when measuring fails and
     * {@link ArithmeticException} when a coordinate is not finite; the run's checkpoint and history then stay as
     * they were.
     */
    Frame assemble(EngineRun run, int[][] pairs, EngineStatus status, String message, double stepsPerSecond,
                   boolean canUndoReset) {
        Simulation sim = run.sim;
        ObservableValues v;
        try {
            v = measurer.measure(sim, pairs);
        } catch (RuntimeException e) {
            throw new MeasurementFailure(sim.time(), e);
        }
        run.checkpoint.save(sim);
        if (run.history.due(sim.time())) {
            run.history.append(v);
        }
        Frame f = new Frame(++sequence, sim.time(), sim.steps(), sim.dt(), sim.params(), status, message, sim.n(),
                sim.d(), ReadOnlyFloats.roundedFrom(sim.positions()), run.initial, v, run.history.snapshot(), pairs,
                sim.integratorName(), sim.attractor(), sim.matrixEigenvalues(), stepsPerSecond, canUndoReset,
                Frame.radiiOf(sim));
        run.lastGood = f;
        return f;
    }

    /** The last good frame of {@code run} (else {@code fallback}) again, with an error status and message. */
    Frame failed(EngineRun run, Frame fallback, String message) {
        Frame base = run.lastGood != null ? run.lastGood : fallback;
        return base.republished(++sequence, EngineStatus.ERROR, message);
    }
}
