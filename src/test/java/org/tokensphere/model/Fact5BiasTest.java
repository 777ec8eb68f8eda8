package org.tokensphere.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tokensphere.model.Replicas.assertNear;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.tokensphere.model.observe.Nematic;
import org.tokensphere.model.observe.Observables;

/**
 * MATH.md §5.5: with a random bias ({@code σ_b > 0}, {@code c = 1}; {@code σ_Q = 1} unless said) the scalar product of two
 * tokens is the diffusion with drift {@code b(ρ) = σ_b²(1−ρ)(d−2−ρ) − 2σ_Q²ρ(1−ρ²)} and diffusion coefficient
 * {@code a(ρ) = 2(1−ρ)²(1+ρ)(2σ_Q²(1+ρ) + σ_b²)}; for {@code d ≥ 3} the anti-polar state {@code ρ = −1} repels
 * ({@code b(−1) = 2σ_b²(d−1) > 0}) and the ensemble ends in one cluster.
 *
 * <p>The drift is measured as {@code E[ρ_t − ρ_0]/t} at {@code t = 0.02} over many independent pairs (one run per
 * seed). The reference for that finite {@code t} is exact: {@code u(t, ρ) = E_ρ[f(ρ_t)]} solves the backward
 * equation {@code u_t = b u' + ½ a u''} ({@link BackwardEquation}). {@code b(ρ_0)} itself differs from
 * {@code E[Δρ]/t} by {@code O(t)} and is printed for reference.
 */
class Fact5BiasTest {
    private static final double T = 0.02;

    @Test
    void driftAndDiffusionOfTheScalarProductInThreeDimensions() {
        // d = 3, σ_b = 1, ρ_0 = −0.5 (b = 3.0, a = 4.5). R = 60 000 pairs, seeds 700 000 + r, h = 0.002.
        // σ(E Δρ/t) = √(Var ρ_t / R)/t = 0.059 (Var from the backward equation), σ(E Δρ²/t) = 0.026.
        // Splitting bias: E Δρ at h = 0.002 and 0.0005 agreed within ±0.0009 (10⁵ pairs each): allow 0.0005,
        // i.e. 0.025 in units of 1/t. Tolerance 4σ + 0.025.
        checkDrift(3, -0.5, 1, 1, 60_000, 700_000);
    }

    @Test
    void driftAndDiffusionOfTheScalarProductInFourDimensions() {
        // d = 4, σ_b = 1, ρ_0 = −0.8 (b = 5.62, a = 1.81). R = 40 000 pairs, seeds 710 000 + r, h = 0.002:
        // σ(E Δρ/t) = 0.052, σ(E Δρ²/t) = 0.027; bias allowance as above.
        checkDrift(4, -0.8, 1, 1, 40_000, 710_000);
    }

    @Test
    void weakerBiasAndQuadraticNoise() {
        // σ_Q = 0.8, σ_b = 0.6, d = 3, ρ_0 = −0.3: b = 0.36·1.3·1.3 + 2·0.64·0.3·0.91 = 0.958, a = 2·1.69·0.7·
        // (1.28·0.7 + 0.36) = 2.97. R = 60 000 pairs, seeds 740 000 + r, h = 0.002: σ(E Δρ/t) = 0.048, σ(E Δρ²/t)
        // = 0.015 (from the backward equation's moments, as above); the bias allowance of the other cases (both
        // strengths are smaller here). Taking σ_b = 1 moves b by 1.08 (22σ); taking σ_Q = 1 moves a by 1.70 (110σ).
        checkDrift(3, -0.3, 0.8, 0.6, 60_000, 740_000);
    }

    private static void checkDrift(int d, double rho0, double sigmaQ, double sigmaB, int runs, long seed0) {
        double q = sigmaQ * sigmaQ;
        double w = sigmaB * sigmaB;
        DoubleUnaryOperator b = r -> w * (1 - r) * (d - 2 - r) - 2 * q * r * (1 - r * r);
        DoubleUnaryOperator a = r -> 2 * (1 - r) * (1 - r) * (1 + r) * (2 * q * (1 + r) + w);
        double m1 = BackwardEquation.expectation(r -> r - rho0, b, a, rho0, T);
        double m2 = BackwardEquation.expectation(r -> (r - rho0) * (r - rho0), b, a, rho0, T);
        double m4 = BackwardEquation.expectation(r -> Math.pow(r - rho0, 4), b, a, rho0, T);
        Params base = Params.defaults().toBuilder().d(d).n(2).sigmaQ(sigmaQ).sigmaB(sigmaB).dt(0.002)
                .init(InitialState.of(InitKind.PAIR).withRho0(rho0)).build();
        double[][] rows = Replicas.run(runs, r -> {
            try (Simulation sim = new Simulation(base.toBuilder().seed(seed0 + r).build(), 1)) {
                double start = rho(sim);
                sim.advanceTo(T);
                double change = rho(sim) - start;
                return new double[] {change, change * change};
            }
        });
        System.out.printf("d=%d rho0=%.2f: b(rho0) = %.4f, a(rho0) = %.4f%n", d, rho0, b.applyAsDouble(rho0),
                a.applyAsDouble(rho0));
        double bias = 0.0005 / T;
        assertNear("d=" + d + " E[rho_t - rho_0]/t", Replicas.mean(rows, 0) / T, m1 / T,
                4 * Math.sqrt((m2 - m1 * m1) / runs) / T + bias);
        assertNear("d=" + d + " E[(rho_t - rho_0)^2]/t", Replicas.mean(rows, 1) / T, m2 / T,
                4 * Math.sqrt((m4 - m2 * m2) / runs) / T + bias);
    }

