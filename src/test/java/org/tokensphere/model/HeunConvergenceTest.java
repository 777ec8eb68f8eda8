package org.tokensphere.model;

import static org.tokensphere.model.Replicas.assertAtMost;
import static org.tokensphere.model.Replicas.assertNear;

import java.util.Arrays;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Convergence of the per-token kernels (MATH.md §6) on given Brownian paths: every term on at once in
 * {@code d = 3} (shared quadratic noise {@code 0.7 ΔG} plus drift {@code hM}, private quadratic noise
 * {@code 0.5 ΔG_i}, bias {@code 0.5 ΔW} plus drift {@code hv}, independent noise {@code 0.5 ΔW_i}; non-commutative
 * noise). For each path the increments are drawn on the fine grid {@code h_f = 2⁻¹¹} and summed into the coarse
 * steps {@code h = 2⁻⁴ … 2⁻⁸}; the reference is the same kernel at {@code h_f} on the same path, {@code T = 1}.
 *
 * <p>Strong error {@code E|X_h − X_{h_f}|}, weak error {@code E[⟨X_h, x_0⟩ − ⟨X_{h_f}, x_0⟩]}; the order is the
 * least-squares slope of {@code log(error)} on {@code log h}, its σ by the delta method from the per-path
 * covariance of the errors across the five step sizes (4000 independent paths, seeds 40 000 + path). The
 * tolerance is 4σ plus an allowance for the next term of the error expansion, which bends the log-log line on
 * this range:
 * <ul>
 *   <li>strong, {@code e = C√h(1 + a√h + …)}: the local slope (between neighbouring step sizes) is
 *   {@code ½ + O(√h)}. Measured on 4000 other paths, it rises from 0.40 to 0.50 across the range for splitting
 *   and lies in 0.48–0.55 for Heun; over 2⁻⁴…2⁻⁸ that biases the fitted slope by at most 0.08: allowed 0.08;</li>
 *   <li>weak (Heun), {@code e = Kh(1 + bh)}: against the exact law on 2·10⁵ independent paths
 *   ({@code E⟨x_1,x_0⟩}, {@code d = 3, s = 1}) the local slopes were 0.63, 0.88, 0.95 between h = 0.08, 0.04,
 *   0.02, 0.01; here {@code s = 1.24}, so over this range the fitted slope is biased low by up to 0.15:
 *   allowed 0.15.</li>
 * </ul>
 * The reference's own error adds {@code ≈ (h_f/h)/2 ≤ 1/32} to the squared strong error at the smallest
 * {@code h}: below 0.01 in the slope.
 */
class HeunConvergenceTest {
    private static final int D = 3;
    private static final int FINE = 11;
    private static final int[] COARSE = {4, 5, 6, 7, 8};
    private static final int PATHS = 4000;
    private static final double SHARED_Q = 0.7;
    private static final double PRIVATE_Q = 0.5;
    private static final double BIAS = 0.5;
    private static final double INDEPENDENT = 0.5;
    private static final double[] MATRIX = {0.5, 0.3, -0.2, 0.3, -0.4, 0.1, -0.2, 0.1, 0.2};
    private static final double[] DRIFT = {0.3, -0.2, 0.4};
    /** Per path: Heun strong, Heun weak, splitting strong, splitting weak, each for the coarse steps. */
    private static double[][] rows;

    @FunctionalInterface
    private interface Kernel {
        void step(double[] x, StepInputs in, double[] privateQ, double[] independent, TokenKernels.Scratch s);
    }

    @BeforeAll
    static void runPaths() {
        rows = Replicas.run(PATHS, HeunConvergenceTest::path);
    }

    @Test
    void heunHasStrongOrderOneHalf() {
        LogLogSlope fit = fit(0);
        assertNear("Heun strong order (E|X_h - X_ref|), sigma " + fmt(fit.sigma()), fit.slope(), 0.5,
                4 * fit.sigma() + 0.08);
    }

    @Test
    void heunHasWeakOrderOne() {
        LogLogSlope fit = fit(1);
        assertNear("Heun weak order (E<X_h,x0> - E<X_ref,x0>), sigma " + fmt(fit.sigma()), fit.slope(), 1,
                4 * fit.sigma() + 0.15);
    }

