package org.tokensphere.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.tokensphere.model.Replicas.assertNear;

import org.junit.jupiter.api.Test;

/**
 * The deterministic bias alone ({@code L_t = t·v}, no quadratic form: MATH.md §3 with {@code M = 0}): every token
 * follows {@code x' = −P_x v}. With {@code a = |v|t}, {@code v̂ = v/|v|} and {@code c_0 = ⟨x_0, v̂⟩} the exact solution
 * is the Möbius flow of MATH.md §6,
 * {@code x_t = (x_0 + (c_0(cosh a − 1) − sinh a) v̂) / (cosh a − c_0 sinh a)}; in particular
 * {@code ⟨x_t, v̂⟩ = tanh(artanh c_0 − |v|t)} (from {@code c' = −|v|(1 − c²)}), and every token but {@code +v̂} ends at
 * {@code −v̂}. Nothing is random: the splitting scheme applies this map with {@code a = |v|h} each step, and these
 * maps form a group, so it is exact up to rounding (allowed 10⁻¹², measured 1.3·10⁻¹⁴ at most); Heun is a second-order
 * ODE solver here, so its error is checked to scale as {@code h²} (ratio between {@code h} and {@code h/2} in
 * [3.5, 4.5]) and bounded by 4× its value measured at {@code h = 0.01}.
 */
class DeterministicBiasTest {
    private static final double STRENGTH = 1.3;
    private static final double[] DIRECTION = {1, 2, 2, 0};

    private static Params params(int d, Scheme scheme, double h) {
        double[] v = java.util.Arrays.copyOf(DIRECTION, d);
        return Params.defaults().toBuilder().d(d).n(400).mode(Mode.DETERMINISTIC)
                .matrix(MatrixSpec.diagonal(new double[d])).biasStrength(STRENGTH).biasDirection(v).scheme(scheme).dt(h)
                .seed(23).build();
    }

    /** The largest distance over the tokens between the run at {@code t} and the Möbius flow from their start. */
    private static double maxError(int d, Scheme scheme, double h, double t) {
        Params p = params(d, scheme, h);
        double[] unit = p.biasDirection();
        try (Simulation sim = new Simulation(p, 1)) {
            assertFalse(sim.linearFlow(), "a bias runs the per-token kernels");
            double[] x0 = sim.positions().clone();
            sim.advanceTo(t);
            double a = STRENGTH * sim.time();
            double[] x = sim.positions();
            double worst = 0;
            for (int i = 0; i < p.n(); i++) {
                double c0 = Linalg.dot(x0, i * d, unit, 0, d);
                double denominator = Math.cosh(a) - c0 * Math.sinh(a);
                double coefficient = c0 * (Math.cosh(a) - 1) - Math.sinh(a);
                double s = 0;
                for (int k = 0; k < d; k++) {
                    double exact = (x0[i * d + k] + coefficient * unit[k]) / denominator;
                    s += (x[i * d + k] - exact) * (x[i * d + k] - exact);
                }
                worst = Math.max(worst, Math.sqrt(s));
                double along = Math.tanh(atanh(c0) - a);
                worst = Math.max(worst, Math.abs(Linalg.dot(x, i * d, unit, 0, d) - along));
            }
            return worst;
        }
    }

    private static double atanh(double c) {
        return 0.5 * Math.log((1 + c) / (1 - c));
    }

    @Test
    void theSplittingSchemeIsTheExactFlow() {
        for (int d : new int[] {3, 4}) {
            for (double t : new double[] {0.5, 2}) {
                assertNear("splitting d=" + d + " t=" + t + ": max |x - Mobius flow|", maxError(d, Scheme.SPLITTING,
                        0.01, t), 0, 1e-12);
            }
        }
    }

    @Test
    void heunConvergesAtSecondOrder() {
        // Max error over 400 tokens at t = 1, d = 3: measured 3.6·10⁻⁵ at h = 0.01; allowed 4× that.
        double coarse = maxError(3, Scheme.HEUN, 0.01, 1);
        double fine = maxError(3, Scheme.HEUN, 0.005, 1);
        assertNear("heun d=3: max error at h=0.01", coarse, 0, 4 * 3.6e-5);
        assertNear("heun d=3: error ratio h=0.01 / h=0.005", coarse / fine, 4, 0.5);
    }

    @Test
    void everyTokenEndsOppositeTheBias() {
        // tanh(artanh c_0 − 1.3·30) + 1 ≤ 2e^{−2(39 − artanh c_0)}: below rounding unless c_0 > 1 − 10⁻¹⁵.
        Params p = params(3, Scheme.SPLITTING, 0.01);
        double[] unit = p.biasDirection();
        try (Simulation sim = new Simulation(p, 1)) {
            sim.advanceTo(30);
            double worst = 0;
            for (int i = 0; i < p.n(); i++) {
                worst = Math.max(worst, 1 + Linalg.dot(sim.positions(), i * 3, unit, 0, 3));
            }
            assertNear("max over tokens of 1 + <x_30, v/|v|>", worst, 0, 1e-12);
        }
    }
}
