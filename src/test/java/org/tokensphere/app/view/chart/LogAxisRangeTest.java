package org.tokensphere.app.view.chart;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The pair chart's log axis spans whole decades around its data, so it always carries labelled ticks. */
class LogAxisRangeTest {
    private static void assertRange(double lo, double hi, double min, double max) {
        assertArrayEquals(new double[] {min, max}, PairProductChart.decadeRange(lo, hi), 1e-3 * min,
                "[" + lo + ", " + hi + "]");
    }

    @Test
    void dataWithinOneDecadeGetsTheDecadeAroundIt() {
        assertRange(0.12, 0.9, 0.1, 1);
        assertRange(0.2, 0.3, 0.1, 1);
        assertRange(3e-5, 3e-5, 1e-5, 1e-4);
    }

    @Test
    void powersOfTenAreTheirOwnBoundsAndASinglePowerGetsOneDecade() {
        assertRange(1e-6, 0.9, 1e-6, 1);
        assertRange(0.01, 1, 0.01, 1);
        assertRange(0.1, 0.1, 0.1, 1);
    }

    @Test
    void nothingPositiveToShowLeavesTheAxisAlone() {
        assertNull(PairProductChart.decadeRange(Double.POSITIVE_INFINITY, 0));
        assertNull(PairProductChart.decadeRange(0, 1));
        assertNull(PairProductChart.decadeRange(Double.NaN, 1));
    }
}
