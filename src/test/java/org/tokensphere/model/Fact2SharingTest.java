package org.tokensphere.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tokensphere.model.Replicas.assertNear;

import java.util.function.DoubleUnaryOperator;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * Noise sharing {@code c} (MATH.md §2) and the scalar-product process (§5.2) for any {@code 0 ≤ c ≤ 1} and
 * {@code σ_Q ≠ 1}. Token {@code i} is driven by {@code σ_Q G^(i)}, {@code G^(i) = √c G + √(1−c) G_i}: each token alone
 * is the same Brownian motion whatever {@code c} (Fact 1), but the pair's scalar product {@code ρ = ⟨x, y⟩} is the
 * diffusion with
 * <pre>
 *   b(ρ) = σ_Q² ρ (c(d − 3 + 2ρ²) − (d − 1)),      a(ρ) = 2σ_Q² (1 − ρ²)(1 + c(1 − 2ρ²)).
 * </pre>
 * Derivation: in Itô form {@code dx = −σ_Q P_x dG^x x − ½(d−1)σ_Q² x dt} (the one-token drift of MATH.md §6), and
 * {@code dρ = ⟨dx, y⟩ + ⟨x, dy⟩ + ⟨dx, dy⟩}. Only the common part correlates the two tokens,
 * {@code E[dG^x_ij dG^y_kl] = c(δ_ik δ_jl + δ_il δ_jk) dt}, so {@code ⟨dx, dy⟩ = cσ_Q²(tr(P_x P_y)ρ + yᵀP_x P_y x) dt
 * = cσ_Q²ρ(d − 3 + 2ρ²) dt}, which with the two drifts {@code −(d−1)σ_Q²ρ} gives {@code b}. The martingale part is
 * {@code −σ_Q(uᵀdG^x x + wᵀdG^y y)} with {@code u = P_x y}, {@code w = P_y x}; its variance per unit time is
 * {@code σ_Q²(2(1−ρ²) + 2c((u·w)ρ + (u·y)(x·w))) = a}. Checks: at {@code c = 1} they are §5.2's
 * {@code −2σ_Q²ρ(1−ρ²)} and {@code 4σ_Q²(1−ρ²)²}; at {@code c = 0}, two independent motions, {@code b} is linear and
 * {@code E ρ_t = ρ_0 e^{−(d−1)σ_Q²t}}.
 *
 * <p>References {@code E ρ_T}, {@code E ρ_T²} from the backward equation ({@link BackwardEquation}), {@code d = 4},
 * {@code σ_Q = 0.8}, {@code ρ_0 = 0.3}, at the first step time from {@code T = 0.2} on. Each run holds 32 pairs in
 * independent random orientations (they share the common noise, so the run mean is the sample; seeds as stated);
 * the standard error is the SD of the run means over √runs. Step: automatic for the 1 % target. Tolerance: 4 SE plus 2 % of the change
 * {@code |E f(ρ_T) − f(ρ_0)|}, twice the target, as the target is set on the one-point rate. Measured on 10⁴ runs
 * per case at these steps: every difference from the reference within 2 of its standard errors (0.0007–0.0011 on
 * {@code E ρ_T}, 0.0004–0.0011 on {@code E ρ_T²}). Sensitivity: with the shared part {@code c} instead of
 * {@code √c} (that is {@code c = 0.25} in the law), {@code E ρ_T²} moves by 0.045, about 15 SE at 500 runs.
 */
class Fact2SharingTest {
    private static final int D = 4;
    private static final double SIGMA_Q = 0.8;
    private static final double RHO0 = 0.3;
    private static final double T = 0.2;
    private static final int PAIRS = 32;

    private static void check(String what, double c, Scheme scheme, int runs, long seed0) {
        double q = SIGMA_Q * SIGMA_Q;
        DoubleUnaryOperator b = r -> q * r * (c * (D - 3 + 2 * r * r) - (D - 1));
        DoubleUnaryOperator a = r -> 2 * q * (1 - r * r) * (1 + c * (1 - 2 * r * r));
        Params base = Params.defaults().toBuilder().d(D).n(2 * PAIRS).sigmaQ(SIGMA_Q).sharing(c).scheme(scheme)
                .dt(0).accuracy(0.01).build();
        double h = TimeStep.resolve(base, 0);
        double time = Math.ceil(T / h - 1e-6) * h;
        double m1 = BackwardEquation.expectation(r -> r, b, a, RHO0, time);
        double m2 = BackwardEquation.expectation(r -> r * r, b, a, RHO0, time);
        double[][] rows = Replicas.run(runs, r -> {
            long seed = seed0 + r;
            Params p = base.toBuilder().init(InitialState.points(pairs(seed))).seed(seed).build();
            try (Simulation sim = new Simulation(p, 1)) {
                sim.advanceTo(T);
                double[] x = sim.positions();
                double s1 = 0;
                double s2 = 0;
                for (int k = 0; k < PAIRS; k++) {
                    double rho = Replicas.dot(x, 2 * k, x, 2 * k + 1, D);
                    s1 += rho / PAIRS;
                    s2 += rho * rho / PAIRS;
                }
                assertEquals(time, sim.time(), 1e-12, what + ": simulated time");
                return new double[] {s1, s2};
            }
        });
        assertNear(what + ": E rho_T", Replicas.mean(rows, 0), m1,
                4 * Math.sqrt(Replicas.variance(rows, 0) / runs) + 0.02 * Math.abs(m1 - RHO0));
        assertNear(what + ": E rho_T^2", Replicas.mean(rows, 1), m2,
                4 * Math.sqrt(Replicas.variance(rows, 1) / runs) + 0.02 * Math.abs(m2 - RHO0 * RHO0));
    }

    /** {@link #PAIRS} pairs with scalar product {@link #RHO0}, each in a random orientation from {@code seed}. */
    private static double[] pairs(long seed) {
        ContinuousSampler normal = ZigguratSampler.NormalizedGaussian.of(RandomSource.XO_RO_SHI_RO_128_PP.create(seed));
        double[] points = new double[2 * PAIRS * D];
        double[] e = new double[D];
        double[] f = new double[D];
        for (int k = 0; k < PAIRS; k++) {
            for (int j = 0; j < D; j++) {
                e[j] = normal.sample();
                f[j] = normal.sample();
            }
            Linalg.normalize(e, 0, D);
            double along = Linalg.dot(e, 0, f, 0, D);
            for (int j = 0; j < D; j++) {
                f[j] -= along * e[j];
            }
            Linalg.normalize(f, 0, D);
            for (int j = 0; j < D; j++) {
                points[2 * k * D + j] = e[j];
                points[(2 * k + 1) * D + j] = RHO0 * e[j] + Math.sqrt(1 - RHO0 * RHO0) * f[j];
            }
        }
        return points;
    }

    @Test
    void partlySharedNoiseWithTheSplittingScheme() {
        check("c=0.5 splitting", 0.5, Scheme.SPLITTING, 500, 800_000);
    }

    @Test
    void partlySharedNoiseWithHeun() {
        check("c=0.5 heun", 0.5, Scheme.HEUN, 500, 810_000);
    }

    @Test
    void fullySharedNoiseOnTheLinearFlow() {
        check("c=1 linear flow", 1, Scheme.AUTO, 500, 820_000);
    }

    @Test
    void independentNoise() {
        check("c=0 splitting", 0, Scheme.SPLITTING, 500, 830_000);
    }
}
