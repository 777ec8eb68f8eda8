package org.tokensphere.model;

import static org.tokensphere.model.Replicas.assertAtMost;
import static org.tokensphere.model.Replicas.assertNear;

import org.junit.jupiter.api.Test;

/**
 * The step chosen from the accuracy target ({@code dt = 0}, {@code accuracy = 0.01}) meets the target as
 * {@link TimeStep} defines it: the scheme's one-point relaxation rate {@code λ_h} is within 1 % of the exact
 * {@code λ = (d−1)s/2} of MATH.md §5.1, {@code s = σ_Q² + σ_b² + σ_ind²}.
 *
 * <p><b>Exact reduction to one step.</b> Every step of every scheme is equivariant under rotations: its increments
 * (GOE matrices, Brownian vectors) have rotation-invariant laws and do not depend on the position. So the linear
 * functions {@code x ↦ ⟨x, a⟩} are eigenfunctions of the one-step transition,
 * {@code E[⟨x_{k+1}, a⟩ | x_k] = m(h)⟨x_k, a⟩} with {@code m(h) = E⟨x_{k+1}, x_k⟩} the same from every position, and
 * {@code E⟨x_{kh}, x_0⟩ = m(h)^k} exactly: {@code λ_h = −log m(h)/h}. The one-step overlaps of all tokens and steps
 * of a run whose tokens share nothing ({@code c = 0}) are independent samples of {@code m(h)}, so its standard
 * error is the sample SD over √(samples), with no discretization of the reference at all. The identity itself is
 * checked too: the overlap {@code ⟨x_T, x_0⟩} measured directly agrees with {@code m^K} within 4 of its standard
 * errors.
 *
 * <p>Where all tokens share the noise (the exact linear flow, the blocked Heun kernels), one run gives one sample
 * per step, and its overlaps fluctuate with {@code |ΔQ|²}. The first step of each of many runs is used, with the
 * control variate {@code ½|P_x ΔQ x|²} (mean {@code ½(d−1)σ_Q²h} exactly for any fixed {@code x}): the step's
 * {@code ΔQ} is drawn again from a {@link SharedDriving} with the run's seed. Should that ever stop matching, the
 * estimate stays unbiased and only its standard error grows, which the sharpness check below reports.
 *
 * <p><b>Tolerance:</b> {@code |λ_h/λ − 1| ≤ target + 4 SE}. The check is sharp: {@code 4 SE ≤ target/4} is asserted,
 * so a step with an error of 1.25× the target cannot pass. It is also not wasteful: the error is linear in
 * {@code h}, and with quadratic noise alone (the error constant {@link TimeStep} is calibrated on) it must be at
 * least {@code 0.75·target − 4 SE}, so a step 1.7 times smaller than needed fails; with independent noise mixed in
 * (a smaller constant) at least {@code target/3 − 4 SE}. Expected errors with the constants of {@link TimeStep}:
 * 0.9–0.95 × the target with quadratic noise alone, 0.4 × in the mixed case.
 */
class AutoTimeStepTest {
    private static final double TARGET = 0.01;
    /** Smallest error (× target) of a step that is not wasteful, quadratic noise alone (expected: 0.9–0.95). */
    private static final double QUADRATIC_LOWEST = 0.75;

    /** Relative rate error and its standard error. */
    private record RateError(double value, double se, double h) {
    }

    /** {@code λ_h/λ − 1} from the one-step overlap mean {@code m} (SE {@code seM}). */
    private static RateError rateError(double m, double seM, double h, double lambda) {
        return new RateError(-Math.log(m) / (h * lambda) - 1, seM / (m * h * lambda), h);
    }

    /** The checks of the class comment; {@code lowest} is the smallest error (× target) of a step that is not wasteful. */
    private static void assertMeetsTarget(String what, RateError e, double lowest) {
        assertAtMost(what + " h=" + e.h() + ": |lambda_h/lambda - 1|", Math.abs(e.value()), TARGET + 4 * e.se());
        assertAtMost(what + ": 4 SE of the rate error (sharpness)", 4 * e.se(), TARGET / 4);
        assertAtMost(what + ": the step is not needlessly small, " + lowest + " target - 4 SE vs |error|",
                lowest * TARGET - 4 * e.se(), Math.abs(e.value()));
    }

