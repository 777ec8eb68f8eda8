package org.tokensphere.model;

import static org.tokensphere.model.Replicas.assertAtMost;
import static org.tokensphere.model.Replicas.assertNear;

import org.junit.jupiter.api.Test;
import org.tokensphere.model.observe.Observables;
import org.tokensphere.model.theory.Equiangular;

/**
 * How equiangular tokens collapse (MATH.md §8; Rigollet (2025), §6.2, Fig. 4): Post-LN exponentially,
 * {@code 1 − ρ ~ e^{−2αt}} (SA) and {@code e^{−2αe^β t}} (USA); Pre-LN polynomially, {@code (1 − ρ)t² → c}. And the
 * attention energy {@code E_β} (MATH.md §7) never decreases along a noiseless Post-LN run (SA and USA are its
 * gradient ascents, Rigollet (2025), §3). Nothing is random (seeded starts, seed 7); tolerances come from the
 * step's known error as stated per test.
 */
class CollapseRatesTest {
    private static final double H = 0.01;

    @Test
    void postLnSoftmaxCollapsesAtRateTwoAlpha() {
        postLnRate(AttentionKind.SA, 1.0, 2, 2 * 1.0);
    }

    @Test
    void postLnUnnormalizedCollapsesAtRateTwoAlphaEBeta() {
        postLnRate(AttentionKind.USA, 0.5, 1, 2 * 0.5 * Math.E);
    }

    /**
     * The slope of {@code log(1 − ρ_01)} over {@code t ∈ [6, 8]} against {@code −λ}. Two known deviations: the
     * configuration is not yet at its limit (the ODE's own slope over the same interval differs from {@code −λ} by
     * {@code δ_ODE}, computed here), and Heun's amplification factor {@code 1 − λh + (λh)²/2} has the log-rate
     * {@code λ(1 + (λh)²/6 + …)}. The tolerance is {@code δ_ODE + 2λ(λh)²/6}.
     */
    private static void postLnRate(AttentionKind kind, double alpha, double beta, double lambda) {
        int n = 6;
        Params p = equiangular(kind, Norm.POST, n, 8, alpha, beta, 0.2);
        Equiangular ode = Equiangular.of(p);
        double t1 = 6;
        double t2 = 8;
        double odeSlope = (Math.log(ode.oneMinusRho(t2)) - Math.log(ode.oneMinusRho(t1))) / (t2 - t1);
        double tolerance = Math.abs(odeSlope + lambda) + 2 * lambda * Math.pow(lambda * H, 2) / 6;
        try (Simulation sim = new Simulation(p, 1)) {
            sim.advanceTo(t1);
            double w1 = oneMinusRho01(sim);
            sim.advanceTo(t2);
            double w2 = oneMinusRho01(sim);
            double slope = (Math.log(w2) - Math.log(w1)) / (t2 - t1);
            System.out.printf("%s: 1-rho %.3g -> %.3g, slope %.6f (ODE %.6f), -lambda %.6f, tol %.2g%n", kind, w1, w2,
                    slope, odeSlope, -lambda, tolerance);
            assertNear(kind + " Post-LN: d/dt log(1 - rho01)", slope, -lambda, tolerance);
        }
    }

    @Test
    void preLnSoftmaxCollapsesLikeOneOverTSquared() {
        // MATH.md §8: a NumPy particle run at N = 8, d = 16, beta = 1, rho0 = 0.1 gives (1 - rho) t^2 -> 1.22.
        double c = preLnConstant(AttentionKind.SA, 1);
        assertNear("SA Pre-LN: lim (1 - rho) t^2", c, 1.22, 0.01);
    }

    @Test
    void preLnUnnormalizedCollapsesLikeOneOverTSquared() {
        preLnConstant(AttentionKind.USA, 1);
    }