    @Test
    void splittingHasStrongOrderOneHalf() {
        LogLogSlope fit = fit(2);
        assertNear("splitting strong order, sigma " + fmt(fit.sigma()), fit.slope(), 0.5, 4 * fit.sigma() + 0.08);
    }

    @Test
    void splittingWeakErrorIsNoLargerThanHeuns() {
        // MATH.md §6: the splitting scheme's weak constant is the smaller one. On the same paths, at every step
        // size, |e_split| ≤ |e_Heun| + 4(σ_split + σ_Heun) (σ's of the path means; the sum bounds the σ of the
        // difference whatever their correlation).
        int c = COARSE.length;
        for (int k = 0; k < c; k++) {
            double heun = Replicas.mean(rows, c + k);
            double split = Replicas.mean(rows, 3 * c + k);
            double sigmas = Math.sqrt(Replicas.variance(rows, c + k) / PATHS)
                    + Math.sqrt(Replicas.variance(rows, 3 * c + k) / PATHS);
            assertAtMost("h=2^-" + COARSE[k] + ": |weak error| splitting (Heun " + fmt(heun) + ")", Math.abs(split),
                    Math.abs(heun) + 4 * sigmas);
        }
    }

    @Test
    void seriesExponentialMatchesTheEigendecomposition() {
        // The splitting runs here take exp(−ΔQ) from a Taylor series (fast); the simulator uses Linalg.expNeg.
        double[] q = {0.3, -0.2, 0.1, -0.2, -0.5, 0.25, 0.1, 0.25, 0.4};
        double[] series = new double[D * D];
        double[] eigen = new double[D * D];
        expNegSeries(q, series);
        new Linalg(D).expNeg(q, 1, eigen);
        double worst = 0;
        for (int k = 0; k < D * D; k++) {
            worst = Math.max(worst, Math.abs(series[k] - eigen[k]));
        }
        assertNear("max |series - eigendecomposition| of exp(-Q)", worst, 0, 1e-14);
    }

    /** Slope of log(mean of the block's columns) on log h, and its σ by the delta method. */
    private static LogLogSlope fit(int block) {
        int c = COARSE.length;
        double[] h = new double[c];
        for (int k = 0; k < c; k++) {
            h[k] = Math.pow(2, -COARSE[k]);
            System.out.printf("  block %d h=2^-%d: mean error %.5f ± %.5f%n", block, COARSE[k],
                    Replicas.mean(rows, block * c + k), Math.sqrt(Replicas.variance(rows, block * c + k) / PATHS));
        }
        return LogLogSlope.ofPaths(h, rows, block * c);
    }

    /** One path: fine increments, then both kernels at the fine and at each coarse step. */
    private static double[] path(int index) {
        ContinuousSampler normal = ZigguratSampler.NormalizedGaussian.of(
                RandomSource.XO_RO_SHI_RO_128_PP.create(40_000L + index));
        int fineSteps = 1 << FINE;
        int m = D * (D + 1) / 2;
        double[] shared = new double[fineSteps * m];
        double[] own = new double[fineSteps * m];
        double[] bias = new double[fineSteps * D];
        double[] independent = new double[fineSteps * D];
        fill(shared, normal);
        fill(own, normal);
        fill(bias, normal);
        fill(independent, normal);
        double[] x0 = new double[D];
        fill(x0, normal);
        Linalg.normalize(x0, 0, D);
        int c = COARSE.length;
        double[] out = new double[4 * c];
        Kernel[] kernels = {
            (x, in, q, w, s) -> TokenKernels.heun(x, 0, in, q, w, s),
            (x, in, q, w, s) -> TokenKernels.splitting(x, 0, in, q, w, s)
        };
        Increments forward = new Increments(shared, own, bias, independent);
        for (int kk = 0; kk < 2; kk++) {
            double[] reference = solve(kernels[kk], kk == 1, x0, fineSteps, 1, forward);
            for (int k = 0; k < c; k++) {
                int steps = 1 << COARSE[k];
                int group = fineSteps / steps;
                double[] x = solve(kernels[kk], kk == 1, x0, steps, group, forward);
                double e = 0;
                for (int j = 0; j < D; j++) {
                    e += (x[j] - reference[j]) * (x[j] - reference[j]);
                }
                out[2 * kk * c + k] = Math.sqrt(e);
                out[(2 * kk + 1) * c + k] = Linalg.dot(x, 0, x0, 0, D) - Linalg.dot(reference, 0, x0, 0, D);
            }
        }
        return out;
    }

