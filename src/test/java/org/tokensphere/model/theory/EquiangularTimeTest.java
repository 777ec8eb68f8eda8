package org.tokensphere.model.theory;

import org.junit.jupiter.api.Test;
import org.tokensphere.model.AttentionKind;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The equiangular transition time (MATH.md §9) for N = 32 from ρ₀ = 0 to 0.999: in closed form at β = 0
 * ({@code F = (1−ρ)(31ρ+1)/16}, so {@code T = ½ log(31.969/0.001)} = 5.186), the values of SciPy's QUADPACK at
 * β = 5, 6, 8 (9.5443, 15.9953, 73.4457; MATH.md quotes them as 9.5, 16 and 73), and an independent classical RK4
 * integration of {@code ρ' = F(ρ)} (step 10⁻³, error far below 10⁻⁶) for SA and USA.
 */
class EquiangularTimeTest {
    @Test
    void quotedValuesOfTheFigureThreeCurve() {
        assertEquals(0.5 * Math.log(31.969 / 0.001), EquiangularTime.time(AttentionKind.SA, 32, 1, 0, 0, 0.999),
                1e-9);
        assertEquals(9.544329203520185, EquiangularTime.time(AttentionKind.SA, 32, 1, 5, 0, 0.999), 1e-8);
        assertEquals(15.995313549204434, EquiangularTime.time(AttentionKind.SA, 32, 1, 6, 0, 0.999), 1e-8);
        assertEquals(73.44567591095345, EquiangularTime.time(AttentionKind.SA, 32, 1, 8, 0, 0.999), 1e-7);
    }

    @Test
    void agreesWithRungeKutta() {
        for (AttentionKind kind : new AttentionKind[] {AttentionKind.SA, AttentionKind.USA}) {
            double beta = 2;
            int n = 8;
            double rho = 0.1;
            double t = 0;
            double h = 1e-3;
            while (t < 1 - 1e-12) {
                double k1 = EquiangularTime.rate(kind, n, beta, rho);
                double k2 = EquiangularTime.rate(kind, n, beta, rho + h / 2 * k1);
                double k3 = EquiangularTime.rate(kind, n, beta, rho + h / 2 * k2);
                double k4 = EquiangularTime.rate(kind, n, beta, rho + h * k3);
                rho += h / 6 * (k1 + 2 * k2 + 2 * k3 + k4);
                t += h;
            }
            assertEquals(1, EquiangularTime.time(kind, n, 1, beta, 0.1, rho), 1e-6, kind.toString());
        }
    }
}
