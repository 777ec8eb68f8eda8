package org.tokensphere.model;

/** How the tokens are placed at time 0. */
public enum InitKind {
    /** Independent, uniform on the sphere. */
    UNIFORM,
    /** Uniform on a spherical cap of half-angle {@code capAngle} around the last axis. */
    CAP,
    /** Uniform on the great circle of the first two axes. */
    CIRCLE,
    /** Tokens 0 and 1 with scalar product {@code rho0}; the others uniform. */
    PAIR,
    /** All pairwise scalar products equal to {@code rho0} (needs {@code N ≤ d} and {@code rho0 ≥ −1/(N−1)}). */
    EQUIANGULAR,
    /** Given points, assigned to the tokens in turn (two points: alternate tokens; N points: one each). */
    POINTS
}