    /** The fine increments of one path (standard normals, fine step after fine step). */
    private record Increments(double[] shared, double[] own, double[] bias, double[] independent) {
    }

    /**
     * Runs {@code steps} steps of {@code group} fine increments each from {@code x0}: the step's increments are the
     * sums of the fine ones, plus the drifts {@code hM} and {@code hv}.
     */
    private static double[] solve(Kernel kernel, boolean needExp, double[] x0, int steps, int group,
                                  Increments increments) {
        double hf = 1.0 / (1 << FINE);
        double h = hf * group;
        double rootHf = Math.sqrt(hf);
        Params p = Params.defaults().toBuilder().d(D).sharing(0.5).sigmaInd(INDEPENDENT).build();
        StepInputs in = new StepInputs(D);
        in.h = h;
        TokenKernels.Scratch scratch = new TokenKernels.Scratch(D);
        double[] privateQ = new double[D * D];
        double[] w = new double[D];
        double[] x = x0.clone();
        int m = D * (D + 1) / 2;
        for (int step = 0; step < steps; step++) {
            for (int k = 0; k < D * D; k++) {
                in.dQ[k] = h * MATRIX[k];
            }
            Arrays.fill(privateQ, 0);
            for (int j = 0; j < D; j++) {
                in.dL[j] = h * DRIFT[j];
            }
            Arrays.fill(w, 0);
            for (int g = 0; g < group; g++) {
                int f = step * group + g;
                addGoe(increments.shared, f * m, SHARED_Q * rootHf, in.dQ);
                addGoe(increments.own, f * m, PRIVATE_Q * rootHf, privateQ);
                for (int j = 0; j < D; j++) {
                    in.dL[j] += BIAS * rootHf * increments.bias[f * D + j];
                    w[j] += INDEPENDENT * rootHf * increments.independent[f * D + j];
                }
            }
            in.derive(p, null, false, false, null);
            if (needExp) {
                expNegSeries(in.dQ, in.expQ);
                Linalg.toRows(in.expQ, in.expRows, D);
            }
            kernel.step(x, in, privateQ, w, scratch);
        }
        return x;
    }

    /** GOE increment (MATH.md §2): off-diagonal {@code scale·z}, diagonal {@code √2·scale·z}. */
    private static void addGoe(double[] z, int off, double scale, double[] out) {
        int k = off;
        for (int i = 0; i < D; i++) {
            out[i * D + i] += Math.sqrt(2) * scale * z[k++];
            for (int j = i + 1; j < D; j++) {
                double v = scale * z[k++];
                out[i * D + j] += v;
                out[j * D + i] += v;
            }
        }
    }

    /**
     * {@code exp(−Q)} by its Taylor series, summed until a term's largest entry falls below 10⁻¹⁸ (a coarse
     * {@code |ΔQ|} is below 3 with a wide margin, so the series converges well within 60 terms).
     */
    private static void expNegSeries(double[] q, double[] out) {
        double[] term = new double[D * D];
        double[] next = new double[D * D];
        for (int k = 0; k < D; k++) {
            term[k * D + k] = 1;
        }
        System.arraycopy(term, 0, out, 0, D * D);
        for (int order = 1; order <= 60; order++) {
            Linalg.multiply(term, q, next, D);
            double largest = 0;
            for (int k = 0; k < D * D; k++) {
                term[k] = -next[k] / order;
                out[k] += term[k];
                largest = Math.max(largest, Math.abs(term[k]));
            }
            if (largest < 1e-18) {
                return;
            }
        }
        throw new AssertionError("exp(-Q) series did not converge");
    }

    private static void fill(double[] v, ContinuousSampler normal) {
        for (int k = 0; k < v.length; k++) {
            v[k] = normal.sample();
        }
    }

    private static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.4f", v);
    }
}
