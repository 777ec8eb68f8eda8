package org.tokensphere.model;

import org.junit.jupiter.api.Test;

import static org.tokensphere.model.Replicas.assertNear;

/**
 * The local variance of {@link ObservableProbe} against the simulator: from one fixed configuration, one step of
 * h = 10⁻⁴ with 20 000 different seeds; {@code E[(Δf)²]/h = Γ + O(h)} (the drift adds {@code b²h ≈ 10⁻³}, well
 * inside the tolerance). The sample second moment of a near-Gaussian increment has relative s.e.
 * {@code √(2/20000) = 1 %}: tolerance 4 % of Γ, plus 10⁻³. Every noise term is on (σ_Q = 1 with sharing 0.6,
 * σ_b = 0.7, σ_ind = 0.5) and each observable has a different gradient; the seeds are 9000 + r.
 */
class ObservableProbeTest {
    @Test
    void localVarianceMatchesOneStepIncrements() {
        Params p = ParamParser.parse(Params.defaults(), java.util.List.of("n=6", "d=3", "sharing=0.6",
                "sigmaB=0.7", "sigmaInd=0.5", "dt=0.0001", "init=cap", "capAngle=1.2"));
        double[] start;
        try (Simulation sim = new Simulation(p, 1)) {
            start = sim.positions().clone();
        }
        for (ScalarObservable o : new ScalarObservable[] {ScalarObservable.RHO01, ScalarObservable.POLAR_ORDER,
                ScalarObservable.NEMATIC_ORDER}) {
            ObservableProbe probe = new ObservableProbe(o, Measurement.DEFAULT);
            double gamma;
            double f0;
            try (Simulation sim = new Simulation(p, 1, start)) {
                gamma = probe.variance(sim);
                f0 = probe.value(sim);
            }
            int runs = 20_000;
            double[][] rows = Replicas.run(runs, r -> {
                try (Simulation sim = new Simulation(p.toBuilder().seed(9000 + r).build(), 1, start)) {
                    sim.step();
                    double df = probe.value(sim) - f0;
                    return new double[] {df * df / sim.dt()};
                }
            });
            assertNear(o.column() + ": E[(Δf)²]/h against Γ", Replicas.mean(rows, 0), gamma, 0.04 * gamma + 1e-3);
        }
    }
}
