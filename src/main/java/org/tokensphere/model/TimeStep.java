package org.tokensphere.model;

/**
 * Chooses the time step from an accuracy target (MATH.md §6) when the user gives none. The schemes have weak
 * order 1 with an error constant that grows with the diffusion strength and with {@code d}: a token moves by
 * about {@code √((d−1)s h)} per step. Measured for {@code E⟨x_1,x_0⟩} at {@code d = 3, s = 1, h = 0.01}: relative
 * error 0.022 for the splitting scheme and 0.068 for Heun, i.e. {@code error ≈ K·s·(d−1)·h} with
 * {@code K ≈ 1.1} (splitting) and {@code K ≈ 3.4} (Heun). Drift terms bound the step by their rates.
 */
public final class TimeStep {
    /** Weak error constant of the splitting scheme (relative error per unit {@code s·(d−1)·h}). */
    public static final double K_SPLITTING = 1.1;
    /** Weak error constant of the Heun scheme. */
    public static final double K_HEUN = 3.4;
    /** Largest step chosen automatically. */
    public static final double MAX_AUTO = 0.01;
    /** Smallest step chosen automatically. */
    public static final double MIN_AUTO = 1e-5;

    private TimeStep() {
    }

    /** The step to use: {@code p.dt()} when given, else from {@code p.accuracy()} and the scheme that will run. */
    public static double resolve(Params p, double matrixSpread) {
        if (p.dt() > 0) {
            return p.dt();
        }
        double h = MAX_AUTO;
        double s = p.diffusionStrength();
        if (s > 0 && !(p.linearFlowApplies() && p.scheme() != Scheme.HEUN)) {
            double k = p.scheme() == Scheme.HEUN ? K_HEUN : K_SPLITTING;
            h = Math.min(h, p.accuracy() / (k * s * (p.d() - 1)));
        }
        // Drifts: the attention rate α·(1+β) and the bias and matrix rates, each moved by at most ~10·accuracy.
        double rate = p.effectiveAlpha() * (1 + p.effectiveBeta()) + p.effectiveBiasStrength()
                + (p.linearFlowApplies() ? 0 : (p.usesMatrix() ? matrixSpread : 0));
        if (rate > 0) {
            h = Math.min(h, 10 * p.accuracy() / rate);
        }
        return Math.max(MIN_AUTO, h);
    }
}
