package org.tokensphere.model;

/** The self-attention drift of Rigollet (2025), §3 (MATH.md §3). */
public enum AttentionKind {
    /** No attention drift. */
    NONE,
    /** Self-attention, normalized by the partition function {@code Σ_k e^{β⟨x_i,x_k⟩}}. */
    SA,
    /** Unnormalized self-attention, normalized by {@code N}. */
    USA
}
