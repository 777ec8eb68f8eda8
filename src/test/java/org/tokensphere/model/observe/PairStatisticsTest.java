package org.tokensphere.model.observe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PairStatisticsTest {

    @Test
    void exactCountsOnTwoPoles() {
        // 3 tokens at +u, 2 at −u: polar pairs C(3,2) + C(2,2) = 4, anti-polar 3·2 = 6, of 10.
        double[] u = ObservablesTest.unit(1, 2, 2);
        double[] x = ObservablesTest.concat(ObservablesTest.repeat(u, 3),
                ObservablesTest.repeat(ObservablesTest.negate(u), 2));
        double[] before = x.clone();
        PairStatistics stats = PairStatistics.compute(x, 5, 3, 0.1, 4, 100, 1000, 1L);
        assertArrayEquals(before, x, "input unchanged");
        assertFalse(stats.sampled());
        assertEquals(10, stats.totalPairs());
        assertEquals(10, stats.pairsExamined());
        assertEquals(0.4, stats.polarFraction(), 1e-15);
        assertEquals(0.6, stats.antipolarFraction(), 1e-15);
        assertEquals(4, stats.polarPairsEstimate());
        assertEquals(6, stats.antipolarPairsEstimate());
        assertArrayEquals(new double[] {0.6, 0, 0, 0.4}, stats.histogram(), 1e-15);
    }

    @Test
    void sampledEstimateAgreesWithExactWithinFourSigma() {
        // 1000 tokens at +u, 600 at −u, 400 uniform (seed 3): at least C(1000,2) + C(600,2) polar and
        // 1000·600 anti-polar pairs of 1 999 000. A sampled fraction p̂ of m uniform pairs has
        // standard error √(p(1−p)/m); we allow 4σ, for fractions and for each histogram bin. Seed 17.
        int n = 2000;
        int d = 3;
        double[] u = ObservablesTest.unit(0.2, -0.4, 0.9);
        double[] x = ObservablesTest.concat(ObservablesTest.repeat(u, 1000),
                ObservablesTest.concat(ObservablesTest.repeat(ObservablesTest.negate(u), 600),
                        ObservablesTest.uniform(400, d, 3L)));
        double delta = 0.05;
        int bins = 20;
        int m = 200_000;
        PairStatistics exact = PairStatistics.compute(x, n, d, delta, bins, n, m, 17L);
        PairStatistics sampled = PairStatistics.compute(x, n, d, delta, bins, 1000, m, 17L);

        assertFalse(exact.sampled());
        assertEquals(1_999_000L, exact.pairsExamined());
        assertTrue(exact.polarPairsEstimate() >= 499_500L + 179_700L);
        assertTrue(exact.antipolarPairsEstimate() >= 600_000L);
        assertTrue(sampled.sampled());
        assertEquals(m, sampled.pairsExamined());
        assertEquals(1_999_000L, sampled.totalPairs());

        assertWithinFourSigma(exact.polarFraction(), sampled.polarFraction(), m);
        assertWithinFourSigma(exact.antipolarFraction(), sampled.antipolarFraction(), m);
        double polarSigma = Math.sqrt(exact.polarFraction() * (1 - exact.polarFraction()) / m);
        assertEquals(exact.polarPairsEstimate(), sampled.polarPairsEstimate(), 4 * polarSigma * exact.totalPairs());
        double[] exactHistogram = exact.histogram();
        double[] sampledHistogram = sampled.histogram();
        assertEquals(1.0, Arrays.stream(exactHistogram).sum(), 1e-12);
        assertEquals(1.0, Arrays.stream(sampledHistogram).sum(), 1e-12);
        for (int b = 0; b < bins; b++) {
            assertWithinFourSigma(exactHistogram[b], sampledHistogram[b], m);
        }
        assertEquals(sampled.toString(), PairStatistics.compute(x, n, d, delta, bins, 1000, m, 17L).toString(),
                "same seed, same result");
    }

    private static void assertWithinFourSigma(double p, double estimate, int m) {
        double sigma = Math.sqrt(p * (1 - p) / m);
        assertEquals(p, estimate, 4 * sigma + 1e-15);
    }

    @Test
    void fewerThanTwoTokensHaveNoPairs() {
        PairStatistics stats = PairStatistics.compute(new double[] {1, 0}, 1, 2, 0.1, 3, 0, 10, 1L);
        assertEquals(0, stats.totalPairs());
        assertEquals(0, stats.pairsExamined());
        assertTrue(Double.isNaN(stats.polarFraction()));
        assertArrayEquals(new double[3], stats.histogram());
    }
}
