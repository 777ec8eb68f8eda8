package org.tokensphere.model;

import static org.tokensphere.model.Replicas.assertAtMost;
import static org.tokensphere.model.Replicas.assertNear;

import org.junit.jupiter.api.Test;
import org.tokensphere.model.theory.Equiangular;

/**
 * MATH.md §8 (Rigollet (2025), §6.2): Post-LN, Pre-LN and Peri-LN from an equiangular start stay equiangular, and
 * the simulated {@code ρ_01(t)} and mean radius follow the reference ODE of {@link Equiangular} (solved at relative
 * tolerance 10⁻¹²). Nothing is random (the start's rotation is seeded, seed 3). The attention sub-step is a Heun
 * step, second order, so the tolerance is the step's error: the ratio of the errors at {@code h = 0.002} and
 * {@code h = 0.001} must be {@code 4 ± 0.5} (order 2), and the error at {@code h = 0.002} at most 4× the one
 * measured when the test was written (stated per case).
 */
class NormalizationSchemesTest {
    private static final int N = 4;
    private static final int D = 5;
    private static final double[] TIMES = {0.5, 1, 2, 4, 8};

    @Test
    void postLnSoftmax() {
        // Measured max error 2.27e-7 (rho), 0 (radius) at h = 0.002.
        check(Norm.POST, AttentionKind.SA, 1, 2, -0.2, 1e-6, 0);
    }

    @Test
    void preLnSoftmax() {
        // Measured max error 6.58e-8 (rho), 1.98e-8 (radius) at h = 0.002.
        check(Norm.PRE, AttentionKind.SA, 1, 2, -0.2, 2.6e-7, 8e-8);
    }

    @Test
    void periLnSoftmax() {
        // Measured max error 1.34e-7 (rho), 1.01e-7 (radius) at h = 0.002.
        check(Norm.PERI, AttentionKind.SA, 1, 2, -0.2, 5.4e-7, 4e-7);
    }

    @Test
    void postLnUnnormalized() {
        // Measured max error 6.39e-7 at h = 0.002.
        check(Norm.POST, AttentionKind.USA, 1, 1, 0.1, 2.6e-6, 0);
    }

    @Test
    void preLnUnnormalized() {
        // Measured max error 9.32e-8 (rho), 1.38e-6 (radius, which reaches 22 at t = 8) at h = 0.002.
        check(Norm.PRE, AttentionKind.USA, 1, 1, 0.1, 3.7e-7, 5.5e-6);
    }

    @Test
    void periLnUnnormalized() {
        // alpha = 1.5. Measured max error 3.97e-8 (rho), 2.62e-7 (radius) at h = 0.002.
        check(Norm.PERI, AttentionKind.USA, 1.5, 1, 0.1, 1.6e-7, 1.05e-6);
    }

    @Test
    void preAndPeriLnAreBitIdenticalForEveryThreadCount() {
        // With shared noise (the per-token step follows) and with attention alone (the drift checks every token).
        for (double sigmaQ : new double[] {0.5, 0}) {
            for (Norm norm : new Norm[] {Norm.PRE, Norm.PERI}) {
                Params p = Params.defaults().toBuilder().d(3).n(700).sigmaQ(sigmaQ).attention(AttentionKind.SA)
                        .norm(norm).beta(2).dt(0.01).seed(11).build();
                double[][] one = run(p, 1);
                for (int threads = 2; threads <= 3; threads++) {
                    double[][] more = run(p, threads);
                    String what = norm + ", σ_Q = " + sigmaQ + ", " + threads + " threads: ";
                    org.junit.jupiter.api.Assertions.assertArrayEquals(one[0], more[0], 0, what + "directions");
                    org.junit.jupiter.api.Assertions.assertArrayEquals(one[1], more[1], 0, what + "radii");
                }
            }
        }
    }

    private static double[][] run(Params p, int threads) {
        try (Simulation sim = new Simulation(p, threads)) {
            sim.advance(40);
            return new double[][] {sim.positions().clone(), sim.radii().clone()};
        }
    }

    private static void check(Norm norm, AttentionKind kind, double alpha, double beta, double rho0, double tol,
                              double radiusTol) {
        String name = norm + " " + kind + " alpha=" + alpha + " beta=" + beta + " rho0=" + rho0;
        Equiangular ode = new Equiangular(norm, kind, N, alpha, beta, rho0);
        double[] coarse = maxError(norm, kind, alpha, beta, rho0, 0.002, ode, name);
        double[] fine = maxError(norm, kind, alpha, beta, rho0, 0.001, ode, name);
        System.out.printf("%s: max error rho %.3g radius %.3g (h = 0.002), ratios %.3f %.3f%n", name, coarse[0],
                coarse[1], coarse[0] / fine[0], coarse[1] / fine[1]);
        assertNear(name + ": max |rho_ij - rho_ODE| at h=0.002", coarse[0], 0, tol);
        assertNear(name + ": error ratio h=0.002 / h=0.001", coarse[0] / fine[0], 4, 0.5);
        assertNear(name + ": max |meanRadius - r_ODE| at h=0.002", coarse[1], 0, radiusTol);
        if (norm != Norm.POST) {
            assertNear(name + ": radius error ratio", coarse[1] / fine[1], 4, 0.5);
        }
    }

    private static double[] maxError(Norm norm, AttentionKind kind, double alpha, double beta, double rho0, double h,
                                     Equiangular ode, String name) {
        Params p = Params.defaults().toBuilder().d(D).n(N).sigmaQ(0).attention(kind).norm(norm).alpha(alpha)
                .beta(beta).dt(h).init(InitialState.of(InitKind.EQUIANGULAR).withRho0(rho0)).seed(3).build();
        double worstRho = 0;
        double worstRadius = 0;
        try (Simulation sim = new Simulation(p, 2)) {
            for (double t : TIMES) {
                sim.advanceTo(t);
                double[] range = Replicas.pairProducts(sim.positions(), N, D, ode.rho(sim.time()));
                worstRho = Math.max(worstRho, range[2]);
                assertAtMost(name + " t=" + t + ": spread of rho_ij", range[1] - range[0], 1e-12);
                worstRadius = Math.max(worstRadius, Math.abs(sim.meanRadius() - ode.radius(sim.time())));
                double rLow = Double.MAX_VALUE;
                double rHigh = 0;
                for (double r : sim.radii()) {
                    rLow = Math.min(rLow, r);
                    rHigh = Math.max(rHigh, r);
                }
                assertAtMost(name + " t=" + t + ": spread of r_i", rHigh - rLow, 1e-12);
            }
        }
        return new double[] {worstRho, worstRadius};
    }
}
