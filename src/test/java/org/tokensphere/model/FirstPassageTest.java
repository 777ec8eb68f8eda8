package org.tokensphere.model;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.junit.jupiter.api.Test;

import static org.tokensphere.model.Replicas.assertAtMost;
import static org.tokensphere.model.Replicas.assertNear;

/**
 * {@link FirstPassage} on a Brownian motion with drift, where everything is exact: {@code X = μt + σW} first
 * reaches {@code a > 0} at a mean time {@code a/μ}. Coarse steps (h = 0.05) checked only at their ends are late by
 * about {@code 0.5826·σ√h/μ} (Broadie–Glasserman–Kou's shift of the barrier; 0.13 here, 13 %); located within the
 * step by the bridge they are unbiased. Seeded (streams 1–3 of {@link Seeds}, index 0 of seed 2024), 20 000 paths:
 * the standard deviation of the hitting time is {@code √(aσ²/μ³)} = 1, so the s.e. is 0.0071 and the tolerance
 * 4 s.e. = 0.028. The bridge's crossing time is checked the same way against a path with h = 0.05 split into 50
 * steps: E τ for the downward condition {@code x <= −a} with drift −μ.
 */
class FirstPassageTest {
    private static final double MU = 1;
    private static final double SIGMA = 1;
    private static final double LEVEL = 1;
    private static final double H = 0.05;
    private static final int PATHS = 20_000;

    @Test
    void theBridgeRemovesTheLatenessOfCheckingAtTheSteps() {
        double exact = LEVEL / MU;
        double se = Math.sqrt(LEVEL * SIGMA * SIGMA / (MU * MU * MU) / PATHS);
        StopCondition up = StopCondition.parse("rho01>=" + LEVEL);
        double bridged = meanTime(up, FirstPassage.Motion.DIFFUSING, 1);
        double atEnds = meanTime(up, FirstPassage.Motion.JUMPS, 1);
        assertNear("bridged mean hitting time", bridged, exact, 4 * se);
        assertAtMost("checked at the step ends only, minus 0.1 (it is late by about 0.13)", exact + 0.1, atEnds);
        StopCondition down = StopCondition.parse("rho01<=" + (-LEVEL));
        assertNear("bridged, downward", meanTime(down, FirstPassage.Motion.DIFFUSING, -1), exact, 4 * se);
    }

    /** Mean first time the condition holds for {@code sign·(μt + σW)} started at 0, stepped with h. */
    private static double meanTime(StopCondition c, FirstPassage.Motion motion, int sign) {
        UniformRandomProvider noise = Seeds.stream(2024, 1, 0);
        UniformRandomProvider draws = Seeds.stream(2024, 2, 0);
        ZigguratSampler.NormalizedGaussian z = ZigguratSampler.NormalizedGaussian.of(noise);
        double sum = 0;
        for (int p = 0; p < PATHS; p++) {
            double x = 0;
            double t = 0;
            while (true) {
                double next = x + sign * (MU * H + SIGMA * Math.sqrt(H) * z.sample());
                double at = FirstPassage.locate(c, motion, t, H, x, next, SIGMA * SIGMA, draws);
                x = next;
                t += H;
                if (!Double.isNaN(at)) {
                    sum += at;
                    break;
                }
            }
        }
        return sum / PATHS;
    }
}
