package org.tokensphere.engine;

import org.tokensphere.model.Measurement;
import org.tokensphere.model.ObservableValues;
import org.tokensphere.model.Params;
import org.tokensphere.model.Simulation;
import org.tokensphere.model.TokenPairs;

/**
 * One published state of the simulation, immutable: the only thing that crosses from the simulation thread to
 * readers. Positions are {@link ReadOnlyFloats} (shared, never written); the small arrays are copied in and out.
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
 * @param positions      positions, row-major {@code n×d} floats, for drawing
 * @param initial        the positions at time 0, row-major {@code n×d}; the same object in every frame of a run
 * @param values         the observables at this time
 * @param history        observables over time so far
 * @param pairs          the chosen pairs {@code {i, j}} whose scalar products are traced
 * @param integrator     name of the integrator in use
 * @param attractor      {@code ±e_min} of {@code M} (the deterministic flow's attractor), unit vector
 * @param matrixEigenvalues eigenvalues of {@code M}, ascending
 * @param stepsPerSecond measured simulation speed (steps per wall-clock second)
 * @param canUndoReset   true when the last reset can be undone
 * @param radii          the token radii {@code r_i} of Pre-/Peri-LN (MATH.md §8), or empty (Post-LN: all 1)
 */
public record Frame(long sequence, double time, long steps, double dt, Params params, EngineStatus status,
                    String message, int n, int d, ReadOnlyFloats positions, ReadOnlyFloats initial,
                    ObservableValues values, HistorySnapshot history, int[][] pairs, String integrator,
                    double[] attractor, double[] matrixEigenvalues, double stepsPerSecond, boolean canUndoReset,
                    ReadOnlyFloats radii) {

    public Frame {
        pairs = TokenPairs.copy(pairs, pairs.length);
        attractor = attractor.clone();
        matrixEigenvalues = matrixEigenvalues.clone();
    }

    /** The traced pairs, a copy. */
    @Override
    public int[][] pairs() {
        return TokenPairs.copy(pairs, pairs.length);
    }

    /** {@code ±e_min}, a copy. */
    @Override
    public double[] attractor() {
        return attractor.clone();
    }

    /** Eigenvalues of {@code M}, a copy. */
    @Override
    public double[] matrixEigenvalues() {
        return matrixEigenvalues.clone();
    }

    /** This frame published again as {@code sequence}, with another status and message (nothing re-measured). */
    public Frame republished(long sequence, EngineStatus status, String message) {
        return new Frame(sequence, time, steps, dt, params, status, message, n, d, positions, initial, values,
                history, pairs, integrator, attractor, matrixEigenvalues, stepsPerSecond, canUndoReset, radii);
    }

    /**
     * A paused frame of {@code sim} now, with no history: what the exporters draw. {@code initial} is the run's
     * starting positions (for colouring by initial position); null means this frame is the start.
     */
    public static Frame still(long sequence, Simulation sim, Measurement measurement, int[][] pairs,
                              ReadOnlyFloats initial) {
        ReadOnlyFloats x = ReadOnlyFloats.roundedFrom(sim.positions());
        return new Frame(sequence, sim.time(), sim.steps(), sim.dt(), sim.params(), EngineStatus.PAUSED, "", sim.n(),
                sim.d(), x, initial == null ? x : initial, measurement.measure(sim, pairs), HistorySnapshot.EMPTY,
                pairs, sim.integratorName(), sim.attractor(), sim.matrixEigenvalues(), 0, false, radiiOf(sim));
    }

    /** The radii of {@code sim}'s tokens when its scheme moves them (Pre-/Peri-LN), else empty. */
    public static ReadOnlyFloats radiiOf(Simulation sim) {
        return sim.params().norm() == org.tokensphere.model.Norm.POST ? ReadOnlyFloats.EMPTY
                : ReadOnlyFloats.roundedFrom(sim.radii());
    }
}
