package org.tokensphere.model;

import static org.tokensphere.model.Replicas.assertAtMost;
import static org.tokensphere.model.Replicas.assertNear;

import org.junit.jupiter.api.Test;
import org.tokensphere.model.theory.Equiangular;

/**
 * MATH.md §5.6: attention alone (no noise) keeps an equiangular configuration equiangular, with {@code ρ' = αF(ρ)},
 * SA: {@code F(ρ) = 2e^{βρ}(1−ρ)((N−1)ρ+1) / (e^β + (N−1)e^{βρ})} and USA: {@code F(ρ) = (2/N)e^{βρ}(1−ρ)((N−1)ρ+1)}
 * (the strength {@code α} scales the drift, so it rescales time).
 * The simulated {@code ρ_ij(t)} (all pairs) is compared with these ODEs, solved by {@link Equiangular} (adaptive
 * Dormand–Prince, relative tolerance 10⁻¹²). Nothing is random; the simulator's attention sub-step is a Heun step, second order: the tolerance
 * is its error, checked to scale as {@code h²} (ratio of the errors at {@code h} and {@code h/2} within
 * [3.5, 4.5]) and bounded by 4× the error measured at {@code h = 0.002} (stated per case).
 */
class Fact6EquiangularAttentionTest {
    private static final int N = 4;
    private static final int D = 5;
    private static final double[] TIMES = {0.5, 1, 2, 4};

    @Test
    void softmaxAttention() {
        // β = 2, ρ_0 = −0.2: measured max error 2.3·10⁻⁷ at h = 0.002; allowed 10⁻⁶.
        check(AttentionKind.SA, 1, 2, -0.2, 1e-6);
    }

    @Test
    void unnormalizedAttention() {
        // β = 1, ρ_0 = 0.1: measured max error 6.4·10⁻⁷ at h = 0.002; allowed 2.5·10⁻⁶.
        check(AttentionKind.USA, 1, 1, 0.1, 2.5e-6);
    }

    @Test
    void sharperSoftmax() {
        // β = 6, ρ_0 = 0.4: measured max error 7.9·10⁻⁸ at h = 0.002; allowed 3·10⁻⁷.
        check(AttentionKind.SA, 1, 6, 0.4, 3e-7);
    }

    @Test
    void weakerSoftmaxAttention() {
        // α = 0.4: ρ' = 0.4 F(ρ), a slower approach (at t = 4, ρ = −0.0168 instead of 0.7957 with α = 1).
        // Measured max error 3.8·10⁻⁹ at h = 0.002; allowed 1.6·10⁻⁸.
        check(AttentionKind.SA, 0.4, 2, -0.2, 1.6e-8);
    }

    @Test
    void strongerUnnormalizedAttention() {
        // α = 2.5: ρ' = 2.5 F(ρ) (at t = 0.5, ρ = 0.9779 instead of 0.5371 with α = 1). Measured max error
        // 2.0·10⁻⁶ at h = 0.002; allowed 8·10⁻⁶.
        check(AttentionKind.USA, 2.5, 1, 0.1, 8e-6);
    }

    private static void check(AttentionKind kind, double alpha, double beta, double rho0, double tolerance) {
        Equiangular ode = new Equiangular(Norm.POST, kind, N, alpha, beta, rho0);
        double[] reference = new double[TIMES.length];
        for (int k = 0; k < TIMES.length; k++) {
            reference[k] = ode.rho(TIMES[k]);
        }
        String name = kind + " alpha=" + alpha + " beta=" + beta + " rho0=" + rho0;
        double coarse = maxError(kind, alpha, beta, rho0, 0.002, reference, name);
        double fine = maxError(kind, alpha, beta, rho0, 0.001, reference, name);
        assertNear(name + ": max |rho_ij - rho_ODE| at h=0.002", coarse, 0, tolerance);
        assertNear(name + ": error ratio h=0.002 / h=0.001", coarse / fine, 4, 0.5);
    }

    private static double maxError(AttentionKind kind, double alpha, double beta, double rho0, double h,
                                   double[] reference, String name) {
        Params p = Params.defaults().toBuilder().d(D).n(N).sigmaQ(0).attention(kind).alpha(alpha).beta(beta).dt(h)
                .init(InitialState.of(InitKind.EQUIANGULAR).withRho0(rho0)).seed(3).build();
        double worst = 0;
        try (Simulation sim = new Simulation(p, 1)) {
            for (int k = 0; k < TIMES.length; k++) {
                sim.advanceTo(TIMES[k]);
                double[] range = Replicas.pairProducts(sim.positions(), N, D, reference[k]);
                double low = range[0];
                double high = range[1];
                worst = Math.max(worst, range[2]);
                if (h == 0.002) {
                    System.out.printf("%s t=%.1f: rho %.9f, ODE %.9f%n", name, TIMES[k], low, reference[k]);
                    // Equiangular to rounding: every pair sees the same forces.
                    assertAtMost(name + " t=" + TIMES[k] + ": spread of rho_ij", high - low, 1e-12);
                }
            }
        }
        return worst;
    }
}
