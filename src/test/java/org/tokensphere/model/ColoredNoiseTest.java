package org.tokensphere.model;

import static org.tokensphere.model.Replicas.assertNear;

import org.junit.jupiter.api.Test;

/**
 * Coloured quadratic driving (MATH.md §2): {@code dG} is replaced by {@code Y dt}, {@code Y} a matrix
 * Ornstein–Uhlenbeck process {@code dY = −Y/τ dt + (1/τ) dG'}, started in its stationary law; a step's increment is
 * {@code σ_Q√c ∫Y dt} (shared) or {@code σ_Q√(1−c) ∫Y_i dt} (each token's own).
 *
 * <p><b>Why the driving is what is tested.</b> For finite {@code τ} the flow has no closed-form law (the driving is
 * smooth but not Markov in {@code x}, and the matrices at different times do not commute); what the simulator adds
 * for {@code τ > 0} is the driving, and that it samples exactly, with no discretization error: its Gaussian
 * covariances are exact values. Everything downstream consumes {@code ΔQ} exactly as for white noise, which the
 * other facts test. Per entry (intensity {@code q = 1} off the diagonal, 2 on it), with {@code x = h/τ}: the
 * stationary covariance of {@code Y} is {@code C(u) = q e^{−|u|/τ}/(2τ)}, so
 * <pre>
 *   Var ΔQ_ij = S² q τ (x − 1 + e^{−x}),    Cov(ΔQ_ij(k), ΔQ_ij(k+l)) = S² q (τ/2)(1 − e^{−x})² e^{−(l−1)x}  (l ≥ 1),
 * </pre>
 * and different entries are independent. As {@code τ/h → 0} this is the white increment ({@code Var → S²qh}, no
 * correlation between steps): the Wong–Zakai limit of MATH.md §2, with the correction {@code −S²qτ} to the variance
 * visible at {@code x = 20} (5 %, about 12 standard errors).
 *
 * <p>Samples: the first four steps of independent streams (one {@link SharedDriving} per seed, or one
 * {@link TokenNoise} stream per token), each entry divided by {@code S√q}; the six entries of {@code d = 3} are
 * independent, so every (stream, entry) is one sample of the four increments. For jointly Gaussian, mean-zero
 * {@code (U, V)}, {@code Var(UV) = Var U · Var V + Cov(U, V)²}: the standard errors of the sample second moments are
 * exact, and the tolerance is 4 of them.
 */
class ColoredNoiseTest {
    private static final int D = 3;
    private static final int STEPS = 4;

    /** The exact {@code E[ΔQ(k) ΔQ(k+lag)]/(S²q)}. */
    private static double covariance(double tau, double h, int lag) {
        double x = h / tau;
        if (lag == 0) {
            return tau * (x + Math.expm1(-x));
        }
        return tau / 2 * Math.expm1(-x) * Math.expm1(-x) * Math.exp(-(lag - 1) * x);
    }

    /** Checks the lag 0, 1, 2 moments, stationarity and the independence of two entries ({@code [stream][entry][step]}). */
    private static void check(String what, double[][][] samples, double tau, double h) {
        int n = samples.length * samples[0].length;
        for (int lag = 0; lag <= 2; lag++) {
            double sum = 0;
            for (double[][] stream : samples) {
                for (double[] entry : stream) {
                    sum += entry[0] * entry[lag];
                }
            }
            double exact = covariance(tau, h, lag);
            double variance = covariance(tau, h, 0);
            double se = Math.sqrt((variance * variance + exact * exact) / n);
            assertNear(what + " tau=" + tau + " h=" + h + ": E[dQ(0) dQ(" + lag + ")]/(S^2 q)", sum / n, exact,
                    4 * se);
        }
        // Still stationary three steps on.
        double late = 0;
        for (double[][] stream : samples) {
            for (double[] entry : stream) {
                late += entry[STEPS - 1] * entry[STEPS - 1];
            }
        }
        double variance = covariance(tau, h, 0);
        assertNear(what + " tau=" + tau + " h=" + h + ": E[dQ(3)^2]/(S^2 q)", late / n, variance,
                4 * Math.sqrt(2 * variance * variance / n));
        double cross = 0;
        for (double[][] stream : samples) {
            cross += stream[0][1] * stream[1][1];
        }
        assertNear(what + ": E[dQ_11 dQ_12]/(S^2 sqrt 2)", cross / samples.length, 0,
                4 * variance / Math.sqrt(samples.length));
    }

    /** Entry {@code k} of the upper triangle ({@code (0,0), (0,1), (0,2), (1,1), …}) divided by {@code S√q}. */
    private static void unpack(double[] dQ, double scale, double[][] out, int step) {
        int k = 0;
        for (int i = 0; i < D; i++) {
            for (int j = i; j < D; j++) {
                out[k++][step] = dQ[i * D + j] / (scale * (i == j ? Math.sqrt(2) : 1));
            }
        }
    }

    private static void shared(double tau, double h, int seeds, long seed0) {
        // σ_Q = 1.5, c = 0.36: S = 0.9.
        Params p = Params.defaults().toBuilder().sigmaQ(1.5).sharing(0.36).tau(tau).build();
        double scale = 1.5 * 0.6;
        double[][][] samples = new double[seeds][6][STEPS];
        double[] dQ = new double[D * D];
        double[] dL = new double[D];
        for (int r = 0; r < seeds; r++) {
            SharedDriving driving = new SharedDriving(D, seed0 + r);
            for (int step = 0; step < STEPS; step++) {
                driving.next(p, h, dQ, dL);
                unpack(dQ, scale, samples[r], step);
            }
        }
        check("shared", samples, tau, h);
    }

    private static void perToken(double tau, double h, int tokens, long seed) {
        // σ_Q = 1.5, c = 0.36: S = 1.5·0.8 = 1.2.
        Params p = Params.defaults().toBuilder().sigmaQ(1.5).sharing(0.36).tau(tau).build();
        double scale = 1.5 * 0.8;
        TokenNoise noise = new TokenNoise(seed, Seeds.TOKEN, tokens, D);
        double[][][] samples = new double[tokens][6][STEPS];
        int m = Gaussians.symmetricEntries(D);
        double[] z1 = new double[m];
        double[] z2 = new double[m];
        double[] out = new double[D * D];
        for (int step = 0; step < STEPS; step++) {
            noise.prepare(p, h);
            for (int i = 0; i < tokens; i++) {
                noise.drawQuadratic(i, p, h, z1, z2, out);
                unpack(out, scale, samples[i], step);
            }
        }
        check("per token", samples, tau, h);
    }

    @Test
    void sharedDrivingHasTheExactCovariance() {
        // τ = 0.05, h = 0.01 (x = 0.2: successive increments correlate at 0.88); 20 000 seeds from 50 000.
        shared(0.05, 0.01, 20_000, 50_000);
    }

    @Test
    void sharedDrivingTendsToWhiteNoise() {
        // τ = 0.0005, h = 0.01 (x = 20): variance 0.0095 against 0.01 for white noise; 20 000 seeds from 70 000.
        shared(0.0005, 0.01, 20_000, 70_000);
    }

    @Test
    void eachTokensOwnDrivingHasTheExactCovariance() {
        // τ = 0.02, h = 0.005 (x = 0.25), 20 000 tokens of seed 60.
        perToken(0.02, 0.005, 20_000, 60);
    }
}
