package org.tokensphere.app.view.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** Which falls of the cluster count the energy chart marks as merges: those after a plateau. */
class EnergyChartMergesTest {
    @Test
    void marksFallsAfterAPlateauOnly() {
        double[] t = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20};
        // The first gathering (9 -> 7 -> 5) is not a merge; 5 -> 4 at t = 8 and 4 -> 3 at t = 15 are.
        double[] clusters = {9, 7, 5, 5, 5, 5, 5, 5, 4, 4, 4, 4, 4, 4, 4, 3, 3, 3, 3, 3, 3};
        assertArrayEquals(new double[] {8, 15}, EnergyChart.merges(t, clusters, t.length));
        // A fall right after the count changed is not marked (two samples held, fewer than PLATEAU = 3).
        double[] quick = {5, 5, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3};
        assertArrayEquals(new double[0], EnergyChart.merges(t, quick, t.length));
        assertArrayEquals(new double[0], EnergyChart.merges(t, clusters, 1));
    }
}