    /** A run with {@code c = 0} (tokens independent) for {@code steps} steps of the automatic step. */
    private static void checkIndependentTokens(String what, Params p, int steps, double lowest) {
        int n = p.n();
        int d = p.d();
        try (Simulation sim = new Simulation(p, 2)) {
            double[] x0 = sim.positions().clone();
            double[] previous = x0.clone();
            double sum = 0;
            double sum2 = 0;
            for (int k = 0; k < steps; k++) {
                sim.step();
                double[] x = sim.positions();
                for (int i = 0; i < n; i++) {
                    double u = Linalg.dot(x, i * d, previous, i * d, d);
                    sum += u;
                    sum2 += u * u;
                }
                System.arraycopy(x, 0, previous, 0, n * d);
            }
            long count = (long) n * steps;
            double m = sum / count;
            double seM = Math.sqrt((sum2 / count - m * m) / count);
            double lambda = (d - 1) * p.diffusionStrength() / 2;
            RateError e = rateError(m, seM, sim.dt(), lambda);
            // The identity E<x_T, x_0> = m^K, against the direct overlap of the n independent tokens.
            double direct = 0;
            double direct2 = 0;
            for (int i = 0; i < n; i++) {
                double u = Linalg.dot(previous, i * d, x0, i * d, d);
                direct += u / n;
                direct2 += u * u / n;
            }
            assertNear(what + ": E<x_T,x_0> measured vs m(h)^K", direct, Math.pow(m, steps),
                    4 * Math.sqrt((direct2 - direct * direct) / n));
            assertMeetsTarget(what, e, lowest);
        }
    }

    /** The first step of {@code runs} runs of {@code p} (shared noise), with the control variate ½|P_x ΔQ x|². */
    private static void checkSharedNoise(String what, Params base, int runs, long seed0) {
        int n = base.n();
        int d = base.d();
        double[][] rows = Replicas.run(runs, r -> {
            Params p = base.toBuilder().seed(seed0 + r).build();
            try (Simulation sim = new Simulation(p, 1)) {
                double[] x0 = sim.positions().clone();
                sim.step();
                double h = sim.dt();
                double[] dQ = new double[d * d];
                new SharedDriving(d, p.seed()).next(p, h, dQ, new double[d]);
                double[] qx = new double[d];
                double[] x = sim.positions();
                double residual = 0;
                for (int i = 0; i < n; i++) {
                    Linalg.multiplyVector(dQ, x0, i * d, qx, 0, d);
                    double along = Linalg.dot(x0, i * d, qx, 0, d);
                    double tangential = Linalg.dot(qx, 0, qx, 0, d) - along * along;
                    residual += (Linalg.dot(x, i * d, x0, i * d, d) - 1 + 0.5 * tangential) / n;
                }
                return new double[] {residual, h};
            }
        });
        double h = rows[0][1];
        double lambda = (d - 1) * base.diffusionStrength() / 2;
        double m = 1 - lambda * h + Replicas.mean(rows, 0);
        RateError e = rateError(m, Math.sqrt(Replicas.variance(rows, 0) / runs), h, lambda);
        assertMeetsTarget(what, e, QUADRATIC_LOWEST);
    }

    private static ParamsBuilder auto() {
        return Params.defaults().toBuilder().dt(0).accuracy(TARGET);
    }

    @Test
    void splittingOnTheCircle() {
        // d = 2, σ_Q = 1, 30 000 tokens × 270 steps, seed 11: SE of the rate error ≈ √(2/(d−1))/√(samples) = 5·10⁻⁴
        // (measured: 4.9·10⁻⁴).
        checkIndependentTokens("splitting d=2", auto().d(2).n(30_000).sharing(0).scheme(Scheme.SPLITTING)
                .seed(11).build(), 270, QUADRATIC_LOWEST);
    }

    @Test
    void splittingInFiveDimensionsWithIndependentNoise() {
        // d = 5, σ_Q = 0.7 and σ_ind = 0.5 (s = 0.74), 20 000 tokens × 90 steps, seed 12: SE ≈ √(2/(d−1))/√(samples) = 5.3·10⁻⁴.
        checkIndependentTokens("splitting d=5 s=0.74", auto().d(5).n(20_000).sigmaQ(0.7).sigmaInd(0.5)
                .sharing(0).scheme(Scheme.SPLITTING).seed(12).build(), 90, 1.0 / 3);
    }

    @Test
    void heunWithAStrongerNoise() {
        // d = 3, σ_Q = 1.3 (s = 1.69), 20 000 tokens × 220 steps, seed 13: SE ≈ 1/√(samples) = 4.8·10⁻⁴.
        checkIndependentTokens("heun d=3 sigmaQ=1.3", auto().n(20_000).sigmaQ(1.3).sharing(0)
                .scheme(Scheme.HEUN).seed(13).build(), 220, QUADRATIC_LOWEST);
    }

    @Test
    void theLinearFlowMeetsTheTargetToo() {
        // The RQF (c = 1) runs the exact linear flow with the step e^{−ΔQ} per step. 6000 runs of 64 tokens, seeds
        // 14 000 + r, d = 3: SE measured ≈ 5·10⁻⁴ (6.4·10⁻⁴ with 4000 runs).
        checkSharedNoise("linear flow d=3", auto().n(64).build(), 6000, 14_000);
    }

    @Test
    void blockedHeunWithSharedNoise() {
        // Heun with c = 1 in d = 3 runs the blocked kernels (Block3). σ_Q = 0.8, 4000 runs of 64 tokens, seeds
        // 15 000 + r: SE measured ≈ 4·10⁻⁴.
        checkSharedNoise("blocked heun d=3 sigmaQ=0.8", auto().n(64).sigmaQ(0.8).scheme(Scheme.HEUN)
                .build(), 4000, 15_000);
    }
}
