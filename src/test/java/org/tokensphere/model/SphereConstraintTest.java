package org.tokensphere.model;

import static org.tokensphere.model.Replicas.assertAtMost;

import org.junit.jupiter.api.Test;

/**
 * MATH.md §6: tokens stay on the sphere, {@code | |x| − 1 |} at rounding level over long runs. Every term on
 * (fixed and random quadratic form with {@code c = 0.5}, fixed and random bias, softmax attention, independent
 * noise), 3 tokens in {@code d = 3}, 10⁶ steps of {@code h = 0.005} per scheme, the largest deviation over all
 * tokens and steps. Each step ends with a normalization, whose result has {@code | |x| − 1 |} of a few ulps
 * (≈ 2·10⁻¹⁶); nothing random here can push it to 10⁻¹² unless a step forgets to map back to the sphere or
 * errors accumulate from step to step.
 */
class SphereConstraintTest {

    @Test
    void bothSchemesStayOnTheSphere() {
        // The two runs are independent: run them side by side.
        Scheme[] schemes = {Scheme.SPLITTING, Scheme.HEUN};
        double[][] worst = Replicas.run(2, k -> new double[] {largestDeviation(schemes[k])});
        for (int k = 0; k < 2; k++) {
            assertAtMost(schemes[k] + ": max | |x_i| - 1 | over 10^6 steps", worst[k][0], 1e-12);
        }
    }

    private static double largestDeviation(Scheme scheme) {
        int n = 3;
        int d = 3;
        Params p = Params.defaults().toBuilder().d(d).n(n).mode(Mode.MIXED).sigmaQ(1).sharing(0.5).sigmaB(0.5)
                .biasStrength(0.5).attention(AttentionKind.SA).alpha(1).beta(1).sigmaInd(0.5).scheme(scheme)
                .dt(0.005).seed(17).build();
        double worst = 0;
        try (Simulation sim = new Simulation(p, 1)) {
            for (int step = 0; step < 1_000_000; step++) {
                sim.step();
                double[] x = sim.positions();
                for (int i = 0; i < n; i++) {
                    worst = Math.max(worst, Math.abs(Math.sqrt(Linalg.dot(x, i * d, x, i * d, d)) - 1));
                }
            }
        }
        return worst;
    }
}
