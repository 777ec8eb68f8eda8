package org.tokensphere.model;

import static org.tokensphere.model.Replicas.assertNear;

import org.junit.jupiter.api.Test;

/**
 * MATH.md §5.3: under the RQF ({@code σ_Q = 1, c = 1}) two nearby tokens approach like {@code e^{−2t}}: the top
 * Lyapunov exponent of the flow on the sphere is {@code −2} in every dimension, and the linear flow {@code Φ} has
 * exponents {@code d + 1 − 2k}.
 *
 * <p>Fluctuations, derived: for a tangent vector {@code δ} at {@code x}, {@code d log|δ|} has martingale part
 * {@code −uᵀdG u + xᵀdG x} ({@code u = δ/|δ|}), of variance {@code 2 + 2 = 4} per unit time whatever {@code (x, u)}
 * (the GOE law is rotation invariant), so {@code log|δ_T/δ_0|} has mean {@code −2T} and variance {@code 4T}. The
 * estimator averages 8 test pairs driven by the same noise; they are positively correlated, so one run of length
 * {@code T} has {@code σ ≤ 2/√T} and {@code R} independent runs {@code σ ≤ 2/√(RT)} (measured: 1.9/√(RT)).
 *
 * <p>Discretization bias of the per-step {@code exp(−ΔQ)} at {@code h = 0.01} (measured on 400 runs of length 250):
 * −1.980 ± 0.006 for {@code d = 3}, −1.966 ± 0.006 for {@code d = 4}, i.e. about {@code +(d−1)h}; allowed 0.03 and
 * 0.045.
 */
class Fact3LyapunovTest {

    @Test
    void topExponentInThreeDimensions() {
        // R = 32 runs of T = 200, seeds 600 000 + r: σ ≤ 2/√6400 = 0.025, tolerance 4σ + 0.03.
        checkEstimator(3, 600_000, 0.03);
    }

    @Test
    void topExponentInFourDimensions() {
        // R = 32 runs of T = 200, seeds 610 000 + r: σ ≤ 0.025, tolerance 4σ + 0.045.
        checkEstimator(4, 610_000, 0.045);
    }

    private static void checkEstimator(int d, long seed0, double bias) {
        int runs = 32;
        double horizon = 200;
        Params base = Params.defaults().toBuilder().d(d).n(2).dt(0.01).build();
        double[][] rows = Replicas.run(runs, r -> {
            try (Simulation sim = new Simulation(base.toBuilder().seed(seed0 + r).build(), 1)) {
                sim.advanceTo(horizon);
                return new double[] {sim.lyapunov().estimate()};
            }
        });
        assertNear("d=" + d + " Lyapunov estimate", Replicas.mean(rows, 0), -2,
                4 * 2 / Math.sqrt(runs * horizon) + bias);
    }

    @Test
    void twoNearbyTokensApproachAtRateTwo() {
        // Two tokens 10⁻⁵ apart (d = 3), R = 4000 runs, seeds 620 000 + r, T = 2, h = 0.01:
        // log|x_T − y_T|/|x_0 − y_0| has mean −2T + O(|x − y|²) and variance 4T, so the rate has
        // σ = 2/√(RT) = 0.016; tolerance 4σ + 0.03 (bias as above). The pair stays in [10⁻¹², 10⁻²] apart
        // (±4 SD), far from rounding and in the linear regime.
        int d = 3;
        int runs = 4000;
        double horizon = 2;
        double delta = 1e-5;
        double[] points = {1, 0, 0, Math.cos(delta), Math.sin(delta), 0};
        Params base = Params.defaults().toBuilder().d(d).n(2).dt(0.01).init(InitialState.points(points)).build();
        double start = distance(points, d);
        double[][] rows = Replicas.run(runs, r -> {
            try (Simulation sim = new Simulation(base.toBuilder().seed(620_000 + r).build(), 1)) {
                sim.advanceTo(horizon);
                return new double[] {Math.log(distance(sim.positions(), d) / start) / horizon};
            }
        });
        assertNear("d=3 rate of log|x_t - y_t|", Replicas.mean(rows, 0), -2,
                4 * 2 / Math.sqrt(runs * horizon) + 0.03);
    }

    @Test
    void linearFlowHasExponentsDPlusOneMinusTwoK() {
        // The linear flow Φ ← exp(−ΔQ)Φ of MATH.md §4 built from the simulator's driving (d = 4, seed 5), its
        // exponents by QR (Benettin) over T = 2000, h = 0.01. d log R_kk has martingale part −q_kᵀdQ q_k,
        // variance 2 per unit time: σ = √(2/T) = 0.032. Bias at h = 0.01 (measured over T = 40 000):
        // −0.043, −0.018, +0.009, +0.040 (±0.007); allowed 0.05. Tolerance 4σ + 0.05.
        int d = 4;
        double h = 0.01;
        double horizon = 2000;
        Params p = Params.defaults().toBuilder().d(d).dt(h).build();
        SharedDriving driving = new SharedDriving(d, 5);
        Linalg linalg = new Linalg(d);
        double[] dQ = new double[d * d];
        double[] dL = new double[d];
        double[] e = new double[d * d];
        double[] frame = new double[d * d];
        double[] work = new double[d * d];
        for (int k = 0; k < d; k++) {
            frame[k * d + k] = 1;
        }
        double[] logGrowth = new double[d];
        long steps = Math.round(horizon / h);
        for (long s = 0; s < steps; s++) {
            driving.next(p, h, dQ, dL);
            linalg.expNeg(dQ, 1, e);
            Linalg.multiply(e, frame, work, d);
            orthonormalizeColumns(work, d, logGrowth);
            System.arraycopy(work, 0, frame, 0, d * d);
        }
        double sigma = Math.sqrt(2 / horizon);
        for (int k = 1; k <= d; k++) {
            assertNear("d=4 Lyapunov exponent " + k + " of Phi", logGrowth[k - 1] / horizon, d + 1 - 2 * k,
                    4 * sigma + 0.05);
        }
    }

    /** Modified Gram–Schmidt on the columns of {@code w}, adding {@code log R_kk} to {@code logGrowth[k]}. */
    private static void orthonormalizeColumns(double[] w, int d, double[] logGrowth) {
        for (int j = 0; j < d; j++) {
            for (int q = 0; q < j; q++) {
                double dot = 0;
                for (int i = 0; i < d; i++) {
                    dot += w[i * d + q] * w[i * d + j];
                }
                for (int i = 0; i < d; i++) {
                    w[i * d + j] -= dot * w[i * d + q];
                }
            }
            double norm = 0;
            for (int i = 0; i < d; i++) {
                norm += w[i * d + j] * w[i * d + j];
            }
            norm = Math.sqrt(norm);
            logGrowth[j] += Math.log(norm);
            for (int i = 0; i < d; i++) {
                w[i * d + j] /= norm;
            }
        }
    }

    private static double distance(double[] x, int d) {
        double s = 0;
        for (int k = 0; k < d; k++) {
            s += (x[k] - x[d + k]) * (x[k] - x[d + k]);
        }
        return Math.sqrt(s);
    }
}
