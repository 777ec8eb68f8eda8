package org.tokensphere.model;

import static org.tokensphere.model.Replicas.assertNear;

import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * Strong convergence of the per-token kernels (MATH.md §6) to exact solutions, not to themselves at a finer
 * step ({@link HeunConvergenceTest} measures the orders that way, for non-commutative noise where no exact solution is
 * known).
 *
 * <p><b>Strong, against the exact solution.</b> When the noise is commutative the Stratonovich equation is solved
 * exactly by the chain rule: for {@code ΔQ = h·M + σ ΔB·A} with {@code A, M} commuting and one Brownian motion
 * {@code B}, {@code Φ_t = e^{−(tM + σB_t A)}} and {@code x_T = Φ_T x_0/|Φ_T x_0|}; for a bias along one direction,
 * {@code ΔL = (h|v| + σ_b ΔB) ŵ}, {@code x_T} is the Möbius map of MATH.md §6 with {@code a = T|v| + σ_b B_T}. The
 * splitting scheme composes exactly these exponentials and Möbius maps (each a one-parameter group here), so it
 * must match to rounding (allowed 10⁻¹², measured 1.5·10⁻¹⁴). Heun has strong order 1 for commutative noise (an
 * Itô-type scheme would not converge to this solution at all): the slope of {@code log E|X_h − x_T|} on
 * {@code log h}, {@code h = 2⁻⁵ … 2⁻⁸}, {@code T = 1}, is 1 within 4σ (delta method over the paths, as in
 * {@link LogLogSlope}) plus 0.08 for the next term of the error expansion, which bends the line at the coarse end
 * (local slopes measured 0.90–1.05 on these paths and on 2000 others; 0.81–0.89 from {@code 2⁻⁴}).
 *
 * <p>Weak convergence to the exact one-point law: {@link ExactWeakConvergenceTest}.
 */
class ExactConvergenceTest {
    private static final int D = 3;
    private static final int FINE = 8;
    private static final int[] COARSE = {5, 6, 7, 8};
    private static final int PATHS = 500;
    /** Eigenvalues of {@code A} and of {@code M} in the common eigenbasis, the columns of a Householder reflection. */
    private static final double[] NOISE_EIGENVALUES = {1, -0.5, 0.2};
    private static final double[] DRIFT_EIGENVALUES = {0.4, 0.1, -0.3};
    private static final double[] V = {1, 2, 3};
    private static final double SIGMA = 0.9;
    private static final double BIAS_STRENGTH = 0.7;

    private static double[] eigenvector(int k) {
        return Householder.column(V, k);
    }

    /**
     * One path: its Brownian increments on {@code 2^FINE} steps and a random start; per scheme and coarse step the
     * distance to the exact solution at {@code T = 1}. Columns: splitting at each coarse step, then Heun.
     */
    private static double[] commutingPath(int index, boolean quadratic) {
        ContinuousSampler normal = ZigguratSampler.NormalizedGaussian.of(
                RandomSource.XO_RO_SHI_RO_128_PP.create(90_000L + index + (quadratic ? 0 : 50_000)));
        int fine = 1 << FINE;
        double[] dB = new double[fine];
        double b = 0;
        for (int k = 0; k < fine; k++) {
            dB[k] = Math.sqrt(1.0 / fine) * normal.sample();
            b += dB[k];
        }
        double[] x0 = {normal.sample(), normal.sample(), normal.sample()};
        Linalg.normalize(x0, 0, D);
        double[] exact = quadratic ? exactQuadratic(x0, b) : exactBias(x0, b);
        double[] a = Householder.matrix(V, NOISE_EIGENVALUES);
        double[] m = Householder.matrix(V, DRIFT_EIGENVALUES);
        double[] unit = V.clone();
        Linalg.normalize(unit, 0, D);
        Params p = Params.defaults().toBuilder().d(D).build();
        SymmetricExp exp = new SymmetricExp(D);
        TokenKernels.Scratch scratch = new TokenKernels.Scratch(D);
        double[] out = new double[2 * COARSE.length];
        for (int scheme = 0; scheme < 2; scheme++) {
            boolean heun = scheme == 1;
            for (int q = 0; q < COARSE.length; q++) {
                int steps = 1 << COARSE[q];
                int group = fine / steps;
                double h = 1.0 / steps;
                StepInputs in = new StepInputs(D);
                in.h = h;
                double[] x = x0.clone();
                for (int k = 0; k < steps; k++) {
                    double db = 0;
                    for (int j = 0; j < group; j++) {
                        db += dB[k * group + j];
                    }
                    for (int i = 0; i < D * D; i++) {
                        in.dQ[i] = quadratic ? h * m[i] + SIGMA * db * a[i] : 0;
                    }
                    for (int i = 0; i < D; i++) {
                        in.dL[i] = quadratic ? 0 : (h * BIAS_STRENGTH + SIGMA * db) * unit[i];
                    }
                    in.derive(p, exp, !heun, heun, null);
                    if (heun) {
                        TokenKernels.heun(x, 0, in, null, null, scratch);
                    } else {
                        TokenKernels.splitting(x, 0, in, null, null, scratch);
                    }
                }
                double s = 0;
                for (int i = 0; i < D; i++) {
                    s += (x[i] - exact[i]) * (x[i] - exact[i]);
                }
                out[scheme * COARSE.length + q] = Math.sqrt(s);
            }
        }
        return out;
    }

