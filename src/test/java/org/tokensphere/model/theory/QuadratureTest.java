package org.tokensphere.model.theory;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The adaptive Gauss–Kronrod rule on integrals with known values: smooth, sharply peaked, singular at an end. */
class QuadratureTest {
    @Test
    void integratesSmoothPeakedAndEndSingularFunctions() {
        assertEquals(Math.E - 1, Quadrature.integrate(Math::exp, 0, 1, 0, 1e-13), 1e-13);
        // A peak of width 1e-3: ∫ 1/(1e-6 + x²) over [−1, 1] = 2000 atan(1000).
        assertEquals(2000 * Math.atan(1000), Quadrature.integrate(x -> 1 / (1e-6 + x * x), -1, 1, 0, 1e-12),
                1e-8 * 2000 * Math.atan(1000));
        // x^(−1/2) on (0, 1]: the rule never evaluates the end; the singular end converges by bisection.
        assertEquals(2, Quadrature.integrate(x -> 1 / Math.sqrt(x), 0, 1, 0, 1e-9), 1e-8);
        assertEquals(0, Quadrature.integrate(Math::sin, -2, 2, 1e-14, 1e-12), 1e-14);
        assertEquals(-(Math.E - 1), Quadrature.integrate(Math::exp, 1, 0, 0, 1e-13), 1e-13);
    }

    @Test
    void saysWhenItCannotReachTheTarget() {
        assertThrows(ArithmeticException.class, () -> Quadrature.integrate(x -> 1 / x, 0, 1, 0, 1e-10));
    }
}
