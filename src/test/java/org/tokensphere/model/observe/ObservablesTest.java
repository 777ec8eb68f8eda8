package org.tokensphere.model.observe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.UnitSphereSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class ObservablesTest {

    /** n tokens, each a copy of the unit vector u. */
    static double[] repeat(double[] u, int n) {
        double[] x = new double[n * u.length];
        for (int i = 0; i < n; i++) {
            System.arraycopy(u, 0, x, i * u.length, u.length);
        }
        return x;
    }

    static double[] concat(double[] a, double[] b) {
        double[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static double[] unit(double... v) {
        double norm = Math.sqrt(Arrays.stream(v).map(c -> c * c).sum());
        return Arrays.stream(v).map(c -> c / norm).toArray();
    }

    static double[] negate(double[] v) {
        return Arrays.stream(v).map(c -> -c).toArray();
    }

    /** n independent uniform points on S^{d-1}. */
    static double[] uniform(int n, int d, long seed) {
        UnitSphereSampler sphere = UnitSphereSampler.of(RandomSource.XO_RO_SHI_RO_128_PP.create(seed), d);
        double[] x = new double[n * d];
        for (int i = 0; i < n; i++) {
            System.arraycopy(sphere.sample(), 0, x, i * d, d);
        }
        return x;
    }

    @Test
    void polarOrderIsOneForEqualTokensAndZeroForAntipodalPairs() {
        double[] u = unit(0.6, 0, 0.8);
        assertEquals(1.0, Observables.polarOrder(repeat(u, 5), 5, 3), 1e-15);
        double[] y = uniform(10, 4, 11L);
        double[] x = new double[80];
        for (int i = 0; i < 10; i++) {
            System.arraycopy(y, 4 * i, x, 8 * i, 4);
            System.arraycopy(negate(Arrays.copyOfRange(y, 4 * i, 4 * i + 4)), 0, x, 8 * i + 4, 4);
        }
        assertEquals(0.0, Observables.polarOrder(x, 20, 4), 1e-15);
    }

    @Test
    void nematicOrderIsOneWithThePoleAxisForTokensOnTwoPoles() {
        double[] u = unit(1, -2, 0.5, 0);
        // Largest |component| is the second, negative in u: the axis is −u.
        double[] expectedAxis = negate(u);
        double[] manyTokens = concat(repeat(u, 3), repeat(negate(u), 4)); // n = 7 ≥ d: d×d path
        double[] fewTokens = concat(repeat(u, 2), repeat(negate(u), 1));  // n = 3 < d: Gram path
        double[] before = manyTokens.clone();
        Nematic many = Observables.nematic(manyTokens, 7, 4);
        Nematic few = Observables.nematic(fewTokens, 3, 4);
        assertArrayEquals(before, manyTokens, "input unchanged");
        assertEquals(1.0, many.order(), 1e-12);
        assertEquals(1.0, few.order(), 1e-12);
        assertArrayEquals(expectedAxis, many.axis(), 1e-12);
        assertArrayEquals(expectedAxis, few.axis(), 1e-12);
    }

    @Test
    void nematicOfTwoTokensMatchesTheClosedForm() {
        // Two unit vectors with ⟨x1,x2⟩ = c: Q = (x1x1ᵀ + x2x2ᵀ)/2 has λ_max = (1+c)/2 along x1+x2.
        double c = 0.6;
        double s = Math.sqrt(1 - c * c);
        double[] inPlane = {1, 0, c, s};
        double[] inFive = {0, 0, 1, 0, 0, 0, 0, c, 0, -s}; // n = 2 < d = 5: Gram path
        Nematic plane = Observables.nematic(inPlane, 2, 2);
        Nematic five = Observables.nematic(inFive, 2, 5);
        assertEquals((1 + c) / 2, plane.order(), 1e-14);
        assertEquals((1 + c) / 2, five.order(), 1e-14);
        assertArrayEquals(unit(1 + c, s), plane.axis(), 1e-14);
        assertArrayEquals(unit(0, 0, 1 + c, 0, -s), five.axis(), 1e-14);
    }

    @Test
    void nematicAxisSignConventionPicksLowestIndexOnTies() {
        double[] u = unit(-1, 1);
        Nematic nematic = Observables.nematic(repeat(u, 3), 3, 2);
        assertArrayEquals(unit(1, -1), nematic.axis(), 1e-15);
        double[] copy = nematic.axis();
        copy[0] = 42;
        assertEquals(unit(1, -1)[0], nematic.axis()[0], 1e-15, "axis is defensively copied");
    }

    @Test
    void nematicOrderOfUniformPointsIsOneOverD() {
        // Q = (1/N)Σ x xᵀ has trace 1, so S = λ_max ≥ 1/d exactly, and S − 1/d ≤ ‖Q − I/d‖_F with
        // E‖Q − I/d‖_F² = (E‖xxᵀ‖_F² − 1/d)/N = (1 − 1/d)/N =: σ². ‖Q − I/d‖_F²/σ² is asymptotically
        // a convex combination of χ²_1 variables, whose tail beyond 16 is at most that of one χ²_1
        // (Székely & Bakirov 2003), i.e. a 4σ normal event, p ≤ 6e-5. Seeds 2024 and 2025.
        int[][] cases = {{3, 20_000}, {10, 5_000}};
        long seed = 2024;
        for (int[] c : cases) {
            int d = c[0];
            int n = c[1];
            double[] x = uniform(n, d, seed++);
            Nematic nematic = Observables.nematic(x, n, d);
            double sigma = Math.sqrt((1 - 1.0 / d) / n);
            assertTrue(nematic.order() >= 1.0 / d - 1e-12, "S ≥ 1/d, got " + nematic.order());
            assertTrue(nematic.order() <= 1.0 / d + 4 * sigma, "S within 4σ of 1/d, got " + nematic.order());
            assertEigenpair(x, n, d, nematic);
        }
    }

    /** Checks Q·axis = S·axis and |axis| = 1 directly from the definition of Q. */
    private static void assertEigenpair(double[] x, int n, int d, Nematic nematic) {
        double[] a = nematic.axis();
        double[] qa = new double[d];
        for (int i = 0; i < n; i++) {
            double proj = 0;
            for (int k = 0; k < d; k++) {
                proj += x[i * d + k] * a[k];
            }
            for (int k = 0; k < d; k++) {
                qa[k] += x[i * d + k] * proj / n;
            }
        }
        double norm2 = 0;
        for (int k = 0; k < d; k++) {
            assertEquals(nematic.order() * a[k], qa[k], 1e-12);
            norm2 += a[k] * a[k];
        }
        assertEquals(1.0, norm2, 1e-14);
    }

    @Test
    void dotIsTheScalarProductOfTwoTokens() {
        double[] x = {1, 0, 0, 0.6, 0.8, 0, 0, 0, -1};
        assertEquals(0.6, Observables.dot(x, 3, 0, 1), 0);
        assertEquals(0.0, Observables.dot(x, 3, 1, 2), 0);
        assertEquals(1.0, Observables.dot(x, 3, 2, 2), 0);
    }

    @Test
    void attentionEnergyMatchesTheDirectDoubleSum() {
        int n = 7;
        int d = 4;
        double[] x = uniform(n, d, 99L);
        for (double beta : new double[] {0.3, 1, 4}) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    sum += Math.exp(beta * Observables.dot(x, d, i, j));
                }
            }
            double direct = sum / (2 * beta * n * n);
            assertEquals(direct, Observables.attentionEnergy(x, n, d, beta), 1e-13 * direct);
        }
    }

    @Test
    void attentionEnergyLimits() {
        int n = 7;
        int d = 4;
        double[] x = uniform(n, d, 100L);
        double r = Observables.polarOrder(x, n, d);
        double meanDot = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                meanDot += Observables.dot(x, d, i, j) / (n * n);
            }
        }
        // β = 0: the finite part r²/2 = (1/(2N²))Σ_ij ⟨x_i,x_j⟩.
        assertEquals(r * r / 2, Observables.attentionEnergy(x, n, d, 0), 1e-15);
        assertEquals(meanDot / 2, Observables.attentionEnergy(x, n, d, 0), 1e-14);
        // Small β: E_β − 1/(2β) = r²/2 + (β/4)·mean(ρ²) + O(β²), and mean(ρ²) ≤ 1.
        double beta = 1e-6;
        assertEquals(r * r / 2, Observables.attentionEnergy(x, n, d, beta) - 1 / (2 * beta), 1e-6);
        // One cluster: every term is e^β.
        assertEquals(Math.exp(3) / 6, Observables.attentionEnergy(repeat(unit(1, 2, 2), 5), 5, 3, 3), 1e-14);
        // Orthonormal tokens: E = (N e^β + N(N−1))/(2βN²), also beyond where e^β overflows (β > 709.78).
        int m = 50;
        double[] basis = new double[m * m];
        for (int i = 0; i < m; i++) {
            basis[i * m + i] = 1;
        }
        for (double big : new double[] {650, 700, 705, 720}) {
            double expected = Math.exp(big - Math.log(2 * big * m)) + (m - 1) / (2 * big * m);
            assertEquals(expected, Observables.attentionEnergy(basis, m, m, big), 1e-11 * expected);
        }
    }

    @Test
    void clusterCountFindsSeparatedGroupsAndRespectsTheCap() {
        // Three groups around e1, e2, −e1, interleaved in token order; jitter ≤ 0.02 per component,
        // so members are within 0.03 rad of their centre: ⟨,⟩ > 0.99 inside, < 0.1 across; δ = 0.1. Seed 5.
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(5L);
        double[][] centres = {{1, 0, 0}, {0, 1, 0}, {-1, 0, 0}};
        int n = 60;
        double[] x = new double[n * 3];
        for (int i = 0; i < n; i++) {
            double[] c = centres[i % 3];
            double[] p = unit(c[0] + 0.04 * (rng.nextDouble() - 0.5), c[1] + 0.04 * (rng.nextDouble() - 0.5),
                    c[2] + 0.04 * (rng.nextDouble() - 0.5));
            System.arraycopy(p, 0, x, 3 * i, 3);
        }
        assertEquals(3, Observables.clusterCount(x, n, 3, 0.1, 10));
        assertEquals(3, Observables.clusterCount(x, n, 3, 0.1, 3));
        assertEquals(3, Observables.clusterCount(x, n, 3, 0.1, 2), "2 = cap, 3 = 'more than 2'");
        assertEquals(1, Observables.clusterCount(x, n, 3, 0.1, 0));
        assertEquals(1, Observables.clusterCount(x, n, 3, 2.5, 10), "δ > 2 joins everything");
        assertEquals(11, Observables.clusterCount(x, n, 3, 1e-9, 10), "every token alone, capped");
        assertEquals(0, Observables.clusterCount(x, 0, 3, 0.1, 10));
    }
}
