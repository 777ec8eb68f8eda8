package org.tokensphere.model;

/** Which parts of the driving are on: the fixed form {@code tM, tv}, the Brownian parts, or both (MATH.md §2). */
public enum Mode {
    /** {@code Q_t = tM}, {@code L_t = tv}: the deterministic quadratic form (plus deterministic bias). */
    DETERMINISTIC,
    /** {@code Q_t = σ_Q G_t}, {@code L_t = σ_b W_t}: the random quadratic form (plus random bias). */
    RANDOM,
    /** Both the fixed and the Brownian parts. */
    MIXED;

    /** True when the fixed matrix {@code M} and the fixed bias {@code v} act. */
    public boolean deterministicPart() {
        return this != RANDOM;
    }

    /** True when the Brownian parts {@code σ_Q G} and {@code σ_b W} act. */
    public boolean randomPart() {
        return this != DETERMINISTIC;
    }
}
