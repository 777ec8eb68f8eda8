package org.tokensphere.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tokensphere.model.Replicas.assertAtMost;

import org.junit.jupiter.api.Test;

/**
 * The vectorized exponential of {@link AttentionWeights} against {@code Math.exp}, whose own error is below one ulp
 * (relative {@code 2^−52 ≈ 2.2·10⁻¹⁶}), so each check allows the stated bound plus that. Nothing is random: the
 * arguments are a fine grid and the interval ends.
 */
class AttentionWeightsTest {
    private static final double MATH_EXP_ERROR = 0x1p-52;

    @Test
    void polynomialIsWithinItsBoundOnTheWholeInterval() {
        double worst = 0;
        int points = 200_000;
        for (int k = 0; k <= points; k++) {
            double r = -0.125 + 0.25 * k / points;
            worst = Math.max(worst, Math.abs(AttentionWeights.polynomial(r) / Math.exp(r) - 1));
        }
        assertAtMost("max |p(r)/e^r - 1| on [-1/8, 1/8]", worst,
                AttentionWeights.POLYNOMIAL_ERROR + MATH_EXP_ERROR);
    }

    @Test
    void weightsAreWithinTheStatedBoundForEveryTemperature() {
        for (double beta : new double[] {0.01, 0.125, 0.3, 1, 2, 9, 30, 100}) {
            int m = AttentionWeights.squarings(beta);
            assertEquals(true, Math.scalb(1.0, m) >= 8 * beta && (m == 0 || Math.scalb(1.0, m - 1) < 8 * beta),
                    "2^m is the first power of two at or above 8 beta");
            double a = AttentionWeights.slope(beta);
            int points = 20_001;
            double[] w = new double[points];
            double[] r = new double[points];
            for (int k = 0; k < points; k++) {
                double dot = -1 + 2.0 * k / (points - 1);
                r[k] = Math.fma(dot, a, 0.125 - a);
                w[k] = r[k];
            }
            AttentionWeights.evaluate(w, 0, points, m);
            double worst = 0;
            for (int k = 0; k < points; k++) {
                // 2^m r is exact in floating point: the reference sees the same argument as the kernel.
                worst = Math.max(worst, Math.abs(w[k] / Math.exp(Math.scalb(r[k], m)) - 1));
                assertEquals(true, Double.isFinite(w[k]) && w[k] > 0, "finite positive weight");
            }
            assertAtMost("beta=" + beta + " (m=" + m + "): max relative error of the weights", worst,
                    AttentionWeights.relativeErrorBound(beta) + MATH_EXP_ERROR);
            // The factor relating the weights to e^{beta dot}.
            double dot = 0.3;
            double expected = Math.exp(beta * dot + AttentionWeights.logFactor(beta));
            double[] one = {Math.fma(dot, a, 0.125 - a)};
            AttentionWeights.evaluate(one, 0, 1, m);
            assertEquals(expected, one[0], expected * (AttentionWeights.relativeErrorBound(beta) + 1e-15 * (1 + beta)),
                    "w = e^{beta dot + logFactor} at beta = " + beta);
        }
    }
}
