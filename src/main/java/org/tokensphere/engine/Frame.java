package org.tokensphere.engine;

import org.tokensphere.model.Measurement;
import org.tokensphere.model.ObservableValues;
import org.tokensphere.model.Params;
import org.tokensphere.model.Simulation;

/**
 * One published state of the simulation, immutable: the only thing that crosses from the simulation thread to
 * readers. Arrays are never written after publication (readers must not write them either).
 *
 * @param sequence       increases by one per publication
 * @param time           simulated time
 * @param steps          steps taken since the start
 * @param dt             time step in use
 * @param params         parameters in use
 * @param status         running, paused, or stopped by an error
 * @param message        what happened last (an error's cause, a refused change), or empty
 * @param n              number of tokens
 * @param d              dimension
 * @param positions      positions, row-major {@code n×d} floats, for drawing; not to be modified
 * @param initial        the positions at time 0, row-major {@code n×d}, for colouring by initial position
 * @param values         the observables at this time
 * @param history        observables over time so far
 * @param pairs          the chosen pairs {@code {i, j}} whose scalar products are traced
 * @param integrator     name of the integrator in use
 * @param attractor      {@code ±e_min} of {@code M} (the deterministic flow's attractor), unit vector
 * @param matrixEigenvalues eigenvalues of {@code M}, ascending
 * @param stepsPerSecond measured simulation speed (steps per wall-clock second)
 * @param canUndoReset   true when the last reset can be undone
 */
public record Frame(long sequence, double time, long steps, double dt, Params params, EngineStatus status,
                    String message, int n, int d, float[] positions, float[] initial, ObservableValues values,
                    HistorySnapshot history, int[][] pairs, String integrator, double[] attractor,
                    double[] matrixEigenvalues, double stepsPerSecond, boolean canUndoReset) {

    /**
     * A paused frame of {@code sim} now, with no history: what the exporters draw. {@code initial} is the run's
     * starting positions (for colouring by initial position).
     */
    public static Frame still(long sequence, Simulation sim, Measurement measurement, int[][] pairs, float[] initial) {
        return new Frame(sequence, sim.time(), sim.steps(), sim.dt(), sim.params(), EngineStatus.PAUSED, "", sim.n(),
                sim.d(), toFloats(sim.positions()), initial, measurement.measure(sim, pairs), HistorySnapshot.EMPTY,
                pairs, sim.integratorName(), sim.attractor(), sim.matrixEigenvalues(), 0, false);
    }

    /** Doubles to floats, a new array. */
    static float[] toFloats(double[] x) {
        float[] f = new float[x.length];
        for (int k = 0; k < x.length; k++) {
            f[k] = (float) x[k];
        }
        return f;
    }
}
