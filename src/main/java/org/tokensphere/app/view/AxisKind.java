package org.tokensphere.app.view;

/** The double arrows the token view can show through the sphere. */
public enum AxisKind {
    /** The pole axis {@code ±u}, top eigenvector of the nematic tensor. */
    POLE_AXIS,
    /** {@code ±e_min} of {@code M}, the deterministic flow's attractor. */
    ATTRACTOR,
    /** The bias direction {@code v}. */
    BIAS
}
