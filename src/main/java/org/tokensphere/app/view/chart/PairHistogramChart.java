package org.tokensphere.app.view.chart;

import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.renderer.ContourType;
import io.fair_acc.chartfx.renderer.spi.ContourDataSetRenderer;
import io.fair_acc.chartfx.renderer.spi.utils.ColorGradient;
import io.fair_acc.chartfx.ui.geometry.Side;
import io.fair_acc.dataset.spi.DoubleGridDataSet;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.tokensphere.engine.Frame;
import org.tokensphere.engine.HistorySnapshot;

/**
 * The histogram of all pairwise scalar products {@code ⟨x_i, x_j⟩} over time, as a heatmap: time across, the
 * scalar product upright, colour the square root of the fraction of pairs per bin (so thin bands stay visible).
 */
public final class PairHistogramChart extends HistoryChart {
    /** Most time columns of the heatmap (rows of the history are thinned to this). */
    static final int COLUMNS = 240;

    /** Starts as a 2×2 grid of zeros: ChartFX's heatmap cannot draw an empty grid. */
    private final DoubleGridDataSet heat;
    private final VBox node;

    /** The chart, empty. */
    public PairHistogramChart() {
        this(new ContourDataSetRenderer());
    }

    private PairHistogramChart(ContourDataSetRenderer renderer) {
        super("heatmap-chart", ChartParts.axis("⟨x_i, x_j⟩", -1, 1), renderer, 120);
        heat = track(new DoubleGridDataSet("pair products", false, new double[][] {{0, 1}, {-1, 1}}, new double[4]));
        DefaultNumericAxis z = ChartParts.axis("√ fraction", Double.NaN, Double.NaN);
        z.setSide(Side.RIGHT);
        chart().getAxes().add(z);
        renderer.getAxes().addAll(timeAxis(), chart().getYAxis(), z);
        renderer.setContourType(ContourType.HEATMAP);
        renderer.setColorGradient(ColorGradient.VIRIDIS);
        renderer.getDatasets().add(heat);
        node = ChartParts.titled(chart(), "Histogram of all pairwise products over time", ChartParts.legend(
                "#fde725", "colour: √ fraction of pairs per bin of ⟨x_i, x_j⟩", false));
    }

    @Override
    public Region node() {
        return node;
    }

    @Override
    public void update(Frame f, HistorySnapshot h, double[] t) {
        int len = h.length();
        int bins = h.bins();
        if (len < 2 || bins < 2) {
            return;
        }
        int stride = (len + COLUMNS - 1) / COLUMNS;
        int nx = (len + stride - 1) / stride;
        if (nx < 2) {
            return;
        }
        double[] xs = new double[nx];
        double[] ys = new double[bins];
        for (int b = 0; b < bins; b++) {
            ys[b] = -1 + (b + 0.5) * 2.0 / bins;
        }
        double[] z = new double[nx * bins];
        for (int ix = 0; ix < nx; ix++) {
            int row = Math.min(len - 1, ix * stride);
            xs[ix] = t[row];
            double[] hist = h.histogram(row);
            for (int b = 0; b < bins && b < hist.length; b++) {
                z[b * nx + ix] = Math.sqrt(Math.max(0, hist[b]));
            }
        }
        heat.set(false, new double[][] {xs, ys}, z);
        heat.recomputeLimits();
    }
}