    /**
     * {@code c(t) = (1 − ρ)t²} of the ODE at {@code t = 25, 50, …, 800}: the changes between doublings shrink
     * geometrically (by at least 1.5 each time; they halve when {@code c(t) = c + k/t}, as here, with a slowly
     * settling factor) and the last is below 1% of {@code c}, so {@code c(t)} converges; the simulation
     * ({@code h = 0.01}) gives the ODE's {@code c(t)} at {@code t = 50} within 10⁻³ relative (Heun's error there,
     * measured as 4·10⁻⁶ (SA) and 1.1·10⁻⁵ (USA) relative, is far below). Returns {@code c(800)}.
     */
    private static double preLnConstant(AttentionKind kind, double beta) {
        Params p = equiangular(kind, Norm.PRE, 8, 16, 1, beta, 0.1);
        Equiangular ode = Equiangular.of(p);
        double previous = Double.NaN;
        double previousChange = Double.NaN;
        double c = Double.NaN;
        for (double t = 25; t <= 800; t *= 2) {
            c = ode.oneMinusRho(t) * t * t;
            double change = Math.abs(c - previous);
            System.out.printf("%s Pre-LN: t = %.0f: (1 - rho) t^2 = %.6f%n", kind, t, c);
            if (!Double.isNaN(previousChange)) {
                assertAtMost(kind + " Pre-LN: change of (1-rho)t^2 at t = " + t, change, previousChange / 1.5);
            }
            previousChange = change;
            previous = c;
        }
        assertAtMost(kind + " Pre-LN: last change of (1-rho)t^2, relative", previousChange / c, 0.01);
        try (Simulation sim = new Simulation(p, 1)) {
            sim.advanceTo(50);
            double simulated = oneMinusRho01(sim) * sim.time() * sim.time();
            double expected = ode.oneMinusRho(sim.time()) * sim.time() * sim.time();
            System.out.printf("%s Pre-LN: simulated (1 - rho) t^2 at t = 50: %.7f, ODE %.7f%n", kind, simulated,
                    expected);
            assertNear(kind + " Pre-LN: simulated (1-rho)t^2 at t = 50", simulated, expected, 1e-3 * expected);
        }
        return c;
    }

    @Test
    void energyNeverDecreasesAlongSoftmax() {
        energyNonDecreasing(AttentionKind.SA);
    }

    @Test
    void energyNeverDecreasesAlongUnnormalized() {
        energyNonDecreasing(AttentionKind.USA);
    }

    /**
     * {@code N = 32} uniform tokens in {@code d = 3}, {@code β = 4}, {@code h = 0.01}, to {@code t = 30} (several
     * merges): the energy (exact exponentials) at every step is at least the one before, less the rounding of a sum
     * of {@code N²} terms (relative {@code 10⁻¹³}).
     */
    private static void energyNonDecreasing(AttentionKind kind) {
        int n = 32;
        Params p = Params.defaults().toBuilder().d(3).n(n).sigmaQ(0).attention(kind).beta(4).dt(H).seed(7).build();
        try (Simulation sim = new Simulation(p, 1)) {
            double before = Observables.attentionEnergy(sim.positions(), n, 3, 4);
            double first = before;
            double worst = 0;
            while (sim.time() < 30) {
                sim.step();
                double now = Observables.attentionEnergy(sim.positions(), n, 3, 4);
                worst = Math.min(worst, (now - before) / before);
                before = now;
            }
            System.out.printf("%s: energy %.6f -> %.6f, worst relative step change %.3g%n", kind, first, before, worst);
            assertAtMost(kind + ": largest relative decrease of E_beta in one step", -worst, 1e-13);
            assertAtMost(kind + ": the energy rose", first, before);
        }
    }

    private static Params equiangular(AttentionKind kind, Norm norm, int n, int d, double alpha, double beta,
                                      double rho0) {
        return Params.defaults().toBuilder().d(d).n(n).sigmaQ(0).attention(kind).norm(norm).alpha(alpha).beta(beta)
                .dt(H).init(InitialState.of(InitKind.EQUIANGULAR).withRho0(rho0)).seed(7).build();
    }

    /** {@code 1 − ⟨θ_0, θ_1⟩ = |θ_0 − θ_1|²/2}, without the cancellation of {@code 1 − ρ} near 1. */
    private static double oneMinusRho01(Simulation sim) {
        double[] x = sim.positions();
        int d = sim.d();
        double s = 0;
        for (int k = 0; k < d; k++) {
            double diff = x[k] - x[d + k];
            s += diff * diff;
        }
        return s / 2;
    }
}
