package org.tokensphere.model;

/**
 * Where the layer normalization sits in the attention dynamics (docs/MATH.md §8). A token is {@code x = r θ} with a
 * direction {@code θ} on the sphere and a radius {@code r > 0}; attention always acts through the directions.
 */
public enum Norm {
    /** Post-LN: tokens stay on the sphere, {@code r ≡ 1} (the SA / USA dynamics). */
    POST,
    /** Pre-LN: {@code ẋ = α A(Θ)} in {@code R^d}; the radius grows and slows the directions down. */
    PRE,
    /** Peri-LN: {@code ẋ = α A/|A|} in {@code R^d}; unit speed in {@code R^d}. */
    PERI
}
