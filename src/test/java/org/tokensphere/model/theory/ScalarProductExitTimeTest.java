package org.tokensphere.model.theory;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The exact mean exit time of MATH.md §9 ({@link ScalarProductExitTime}) checked without the simulator: it must
 * solve the backward equation {@code ½ a T'' + b T' = −1} with {@code T(ℓ) = 0} (second differences at interior
 * points, step 10⁻³, truncation error ~10⁻⁶ relative to T''), and agree with an independent evaluation of the same
 * double integral (SciPy's QUADPACK, relative 10⁻¹², the values in {@code REFERENCE}).
 */
class ScalarProductExitTimeTest {
    /** d, σ_Q, σ_b, E τ from −1 to 0 (SciPy quad, nested, epsrel 1e-12). */
    private static final double[][] REFERENCE = {
        {3, 1, 1, 0.27900467794050127},
        {2, 1, 0.5, 1.482167697066397},
        {10, 1, 0.05, 5.480957017224744},
        {3, 1, 0.05, 14.007457656053536},
    };

    @Test
    void agreesWithAnIndependentEvaluation() {
        for (double[] r : REFERENCE) {
            double t = ScalarProductExitTime.mean((int) r[0], r[1], r[2], -1, 0);
            assertEquals(r[3], t, 1e-9 * r[3], "d=" + r[0] + " sigmaB=" + r[2]);
        }
    }

    @Test
    void solvesTheBackwardEquation() {
        for (int d : new int[] {2, 3, 10}) {
            double sq = 1;
            double sb = 0.7;
            double q = 2 * sq * sq;
            double c = sb * sb;
            for (double x : new double[] {-0.8, -0.4, -0.1}) {
                double h = 1e-3;
                double tm = ScalarProductExitTime.mean(d, sq, sb, x - h, 0);
                double t0 = ScalarProductExitTime.mean(d, sq, sb, x, 0);
                double tp = ScalarProductExitTime.mean(d, sq, sb, x + h, 0);
                double first = (tp - tm) / (2 * h);
                double second = (tp - 2 * t0 + tm) / (h * h);
                double b = -2 * sq * sq * x * (1 - x * x) + c * (1 - x) * (d - 2 - x);
                double a = 2 * (1 - x) * (1 - x) * (1 + x) * (q * (1 + x) + c);
                assertEquals(-1, 0.5 * a * second + b * first, 1e-4, "d=" + d + " rho=" + x);
            }
            assertEquals(0, ScalarProductExitTime.mean(d, sq, sb, 0, 0), 0);
        }
    }

    @Test
    void needsABias() {
        assertThrows(IllegalArgumentException.class, () -> ScalarProductExitTime.mean(3, 1, 0, -1, 0));
    }
}
