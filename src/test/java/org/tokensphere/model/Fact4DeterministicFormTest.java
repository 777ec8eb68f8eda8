package org.tokensphere.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tokensphere.model.Replicas.assertNear;

import org.junit.jupiter.api.Test;

/**
 * MATH.md §5.4: for the deterministic form ({@code σ_Q = 0}, matrix {@code M}) a token follows
 * {@code x(t) = e^{−tM}x_0/|e^{−tM}x_0|} and ends at {@code sign⟨x_0, e_min⟩·e_min}; its angle to the pole axis
 * obeys {@code tan θ(t) = √(Σ_{k≥2} c_k² e^{−2(μ_k−μ_1)t}) / |c_1|} ({@code c_k} the coordinates of {@code x_0} in
 * the eigenbasis), so it decays at rate {@code μ_2 − μ_1}. Nothing is random here: tolerances are rounding
 * (closed form) or the Heun scheme's second-order error (measured, stated where used).
 *
 * <p>{@code M = H diag(−1, 0.5, 2) H} with the Householder reflection {@code H = I − 2vvᵀ/|v|²},
 * {@code v = (1, 2, 3)}: {@code e_min = H e_1 = (6, −2, −3)/7}, {@code μ_2 − μ_1 = 1.5}, {@code μ_3 − μ_2 = 1.5}.
 */
class Fact4DeterministicFormTest {
    private static final int D = 3;
    private static final double[] MU = {-1, 0.5, 2};
    private static final double[] V = {1, 2, 3};

    /** The eigenvector of {@code μ_k}: column {@code k} of the Householder reflection. */
    private static double[] eigenvector(int k) {
        return Householder.column(V, k);
    }

    private static double[] matrix() {
        return Householder.matrix(V, MU);
    }

    /** {@code e^{−tM}x_0/|·|} from the known eigenbasis. */
    private static double[] exact(double[] x0, int off, double t) {
        double[] y = new double[D];
        for (int k = 0; k < D; k++) {
            double[] e = eigenvector(k);
            double c = Linalg.dot(e, 0, x0, off, D) * Math.exp(-(MU[k] - MU[0]) * t);
            for (int i = 0; i < D; i++) {
                y[i] += c * e[i];
            }
        }
        Linalg.normalize(y, 0, D);
        return y;
    }

    private static Params params(Scheme scheme, double h) {
        return Params.defaults().toBuilder().d(D).n(500).mode(Mode.DETERMINISTIC)
                .matrix(MatrixSpec.explicit(matrix())).scheme(scheme).dt(h).seed(7).build();
    }

    @Test
    void tokensFollowTheClosedFormAndEndAtTheSmallestEigenvector() {
        int n = 500;
        try (Simulation sim = new Simulation(params(Scheme.AUTO, 0.01), 1)) {
            double[] eMin = eigenvector(0);
            assertTrue(sim.linearFlow(), "closed form in use");
            assertEquals(1, Math.abs(Linalg.dot(sim.attractor(), 0, eMin, 0, D)), 1e-12, "attractor = ±e_min");
            double[] x0 = sim.positions().clone();
            for (double t : new double[] {1, 3}) {
                sim.advanceTo(t);
                double worst = 0;
                for (int i = 0; i < n; i++) {
                    double[] y = exact(x0, i * D, sim.time());
                    for (int k = 0; k < D; k++) {
                        worst = Math.max(worst, Math.abs(sim.positions()[i * D + k] - y[k]));
                    }
                }
                // Rounding only: e^{−tM} is formed from an eigendecomposition accurate to ~1e-15.
                assertNear("closed form vs e^{-tM}x0/|.| at t=" + t + ", max error", worst, 0, 1e-12);
            }
            sim.advanceTo(25);
            double[] x = sim.positions();
            double worstPole = 0;
            for (int i = 0; i < n; i++) {
                double side = Math.signum(Linalg.dot(x0, i * D, eMin, 0, D));
                worstPole = Math.max(worstPole, 1 - side * Linalg.dot(x, i * D, eMin, 0, D));
            }
            // tan θ(25) ≤ e^{−37.5}/min|c_1|, min |c_1| ≈ 1/n: 1 − cos θ is below rounding.
            assertNear("max over tokens of 1 - <x_i, sign(c_1) e_min> at t=25", worstPole, 0, 1e-12);
        }
    }

