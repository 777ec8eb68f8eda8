package org.tokensphere.export;

import org.junit.jupiter.api.Test;
import org.tokensphere.model.ParamAxis;
import org.tokensphere.model.ParamParser;
import org.tokensphere.model.Params;
import org.tokensphere.model.ScalarObservable;
import org.tokensphere.model.theory.EquiangularTime;
import org.tokensphere.model.AttentionKind;
import org.tokensphere.sweep.PointResult;
import org.tokensphere.sweep.Sweep;
import org.tokensphere.sweep.SweepResult;
import org.tokensphere.sweep.SweepSeries;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The drawing of a sweep, on made-up statistics (no simulation): a heatmap cell has the colour of its value and a
 * click on it finds its grid point and time; the 50 % level is interpolated between samples; the theory is chosen
 * by what the sweep is (the equiangular time over a β sweep of uniform starts under SA, the arcsin law over a
 * {@code ρ₀} sweep of a pair); an observable the sweep does not give is refused.
 */
class SweepChartTest {
    /** A β sweep whose polar fraction at grid point g, sample k is (k + g) / 10, capped at 1. */
    private static SweepResult fig3Like() {
        Params base = ParamParser.parse(Params.defaults(), List.of("d=16", "n=8", "attention=sa", "sigmaQ=0",
                "sigmaB=0", "init=uniform", "delta=0.001"));
        Sweep s = new Sweep(base, List.of(ParamAxis.parse("beta=0:4:5")), 10, 1, 3, null);
        int obs = Sweep.OBSERVABLES.size();
        int col = Sweep.OBSERVABLES.indexOf(ScalarObservable.POLAR_FRACTION);
        List<PointResult> points = new ArrayList<>();
        for (int g = 0; g < s.points(); g++) {
            int[] count = new int[s.samples()];
            Arrays.fill(count, 3);
            double[] mean = new double[s.samples() * obs];
            double[] se = new double[s.samples() * obs];
            for (int k = 0; k < s.samples(); k++) {
                mean[k * obs + col] = Math.min(1, (k + g) / 10.0);
                se[k * obs + col] = 0.01;
            }
            points.add(new PointResult(g, count, mean, se, new double[s.samples()], new double[s.samples()],
                    new int[s.samples()]));
        }
        return new SweepResult(s, points);
    }

    @Test
    void aHeatmapCellHasTheColourOfItsValueAndIsFoundByAClick() {
        SweepSeries series = new SweepSeries(fig3Like(), "polarFraction");
        SweepChart chart = new SweepChart(series, SweepChart.Kind.HEATMAP, 800, 600);
        BufferedImage img = chart.render("test");
        double cw = (chart.right() - chart.left()) / 5.0;
        double ch = (chart.bottom() - chart.top()) / 11.0;
        // grid point 3, sample 2: a cell far from the overlays (they run near value 0.5, the legend at the top left)
        double x = chart.left() + 3.5 * cw;
        double y = chart.bottom() - 1.5 * ch;
        assertArrayEquals(new int[] {3, 1}, chart.cellAt(x, y));
        assertEquals(chart.colour(series.value(3, 1)).getRGB(), img.getRGB((int) x, (int) y));
        assertNull(chart.cellAt(chart.left() - 1, y), "left of the cells");
        assertNull(new SweepChart(series, SweepChart.Kind.CURVES, 800, 600).cellAt(x, y), "curves have no cells");
    }

    @Test
    void theFiftyPercentLevelIsInterpolatedAndTheTheoryChosen() {
        SweepSeries series = new SweepSeries(fig3Like(), "polarFraction");
        // grid point 2: values 0.2, 0.3, ... reach 0.5 at sample 3 exactly; grid point 0 reaches 0.45 → 0.5 halfway
        assertEquals(3, series.firstTimeAt(2, 0.5), 1e-12);
        assertEquals(4.5, series.firstTimeAt(0, 0.45), 1e-12);
        assertEquals(Double.NaN, series.firstTimeAt(0, 2), "never reached");
        assertEquals(SweepSeries.Theory.EQUIANGULAR_TIME, series.theory());
        assertEquals(EquiangularTime.time(AttentionKind.SA, 8, 1, 2, 0, 0.999), series.theoryAt(2), 1e-12);
        assertEquals(SweepSeries.Theory.NONE, new SweepSeries(fig3Like(), "polarOrder").theory());
        new SweepChart(series, SweepChart.Kind.CURVES, 640, 480).render("curves");
    }

    @Test
    void theArcsinLawBelongsToAPairSweepOverRho0() {
        Params base = ParamParser.parse(Params.defaults(), List.of("n=2", "init=pair"));
        Sweep s = new Sweep(base, List.of(ParamAxis.parse("rho0=-0.5:0.5:3")), 1, 1, 2, null);
        List<PointResult> points = new ArrayList<>();
        int obs = Sweep.OBSERVABLES.size();
        for (int g = 0; g < 3; g++) {
            points.add(new PointResult(g, new int[] {2, 2}, new double[2 * obs], new double[2 * obs],
                    new double[2], new double[2], new int[2]));
        }
        SweepSeries series = new SweepSeries(new SweepResult(s, points), "polarFraction");
        assertEquals(SweepSeries.Theory.ARCSIN, series.theory());
        assertEquals(0.5 + Math.asin(0.3) / Math.PI, series.theoryAt(0.3), 1e-15);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SweepSeries.check(s, "tStop"));
        assertEquals("tStop needs a sweep with a stop condition (--stop-when)", e.getMessage());
    }
}
