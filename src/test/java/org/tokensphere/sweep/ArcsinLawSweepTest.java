package org.tokensphere.sweep;

import org.junit.jupiter.api.Test;
import org.tokensphere.model.ParamAxis;
import org.tokensphere.model.ParamParser;
import org.tokensphere.model.Parallel;
import org.tokensphere.model.Params;
import org.tokensphere.model.ScalarObservable;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The arcsin law of MATH.md §5.2 reproduced by a ρ₀ sweep, at every grid point: two tokens under the RQF (d = 2,
 * the exact linear flow), ρ₀ = −0.8 … 0.8 (9 values, ρ₀ ≠ 0 but one), 400 replicas each (seeds 11 + g·400 + r).
 * With δ = 0.5 the polar fraction at T = 10 is the indicator of {@code ρ_T > 0.5}; by then every pair is within
 * {@code e^{−4t}}-ish of ±1 (none was left in (−0.5, 0.5) in a run of the same sweep), so its mean is
 * {@code P(ρ_∞ = +1) = ½ + arcsin(ρ₀)/π} up to far less than its s.e. Each point: within 4 binomial standard errors
 * {@code √(p(1−p)/400)} of the law; all 9 together: {@code Σ z² ≤ 33.7}, the χ²₉ quantile of the same tail
 * probability as 4σ (6·10⁻⁵).
 */
class ArcsinLawSweepTest {
    @Test
    void absorptionProbabilityFollowsTheArcsinLawAtEachGridPoint() {
        Params base = ParamParser.parse(Params.defaults(), List.of("n=2", "d=2", "init=pair", "delta=0.5", "seed=11"));
        Sweep s = new Sweep(base, List.of(ParamAxis.parse("rho0=-0.8:0.8:9")), 10, 10, 400, null);
        SweepResult r;
        try (Parallel p = new Parallel(Runtime.getRuntime().availableProcessors())) {
            r = SweepRunner.run(s, p, () -> false, x -> { });
        }
        double chi2 = 0;
        double[] rho0 = s.axes().get(0).numbers();
        for (int g = 0; g < s.points(); g++) {
            double law = 0.5 + Math.asin(rho0[g]) / Math.PI;
            double se = Math.sqrt(law * (1 - law) / s.replicas());
            double measured = r.mean(g, 1, ScalarObservable.POLAR_FRACTION);
            double z = (measured - law) / se;
            chi2 += z * z;
            System.out.printf(Locale.ROOT, "rho0=%+.1f: P(+1) %.4f, law %.4f, z %+.2f%n", rho0[g], measured, law, z);
            assertTrue(Math.abs(z) <= 4, "rho0 = " + rho0[g] + ": " + measured + " vs " + law);
        }
        System.out.printf(Locale.ROOT, "sum of z^2 over 9 points: %.2f%n", chi2);
        assertTrue(chi2 <= 33.7, "chi2 = " + chi2);
    }
}
