package org.tokensphere.model;

/** The integrator used for the per-token dynamics (MATH.md §6). */
public enum Scheme {
    /** Pick the best applicable: the exact linear flow when only quadratic driving is on, else splitting. */
    AUTO,
    /** Exact sub-flows of each frozen term in turn (quadratic exponential, Möbius bias map), drifts by a Heun sub-step. */
    SPLITTING,
    /** Stratonovich Heun predictor–corrector on the sphere; the general reference scheme. */
    HEUN
}
