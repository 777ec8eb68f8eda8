package org.tokensphere.model;

/**
 * Chooses the time step from an accuracy target (MATH.md §6) when the user gives none.
 *
 * <p>The target is the relative error of the one-point relaxation rate {@code λ = (d−1)s/2}: the scheme's
 * {@code E⟨x_t,x_0⟩} decays like {@code e^{−λ_h t}} with {@code |λ_h/λ − 1| ≤ accuracy} (equivalently, the relative
 * error of {@code E⟨x_t,x_0⟩} at the time where it is {@code e^{−1}}). For the noise terms the schemes have weak
 * order 1 and, measured on 4·10⁵ one-step samples per point with GOE noise, {@code d = 2 … 20}:
 * {@code |λ_h/λ − 1| = K·(d+1)·s·h}, with {@code K} independent of {@code d} to ±2 %: 0.55–0.58 for the splitting
 * step {@code x ← e^{−ΔQ}x/|·|} (which is also the exact linear flow's step, MATH.md §4) and 1.66–1.80 for Heun,
 * slightly larger at smaller {@code h}. Bias and independent noise (Möbius maps) have smaller constants, so the
 * quadratic constants bound every mix of noises; the top Lyapunov exponent's relative error is smaller still
 * (measured up to {@code d = 12}). The constants below are those with a margin of 3–5 %. Drift terms bound the step
 * by their rates.
 */
public final class TimeStep {
    /** Weak error constant of the splitting scheme and the linear flow: relative rate error per unit {@code (d+1)·s·h}. */
    public static final double K_SPLITTING = 0.6;
    /** Weak error constant of the Heun scheme. */
    public static final double K_HEUN = 1.9;
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
        if (s > 0) {
            // The linear flow steps Φ by e^{−ΔQ}: the splitting scheme's quadratic step, with its error.
            boolean heun = p.scheme() == Scheme.HEUN;
            double k = heun ? K_HEUN : K_SPLITTING;
            h = Math.min(h, p.accuracy() / (k * s * (p.d() + 1)));
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