    @Test
    void angleToThePoleDecaysAtTheSpectralGap() {
        // The token farthest from the poles at t = 4, its tan θ at t = 4 and t = 8: the log-slope is
        // −(μ_2 − μ_1) = −1.5 up to the μ_3 term, of relative size (c_3/c_2)² e^{−2·1.5·4} ≈ 6·10⁻⁶·(c_3/c_2)²,
        // and rounding (tan θ(8) ≈ 10⁻⁵ is known to ~10⁻¹¹ relative).
        int n = 500;
        try (Simulation sim = new Simulation(params(Scheme.AUTO, 0.01), 1)) {
            double[] x0 = sim.positions().clone();
            sim.advanceTo(4);
            double[] early = tangents(sim.positions(), n);
            sim.advanceTo(8);
            double[] late = tangents(sim.positions(), n);
            int widest = 0;
            for (int i = 0; i < n; i++) {
                if (early[i] > early[widest]) {
                    widest = i;
                }
            }
            double[] c = new double[D];
            for (int k = 0; k < D; k++) {
                c[k] = Linalg.dot(eigenvector(k), 0, x0, widest * D, D);
            }
            double rate = Math.log(late[widest] / early[widest]) / 4;
            double correction = 1e-5 * (1 + c[2] * c[2] / (c[1] * c[1]));
            assertNear("decay rate of tan(angle to the poles), widest token", rate, -(MU[1] - MU[0]), correction);
            // Every token against the exact formula for tan θ(8) ≈ 10⁻⁵: absolute error at the rounding level of
            // the positions (10⁻¹³ at t = 3 above), allowed 10⁻¹².
            double worst = 0;
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < D; k++) {
                    c[k] = Linalg.dot(eigenvector(k), 0, x0, i * D, D);
                }
                double rest = 0;
                for (int k = 1; k < D; k++) {
                    rest += c[k] * c[k] * Math.exp(-2 * (MU[k] - MU[0]) * 8);
                }
                worst = Math.max(worst, Math.abs(late[i] - Math.sqrt(rest) / Math.abs(c[0])));
            }
            assertNear("max error of tan(theta_i(8)) against the formula", worst, 0, 1e-12);
        }
    }

    @Test
    void heunSchemeConvergesToTheClosedFormAtSecondOrder() {
        // The per-token Heun kernel on the drift −P_x(hM)x: an ODE, so second order, error ≈ C h². Max error
        // over 500 tokens at t = 2: measured 1.4·10⁻⁴ at h = 0.01 (C ≈ 1.4). Required: below 3·10⁻⁴ at
        // h = 0.01, and the error ratio between h = 0.01 and h = 0.005 within [3.5, 4.5] (order 2 ± 0.17).
        double coarse = heunError(0.01);
        double fine = heunError(0.005);
        assertNear("Heun max error at t=2, h=0.01", coarse, 0, 3e-4);
        assertNear("Heun error ratio h=0.01 / h=0.005", coarse / fine, 4, 0.5);
    }

    private static double heunError(double h) {
        int n = 500;
        try (Simulation sim = new Simulation(params(Scheme.HEUN, h), 1)) {
            assertTrue(!sim.linearFlow(), "Heun runs the per-token kernel");
            double[] x0 = sim.positions().clone();
            sim.advanceTo(2);
            double worst = 0;
            for (int i = 0; i < n; i++) {
                double[] y = exact(x0, i * D, sim.time());
                for (int k = 0; k < D; k++) {
                    worst = Math.max(worst, Math.abs(sim.positions()[i * D + k] - y[k]));
                }
            }
            return worst;
        }
    }

    /** {@code tan θ} of each token's angle to the pole axis {@code ±e_min}: {@code |x − ⟨x,e⟩e| / |⟨x,e⟩|}. */
    private static double[] tangents(double[] x, int n) {
        double[] e = eigenvector(0);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double along = Linalg.dot(x, i * D, e, 0, D);
            double perp = 0;
            for (int k = 0; k < D; k++) {
                double r = x[i * D + k] - along * e[k];
                perp += r * r;
            }
            out[i] = Math.sqrt(perp) / Math.abs(along);
        }
        return out;
    }
}
