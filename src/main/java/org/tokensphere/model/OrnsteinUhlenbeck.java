package org.tokensphere.model;

/**
 * Exact one-step law of a scalar Ornstein–Uhlenbeck process {@code dY = −Y/τ dt + (1/τ) dB} with
 * {@code E[dB²] = q dt}, jointly with its time integral {@code I = ∫ Y dt} over the step (MATH.md §2, coloured
 * driving). As {@code τ → 0}, {@code I} tends to a white-noise increment of variance {@code q h}.
 */
final class OrnsteinUhlenbeck {
    private final double decay;
    private final double meanIntegral;
    private final double sdState;
    private final double loadIntegral;
    private final double sdIntegral;
    private final double stationarySd;

    /** Coefficients for step {@code h}, correlation time {@code tau > 0}, unit intensity ({@code q = 1}). */
    OrnsteinUhlenbeck(double h, double tau) {
        double x = h / tau;
        double oneMinusA = -Math.expm1(-x);
        double a = 1 - oneMinusA;
        double varState = oneMinusA * (1 + a) / (2 * tau);
        // Var I = τ·(x − 2(1−a) + (1−a²)/2): cancels badly for small x, so use its series there.
        double varIntegral = x < 1e-2
                ? tau * x * x * x * (1.0 / 3 - x / 4 + 7 * x * x / 60)
                : tau * (x - 2 * oneMinusA + oneMinusA * (1 + a) / 2);
        double cov = oneMinusA * oneMinusA / 2;
        this.decay = a;
        this.meanIntegral = tau * oneMinusA;
        this.sdState = Math.sqrt(varState);
        this.loadIntegral = cov / sdState;
        this.sdIntegral = Math.sqrt(Math.max(0, varIntegral - loadIntegral * loadIntegral));
        this.stationarySd = Math.sqrt(1 / (2 * tau));
    }

    /** Standard deviation of the stationary law (unit intensity). */
    double stationarySd() {
        return stationarySd;
    }

    /**
     * Advances {@code state[k]} one step with standard normals {@code z1, z2} and intensity scale {@code sqrtQ};
     * returns the integral of the process over the step.
     */
    double advance(double[] state, int k, double sqrtQ, double z1, double z2) {
        double y = state[k];
        state[k] = decay * y + sqrtQ * sdState * z1;
        return meanIntegral * y + sqrtQ * (loadIntegral * z1 + sdIntegral * z2);
    }
}
