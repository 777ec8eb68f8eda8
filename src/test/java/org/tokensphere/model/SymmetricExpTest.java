package org.tokensphere.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@link SymmetricExp} against the eigendecomposition {@code exp(−A) = V e^{−Λ} Vᵀ} ({@link Linalg#expNeg}, EJML):
 * for GOE increments {@code √h (Z + Zᵀ)/√2} of every size the simulator meets (d = 2…100, h = 10⁻⁴…1, so
 * spectral radii from 0.02 to 25 and 0 to 6 squarings) and for deterministic steps {@code hM}, the largest entry of
 * the difference is at most {@code 2e-14·|E|_max} while {@code ρ ≤ 8} (every step of σ_Q = 1, h ≤ 0.1, d ≤ 100),
 * and at most {@code 1e-13·|E|_max} beyond. Both sides round: the eigendecomposition alone is accurate to about
 * {@code 10 d u |E|} (u = 1.1e-16), and the Taylor product chain ({@code 6 + s} products of {@code d}-term sums)
 * about the same times {@code 2^s}, the growth of relative errors under {@code s} squarings; measured at most
 * 1.1e-14 for {@code ρ ≤ 8} and 4.4e-14 at {@code ρ = 25}. Seeded (seed 7); nothing here is random at run time.
 */
class SymmetricExpTest {
    /** Tolerance while the spectral radius bound is at most {@link #MODERATE}, and beyond it. */
    private static final double TOLERANCE = 2e-14;
    private static final double TOLERANCE_LARGE = 1e-13;
    private static final double MODERATE = 8;

    @Test
    void matchesTheEigendecomposition() {
        Gaussians g = new Gaussians(Seeds.stream(7, 99, 0));
        int[] dims = {2, 3, 5, 10, 33, 64, 100};
        double[] steps = {1e-4, 1e-2, 0.1, 1};
        int maxSquarings = 0;
        for (int d : dims) {
            SymmetricExp exp = new SymmetricExp(d);
            Linalg linalg = new Linalg(d);
            for (double h : steps) {
                for (int rep = 0; rep < 3; rep++) {
                    double[] a = goe(d, h, g);
                    double error = compare(exp, linalg, a, d, "d = " + d + ", h = " + h);
                    double tolerance = exp.spectralBound() <= MODERATE ? TOLERANCE : TOLERANCE_LARGE;
                    assertTrue(error <= tolerance, "d = " + d + ", h = " + h + ", rho <= " + exp.spectralBound()
                            + ": largest relative difference " + error);
                    maxSquarings = Math.max(maxSquarings, exp.squarings());
                }
            }
        }
        assertTrue(maxSquarings >= 4, "the squaring phase was exercised: " + maxSquarings);
    }

    @Test
    void spectralBoundHoldsAndIsTight() {
        Gaussians g = new Gaussians(Seeds.stream(7, 98, 0));
        for (int d : new int[] {3, 64}) {
            SymmetricExp exp = new SymmetricExp(d);
            Linalg linalg = new Linalg(d);
            double[] values = new double[d];
            double[] vectors = new double[d * d];
            for (int rep = 0; rep < 20; rep++) {
                double[] a = goe(d, 0.01, g);
                exp.expNeg(a, new double[d][d], null);
                linalg.symmetricEigen(a, values, vectors);
                double radius = Math.max(-values[0], values[d - 1]);
                assertTrue(exp.spectralBound() >= radius * (1 - 1e-12), "bound " + exp.spectralBound() + " < "
                        + radius);
                // |A⁴|_F^{1/4} exceeds the radius by at most d^{1/8} (1.7 at d = 64).
                assertTrue(exp.spectralBound() <= radius * Math.pow(d, 0.125) * (1 + 1e-12), "bound too loose");
            }
        }
    }

    @Test
    void deterministicStepsAndTheParallelProductsAgree() {
        int d = 128; // products are split over the pool from d = 128 on
        double[] m = Matrices.build(MatrixSpec.goe(3), d);
        double[] a = new double[d * d];
        for (int k = 0; k < a.length; k++) {
            a[k] = 0.01 * m[k];
        }
        SymmetricExp exp = new SymmetricExp(d);
        compare(exp, new Linalg(d), a, d, "h M");
        double[][] one = new double[d][d];
        double[][] three = new double[d][d];
        exp.expNeg(a, one, null);
        try (Parallel parallel = new Parallel(3)) {
            exp.expNeg(a, three, parallel);
        }
        for (int i = 0; i < d; i++) {
            assertArrayEquals(one[i], three[i], 0, "row " + i + ", one thread vs three");
        }
    }

    private static double compare(SymmetricExp exp, Linalg linalg, double[] a, int d, String what) {
        double[][] rows = new double[d][d];
        exp.expNeg(a, rows, null);
        double[] reference = new double[d * d];
        linalg.expNeg(a, 1, reference);
        double max = 0;
        double diff = 0;
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                max = Math.max(max, Math.abs(reference[i * d + j]));
                diff = Math.max(diff, Math.abs(rows[i][j] - reference[i * d + j]));
                assertTrue(rows[i][j] == rows[j][i], what + ": symmetric");
            }
        }
        return diff / max;
    }

    private static double[] goe(int d, double h, Gaussians g) {
        double[] z = new double[Gaussians.symmetricEntries(d)];
        g.fill(z, z.length);
        double[] a = new double[d * d];
        Gaussians.addGoe(z, Math.sqrt(h), a, d);
        return a;
    }
}