    @Test
    void antipodalPairsComeApartAndMerge() {
        // Exactly antipodal pairs, d = 3, 200 runs (seeds 720 000 + r). Without bias y = −x is invariant
        // (Φ(−x) = −Φx): ρ stays −1 to rounding. With σ_b = 1 every pair has merged (ρ > 1 − 10⁻⁶) by t = 30
        // (merging times measured: median 2.5, largest of 200: 9; the tail is exponential).
        int runs = 200;
        Params base = Params.defaults().toBuilder().d(3).n(2).dt(0.01)
                .init(InitialState.of(InitKind.PAIR).withRho0(-1)).build();
        double[][] rows = Replicas.run(runs, r -> {
            double[] out = new double[2];
            for (int k = 0; k < 2; k++) {
                Params p = base.toBuilder().sigmaB(k).seed(720_000 + r).build();
                try (Simulation sim = new Simulation(p, 1)) {
                    sim.advanceTo(30);
                    out[k] = rho(sim);
                }
            }
            return out;
        });
        double worstWithout = 0;
        int merged = 0;
        for (double[] row : rows) {
            worstWithout = Math.max(worstWithout, Math.abs(row[0] + 1));
            merged += row[1] > 1 - 1e-6 ? 1 : 0;
        }
        assertNear("sigma_b=0: max |rho_30 + 1| over antipodal pairs", worstWithout, 0, 1e-12);
        assertEquals(runs, merged, "antipodal pairs merged by t = 30 with sigma_b = 1");
    }

    @Test
    void theEnsembleEndsInOneCluster() {
        // 30 uniform tokens, d = 3 and d = 4, 20 runs each (seeds 730 000 + r), t = 40. With σ_b = 1: polar order
        // r > 1 − 10⁻⁶ in every run (one cluster; times measured: median 3, largest of 40: 6.5). With σ_b = 0 (same
        // seeds): two antipodal clusters, nematic order S > 1 − 10⁻⁶ but r ≤ 1 − 2/30 unless all 30 tokens chose
        // the same pole (probability ~2⁻²⁹).
        for (int d : new int[] {3, 4}) {
            int dim = d;
            double[][] rows = Replicas.run(20, r -> {
                double[] out = new double[3];
                for (int k = 0; k < 2; k++) {
                    Params p = Params.defaults().toBuilder().d(dim).n(30).sigmaB(1 - k).dt(0.01).seed(730_000 + r)
                            .build();
                    try (Simulation sim = new Simulation(p, 1)) {
                        sim.advanceTo(40);
                        double[] x = sim.positions();
                        out[k] = Observables.polarOrder(x, 30, dim);
                        if (k == 1) {
                            Nematic nematic = Observables.nematic(x, 30, dim);
                            out[2] = nematic.order();
                        }
                    }
                }
                return out;
            });
            double lowestWith = 1;
            double highestWithout = 0;
            double lowestNematic = 1;
            for (double[] row : rows) {
                lowestWith = Math.min(lowestWith, row[0]);
                highestWithout = Math.max(highestWithout, row[1]);
                lowestNematic = Math.min(lowestNematic, row[2]);
            }
            assertNear("d=" + d + " sigma_b=1: lowest polar order at t=40", lowestWith, 1, 1e-6);
            assertNear("d=" + d + " sigma_b=0: lowest nematic order at t=40", lowestNematic, 1, 1e-6);
            Replicas.assertAtMost("d=" + d + " sigma_b=0: highest polar order at t=40", highestWithout,
                    1 - 2.0 / 30 + 1e-9);
        }
    }

    private static double rho(Simulation sim) {
        double[] x = sim.positions();
        return Replicas.dot(x, 0, x, 1, sim.d());
    }
}
