package org.tokensphere.app.view3d;

/** The three axis slots of {@link SphereView#setAxis}. */
public enum AxisKind {
    /** Pole axis ±u: top eigenvector of the nematic tensor (MATH.md §7); a double arrow. */
    POLE_AXIS,
    /** Attractor ±e_min of the deterministic mode; a double arrow. */
    ATTRACTOR,
    /** Bias direction v; a single arrow from the origin. */
    BIAS
}