    /** {@code e^{−(M + σB A)}x_0/|·|} from the common eigenbasis. */
    private static double[] exactQuadratic(double[] x0, double b) {
        double[] y = new double[D];
        for (int k = 0; k < D; k++) {
            double[] e = eigenvector(k);
            double c = Linalg.dot(e, 0, x0, 0, D) * Math.exp(-(DRIFT_EIGENVALUES[k] + SIGMA * b * NOISE_EIGENVALUES[k]));
            for (int i = 0; i < D; i++) {
                y[i] += c * e[i];
            }
        }
        Linalg.normalize(y, 0, D);
        return y;
    }

    /** The Möbius map with {@code a = |v| + σ B_1} along {@code ŵ = V/|V|}. */
    private static double[] exactBias(double[] x0, double b) {
        double[] unit = V.clone();
        Linalg.normalize(unit, 0, D);
        double a = BIAS_STRENGTH + SIGMA * b;
        double c = Linalg.dot(x0, 0, unit, 0, D);
        double[] y = new double[D];
        for (int i = 0; i < D; i++) {
            y[i] = (x0[i] + (c * (Math.cosh(a) - 1) - Math.sinh(a)) * unit[i]) / (Math.cosh(a) - c * Math.sinh(a));
        }
        return y;
    }

    private static void checkCommuting(String what, boolean quadratic) {
        double[][] rows = Replicas.run(PATHS, r -> commutingPath(r, quadratic));
        int c = COARSE.length;
        double worst = 0;
        for (double[] row : rows) {
            for (int q = 0; q < c; q++) {
                worst = Math.max(worst, row[q]);
            }
        }
        assertNear(what + ": splitting, max |X_h - x_T| over paths and steps", worst, 0, 1e-12);
        double[] h = new double[c];
        for (int q = 0; q < c; q++) {
            h[q] = Math.pow(2, -COARSE[q]);
            System.out.printf("  %s heun h=2^-%d: E|X_h - x_T| = %.3e%n", what, COARSE[q], Replicas.mean(rows, c + q));
        }
        LogLogSlope fit = LogLogSlope.ofPaths(h, rows, c);
        assertNear(what + ": Heun strong order against the exact solution, sigma " + fit.sigma(), fit.slope(), 1,
                4 * fit.sigma() + 0.05);
    }

    @Test
    void commutingQuadraticNoise() {
        // 500 paths, seeds 90 000 + path; A = H diag(1, −0.5, 0.2) H, M = H diag(0.4, 0.1, −0.3) H, σ = 0.9.
        checkCommuting("commuting quadratic", true);
    }

    @Test
    void biasAlongOneDirection() {
        // 500 paths, seeds 140 000 + path; |v| = 0.7, σ_b = 0.9, ŵ = (1, 2, 3)/√14.
        checkCommuting("bias along one direction", false);
    }
}
