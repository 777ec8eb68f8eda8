package org.tokensphere.engine;

import org.tokensphere.model.ObservableValues;
import org.tokensphere.model.Simulation;

/** What the engine measures a run with ({@link org.tokensphere.model.Measurement#measure}; tests give others). */
@FunctionalInterface
interface Measurer {
    /** The observables of {@code sim} now, with the scalar products of {@code pairs}. */
    ObservableValues measure(Simulation sim, int[][] pairs);
}
