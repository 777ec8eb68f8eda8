package org.tokensphere.model;

import static org.tokensphere.model.Replicas.assertNear;

import java.util.function.DoubleUnaryOperator;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * Mixed mode, {@code Q_t = tM + σ_Q G_t} (MATH.md §2–3): the deterministic form and the random one together. One
 * token's generator is {@code ½σ_Q²Δ − (P_x M x)·∇} (Fact 1's Brownian part plus the drift of Fact 4). For
 * {@code M = diag(−μ, 0, …, 0)} it is symmetric about the axis {@code e_1 = e_min}, so the coordinate
 * {@code z = ⟨x, e_1⟩} is a diffusion by itself: {@code −P_x M x = μz(e_1 − z x)} gives the drift {@code μz(1−z²)},
 * and {@code ½σ_Q²Δ g(z) = ½σ_Q²((1−z²)g'' − (d−1)z g')}, so
 * <pre>
 *   b(z) = μ z (1 − z²) − ½(d − 1)σ_Q² z,      a(z) = σ_Q² (1 − z²).
 * </pre>
 * The references {@code E z_T} and {@code E z_T²} come from the backward equation ({@link BackwardEquation});
 * {@code d = 3}, {@code μ = 1.5}, {@code σ_Q = 0.8}, {@code z_0 = 0.3} (the other coordinates in a random direction),
 * {@code T} the first step time from 0.5 on. The one-point law does not depend on the sharing {@code c}: with
 * {@code c = 0} the tokens are independent replicas of one run (standard error the sample SD over √n); with
 * {@code c = 1} (the exact linear flow, stepping {@code Φ} by {@code e^{−hM − σ_Q ΔG}}, and the blocked Heun kernels)
 * they share the noise, and the run means over independent seeds are the samples. Step: automatic for the 1 %
 * target. Tolerance: 4 SE plus 2 % of the change {@code |E f(z_T) − f(z_0)|} (twice the target, set on the noise
 * alone; the drift's error at these steps is {@code O(h²)} per unit time, below 10⁻⁴). SE: 0.0035 with
 * independent tokens, 0.006 with shared noise. With {@code M} of the other sign, or left out, {@code E z_T} moves by
 * more than 0.15: over 25 SE.
 */
class MixedModeTest {
    private static final int D = 3;
    private static final double MU = 1.5;
    private static final double SIGMA_Q = 0.8;
    private static final double Z0 = 0.3;
    private static final double T = 0.5;

    private static Params params(double sharing, Scheme scheme, int n) {
        return Params.defaults().toBuilder().d(D).n(n).mode(Mode.MIXED).matrix(MatrixSpec.diagonal(-MU, 0, 0))
                .sigmaQ(SIGMA_Q).sharing(sharing).scheme(scheme).dt(0).accuracy(0.01).build();
    }

    /** {@code n} tokens with {@code ⟨x, e_1⟩ = z_0}, the rest of each in a random direction from {@code seed}. */
    private static double[] start(int n, long seed) {
        ContinuousSampler normal = ZigguratSampler.NormalizedGaussian.of(RandomSource.XO_RO_SHI_RO_128_PP.create(seed));
        double[] x = new double[n * D];
        double[] rest = new double[D - 1];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < D - 1; j++) {
                rest[j] = normal.sample();
            }
            Linalg.normalize(rest, 0, D - 1);
            x[i * D] = Z0;
            for (int j = 1; j < D; j++) {
                x[i * D + j] = Math.sqrt(1 - Z0 * Z0) * rest[j - 1];
            }
        }
        return x;
    }

    /** Mean of {@code z} and {@code z²} over the tokens after {@code T}; the run's time in slot 2. */
    private static double[] run(Params p, long seed) {
        try (Simulation sim = new Simulation(p.toBuilder().seed(seed).build(), 2, start(p.n(), seed))) {
            sim.advanceTo(T);
            double[] x = sim.positions();
            double s1 = 0;
            double s2 = 0;
            double s4 = 0;
            for (int i = 0; i < p.n(); i++) {
                double z = x[i * D];
                s1 += z / p.n();
                s2 += z * z / p.n();
                s4 += z * z * z * z / p.n();
            }
            return new double[] {s1, s2, sim.time(), s4};
        }
    }

    private static void compare(String what, double time, double m1, double se1, double m2, double se2) {
        DoubleUnaryOperator b = z -> MU * z * (1 - z * z) - 0.5 * (D - 1) * SIGMA_Q * SIGMA_Q * z;
        DoubleUnaryOperator a = z -> SIGMA_Q * SIGMA_Q * (1 - z * z);
        double e1 = BackwardEquation.expectation(z -> z, b, a, Z0, time);
        double e2 = BackwardEquation.expectation(z -> z * z, b, a, Z0, time);
        assertNear(what + ": E<x_T, e_min>", m1, e1, 4 * se1 + 0.02 * Math.abs(e1 - Z0));
        assertNear(what + ": E<x_T, e_min>^2", m2, e2, 4 * se2 + 0.02 * Math.abs(e2 - Z0 * Z0));
    }

    private static void independentTokens(String what, Scheme scheme, long seed) {
        int n = 20_000;
        double[] r = run(params(0, scheme, n), seed);
        // SD of z from the sample: E z² − (E z)²; of z²: E z⁴ − (E z²)².
        compare(what, r[2], r[0], Math.sqrt((r[1] - r[0] * r[0]) / n), r[1], Math.sqrt((r[3] - r[1] * r[1]) / n));
    }

    private static void sharedNoise(String what, Scheme scheme, int runs, long seed0) {
        Params p = params(1, scheme, 16);
        double[][] rows = Replicas.run(runs, r -> run(p, seed0 + r));
        compare(what, rows[0][2], Replicas.mean(rows, 0), Math.sqrt(Replicas.variance(rows, 0) / runs),
                Replicas.mean(rows, 1), Math.sqrt(Replicas.variance(rows, 1) / runs));
    }

    @Test
    void splittingWithIndependentNoise() {
        // c = 0, 20 000 tokens, seed 31.
        independentTokens("mixed c=0 splitting", Scheme.SPLITTING, 31);
    }

    @Test
    void heunWithIndependentNoise() {
        // c = 0, 20 000 tokens, seed 32.
        independentTokens("mixed c=0 heun", Scheme.HEUN, 32);
    }

    @Test
    void theLinearFlow() {
        // c = 1: 1600 runs of 16 tokens (which move almost together: more tokens add little), seeds 33 000 + r.
        sharedNoise("mixed c=1 linear flow", Scheme.AUTO, 1600, 33_000);
    }

    @Test
    void blockedHeun() {
        // c = 1, Heun in d = 3 (blocked kernels): 1600 runs of 16 tokens, seeds 34 000 + r.
        sharedNoise("mixed c=1 heun", Scheme.HEUN, 1600, 34_000);
    }
}
