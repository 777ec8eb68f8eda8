package org.tokensphere.app.viewmodel;

import org.tokensphere.model.AttentionKind;
import org.tokensphere.model.MatrixSpec;
import org.tokensphere.model.Mode;
import org.tokensphere.model.Params;

/** Which of the systems of MATH.md §3 the parameters describe, for the explanation panel. */
public enum SystemKind {
    /** Nothing drives the tokens. */
    STILL("Nothing acts", "all strengths are 0"),
    /** {@code σ_Q > 0} alone, shared. */
    RQF("Random quadratic form (RQF)", "Engel & Shalova 2026, eq. (1)"),
    /** The RQF on the circle. */
    BIHARMONIC("RQF on the circle: the bi-harmonic model", "Engel & Shalova 2026, eq. (26)"),
    /** {@code M} alone. */
    DQF("Deterministic quadratic form", "Engel & Shalova 2026, eq. (3)/(9) and Remark 1.1"),
    /** {@code tM + σ_Q G_t}. */
    MIXED_QF("Fixed plus random quadratic form", "Engel & Shalova 2026, Remark 1.1"),
    /** RQF with a random and/or fixed bias. */
    BIASED_RQF("RQF with bias", "Engel & Shalova 2026, eq. (28) and §5.2"),
    /** Common Brownian bias alone. */
    SPHERICAL_BM("Common spherical Brownian motion", "Engel & Shalova 2026, eq. (29)"),
    /** A fixed bias alone. */
    FIXED_BIAS("Fixed bias: a linear gradient flow", "Engel & Shalova 2026, §5.2"),
    /** Kuramoto: USA, d = 2, β = 0. */
    KURAMOTO("Kuramoto model", "Rigollet 2025, eq. (4)"),
    /** Attention with independent noise. */
    NOISY_TRANSFORMER("Noisy transformer", "Rigollet 2025, §7"),
    /** SA / USA attention. */
    ATTENTION("Self-attention dynamics", "Rigollet 2025, §3.2 (SA), (USA)"),
    /** Quadratic noise not shared at all, or private noise only. */
    INDEPENDENT("Independent tokens (no common noise)", "docs/MATH.md §2, c = 0");

    private final String title;
    private final String source;

    SystemKind(String title, String source) {
        this.title = title;
        this.source = source;
    }

    /** A short name. */
    public String title() {
        return title;
    }

    /** Where in the papers it comes from. */
    public String source() {
        return source;
    }

    /** The system {@code p} describes (the dominant term decides when several act). */
    public static SystemKind of(Params p) {
        double q = p.effectiveSigmaQ();
        boolean matrix = p.usesMatrix() && !isZero(p.matrix());
        boolean randomBias = p.effectiveSigmaB() > 0;
        boolean fixedBias = p.effectiveBiasStrength() > 0;
        boolean attention = p.effectiveAlpha() > 0;
        if (attention) {
            if (p.sigmaInd() > 0) {
                return NOISY_TRANSFORMER;
            }
            if (p.attention() == AttentionKind.USA && p.d() == 2 && p.beta() == 0 && q == 0 && !matrix
                    && !randomBias && !fixedBias) {
                return KURAMOTO;
            }
            return ATTENTION;
        }
        if (q > 0 && p.sharing() == 0 || q == 0 && !matrix && !randomBias && !fixedBias && p.sigmaInd() > 0) {
            return INDEPENDENT;
        }
        if (q > 0 && (randomBias || fixedBias)) {
            return BIASED_RQF;
        }
        if (q > 0) {
            if (matrix && p.mode() == Mode.MIXED) {
                return MIXED_QF;
            }
            return p.d() == 2 ? BIHARMONIC : RQF;
        }
        if (randomBias) {
            return SPHERICAL_BM;
        }
        if (matrix) {
            return DQF;
        }
        return fixedBias ? FIXED_BIAS : STILL;
    }

    /** True for {@code M = 0} given as a diagonal or as entries (a GOE sample is never zero). */
    private static boolean isZero(MatrixSpec m) {
        if (m.kind() == MatrixSpec.Kind.GOE) {
            return false;
        }
        for (double v : m.values()) {
            if (v != 0) {
                return false;
            }
        }
        return true;
    }
}
