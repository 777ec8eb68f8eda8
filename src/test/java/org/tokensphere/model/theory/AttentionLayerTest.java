package org.tokensphere.model.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * One long-context attention layer (MATH.md §8; Rigollet (2025), §6.3, Theorem 7). Nothing is random. The reduced
 * formula is exact algebra, so real vectors must give it to rounding (1e-12: sums of at most 4096 terms of size
 * 1 in double precision err by about 10⁻¹³). The limits are approached as {@code n} grows on each side of and at
 * the critical {@code γ = 1/(1 − ρ)}; the distance to the limit is compared with its leading term
 * ({@code (1−ρ)/ρ · n^{2(κ−1)}} below, {@code (1−ρ)/ρ · n^{−κ}}-sized above, with {@code κ = γ(1−ρ)}).
 */
class AttentionLayerTest {
    @Test
    void realVectorsGiveTheReducedFormula() {
        double worst = 0;
        for (int n : new int[] {2, 3, 10, 100, 1000, 4096}) {
            for (double rho : new double[] {0.05, 0.3, 0.5, 0.9}) {
                for (double gamma : new double[] {0.2, 1, 1 / (1 - rho), 3, 8}) {
                    double vectors = AttentionLayer.fromVectors(n, rho, gamma, n + 1 + (n % 3));
                    double reduced = AttentionLayer.reduced(n, rho, gamma);
                    worst = Math.max(worst, Math.abs(vectors - reduced));
                    assertEquals(reduced, vectors, 1e-12, "n=" + n + " rho=" + rho + " gamma=" + gamma);
                }
            }
        }
        System.out.printf("largest |cosOut(vectors) - cosOut(reduced)| = %.3g%n", worst);
    }

    @Test
    void subcriticalContractsToOne() {
        // rho = 0.5, gamma_c = 2; gamma = 1.5: kappa = 0.75, 1 - cos ~ (1-rho)/rho n^{-0.5}.
        approach(0.5, 1.5, 1, -0.5);
    }

    @Test
    void supercriticalKeepsRho() {
        // gamma = 3: kappa = 1.5; cos - rho ~ n^{-0.5} (the 2b term against a ~ 1 and the n b^2 term, n^{1-2kappa}).
        approach(0.5, 3, 0.5, -0.5);
    }

    @Test
    void criticalGivesFourRhoOverOnePlusThreeRho() {
        // gamma = gamma_c: (n-1)b/a = (n-1)/n, a -> 1/2: the distance to 4rho/(1+3rho) = 0.8 shrinks like 1/n.
        approach(0.5, 2, 0.8, -1);
        approach(0.2, 1.25, 0.8 / 1.6, -1);
    }

    /**
     * The distance to {@code limit} at {@code n = 10^2 … 10^9} falls at every step, and the ratio between
     * consecutive decades matches {@code 10^{slope}} within 20% at the last decades (the leading term).
     */
    private static void approach(double rho, double gamma, double limit, double slope) {
        assertEquals(limit, AttentionLayer.limit(rho, gamma), 1e-15);
        double previous = Double.NaN;
        double ratio = Double.NaN;
        for (int e = 2; e <= 9; e++) {
            double n = Math.pow(10, e);
            double distance = Math.abs(AttentionLayer.reduced(n, rho, gamma) - limit);
            System.out.printf("rho=%.2f gamma=%.3f n=1e%d: |cos - limit| = %.3g%n", rho, gamma, e, distance);
            if (!Double.isNaN(previous)) {
                assertTrue(distance < previous, "distance falls with n at n = 1e" + e);
                ratio = distance / previous;
            }
            previous = distance;
        }
        assertEquals(Math.pow(10, slope), ratio, 0.2 * Math.pow(10, slope), "decade ratio of the distance");
    }
}
