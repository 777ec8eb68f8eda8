package org.tokensphere.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tokensphere.model.Replicas.assertNear;

import org.junit.jupiter.api.Test;

/**
 * MATH.md §5.2: under the RQF ({@code σ_Q = 1, c = 1}) the scalar product {@code ρ = ⟨x, y⟩} of two tokens is the
 * diffusion {@code dρ = −2ρ(1−ρ²) dt + 2(1−ρ²) dB} in every dimension, with scale function {@code arcsin ρ}: so
 * {@code φ_t = arcsin ρ_t} is a martingale, {@code ρ → ±1}, and {@code P(ρ_∞ = +1) = ½ + arcsin(ρ_0)/π}.
 *
 * <p>Each replica is its own run (its own seed, a pair started at {@code ρ_0 ≠ 0}), on the exact linear flow at
 * {@code h = 0.01} up to {@code t = 2}, then at {@code h = 0.05} until {@code |ρ| > 1 − 10⁻⁹}. A pair stopped there
 * still ends on the other side with probability {@code ½ − arcsin|ρ|/π ≈ √(2·10⁻⁹)/π ≈ 10⁻⁵}; the mean of that
 * over the replicas is added to the tolerance. Standard errors, derived before looking:
 * <ul>
 *   <li>{@code E φ_t}: {@code Var φ_t = E∫4cos²φ ≤ min(4t, π²/4 − φ_0²)}, so {@code σ ≤ √(that/R)};</li>
 *   <li>{@code P(+1)}: Bernoulli, {@code σ = √(p(1−p)/R)}.</li>
 * </ul>
 * Discretization bias: on 6·10⁴ replicas ({@code d = 3, ρ_0 = 0.5}) {@code E φ_t − φ_0} for {@code t ≤ 2} was
 * within ±0.005 (±1σ) at {@code h = 0.02} and at {@code h = 0.05}; allowed: 0.005 on {@code E φ_t}, 0.004 on
 * {@code P(+1)}. The tolerance is 4σ plus these.
 */
class Fact2ScalarProductTest {
    private static final double[] TIMES = {0.25, 0.5, 1, 2};

    @Test
    void absorptionProbabilityAndMartingaleInThreeDimensions() {
        // d = 3, ρ_0 = 0.5: P(+1) = 2/3 (½ + ρ_0/2 would be 0.75; ½ by symmetry would be 0.5).
        // R = 4000, seeds 400 000 + r: σ(P) = 0.0075; σ(E φ_t) ≤ 0.016, 0.022, 0.023, 0.023.
        check(3, 0.5, 4000, 400_000);
    }

    @Test
    void theSameDiffusionInFourDimensions() {
        // d = 4, ρ_0 = −0.6: P(+1) = ½ + arcsin(−0.6)/π = 0.2952. R = 3000, seeds 500 000 + r: σ(P) = 0.0083.
        check(4, -0.6, 3000, 500_000);
    }

    private static void check(int d, double rho0, int runs, long seed0) {
        Params base = Params.defaults().toBuilder().d(d).n(2).dt(0.01)
                .init(InitialState.of(InitKind.PAIR).withRho0(rho0)).build();
        double[][] rows = Replicas.run(runs, r -> {
            double[] out = new double[TIMES.length + 3];
            Params p = base.toBuilder().seed(seed0 + r).build();
            try (Simulation sim = new Simulation(p, 1)) {
                for (int k = 0; k < TIMES.length; k++) {
                    sim.advanceTo(TIMES[k]);
                    out[k] = Math.asin(clamp(rho(sim)));
                }
                sim.setParams(p.toBuilder().dt(0.05).build());
                double rho = rho(sim);
                while (Math.abs(rho) <= 1 - 1e-9 && sim.time() < 60) {
                    sim.advanceTo(sim.time() + 0.5);
                    rho = rho(sim);
                }
                out[TIMES.length] = rho > 0 ? 1 : 0;
                out[TIMES.length + 1] = 0.5 - Math.asin(clamp(Math.abs(rho))) / Math.PI;
                out[TIMES.length + 2] = Math.abs(rho) > 1 - 1e-9 ? 0 : 1;
            }
            return out;
        });
        double phi0 = Math.asin(rho0);
        for (int k = 0; k < TIMES.length; k++) {
            double variance = Math.min(4 * TIMES[k], Math.PI * Math.PI / 4 - phi0 * phi0);
            assertNear("d=" + d + " E arcsin rho_t, t=" + TIMES[k], Replicas.mean(rows, k), phi0,
                    4 * Math.sqrt(variance / runs) + 0.005);
        }
        assertEquals(0, Replicas.mean(rows, TIMES.length + 2), "fraction of pairs not absorbed by t = 60");
        double p = 0.5 + phi0 / Math.PI;
        double wrongSide = Replicas.mean(rows, TIMES.length + 1);
        assertNear("d=" + d + " P(rho_inf=+1 | rho_0=" + rho0 + ")", Replicas.mean(rows, TIMES.length), p,
                4 * Math.sqrt(p * (1 - p) / runs) + wrongSide + 0.004);
    }

    private static double rho(Simulation sim) {
        double[] x = sim.positions();
        return Replicas.dot(x, 0, x, 1, sim.d());
    }

    private static double clamp(double rho) {
        return Math.max(-1, Math.min(1, rho));
    }
}
