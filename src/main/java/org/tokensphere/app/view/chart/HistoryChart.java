package org.tokensphere.app.view.chart;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.renderer.Renderer;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.spi.DoubleDataSet;
import javafx.scene.layout.Region;
import org.tokensphere.engine.Frame;
import org.tokensphere.engine.HistorySnapshot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One chart of the {@link ChartPanel}, drawn against simulated time from a frame's history. A chart is an
 * {@link XYChart} whose time axis the panel sets (the span of the history) on every update, the data sets it
 * {@link #track tracks} (the panel writes only while ChartFX holds none of them locked), and the node the panel
 * lays out (the chart under its heading and legend). To add a chart: extend this class (or {@link ColumnChart} for
 * plain history columns), build the node in the constructor, fill the data sets in {@link #update}, and place the
 * node in the panel. Used on the FX thread only.
 */
public abstract class HistoryChart {
    /** Least height of a line chart, pixels. */
    protected static final double LINE_MIN_HEIGHT = 110;

    private final DefaultNumericAxis timeAxis = ChartParts.axis(null, 0, 1);
    private final XYChart chart;
    private final List<DataSet> dataSets = new ArrayList<>();
    private final List<Runnable> restyles = new ArrayList<>();
    private double lineScale = 1;

    /** A line chart (no markers) with {@code valueAxis} upright. */
    protected HistoryChart(String id, DefaultNumericAxis valueAxis) {
        this(id, valueAxis, lineRenderer(), LINE_MIN_HEIGHT);
    }

    /** A chart drawn by {@code renderer}, at least {@code minHeight} pixels high. */
    protected HistoryChart(String id, DefaultNumericAxis valueAxis, Renderer renderer, double minHeight) {
        chart = new XYChart(timeAxis, valueAxis);
        chart.setId(id);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setMinHeight(minHeight);
        chart.getRenderers().setAll(renderer);
    }

    private static Renderer lineRenderer() {
        ErrorDataSetRenderer r = new ErrorDataSetRenderer();
        r.setDrawMarker(false);
        return r;
    }

    /** What the panel lays out: the chart with its heading and legend. */
    public abstract Region node();

    /** Brings the data sets up to date with history {@code h} of frame {@code f}; {@code t} is its time column. */
    public abstract void update(Frame f, HistorySnapshot h, double[] t);

    /** The ChartFX chart. */
    public final XYChart chart() {
        return chart;
    }

    /**
     * The horizontal axis: the panel sets its range on every update, because ChartFX sizes an axis from its first
     * range and an auto-ranging axis over empty data sets would keep no room for its labels.
     */
    final DefaultNumericAxis timeAxis() {
        return timeAxis;
    }

    /** Every data set this chart draws. */
    final List<DataSet> dataSets() {
        return Collections.unmodifiableList(dataSets);
    }

    /** Registers {@code ds} as drawn by this chart (see {@link ChartPanel}: no writing while ChartFX reads it). */
    protected final <T extends DataSet> T track(T ds) {
        dataSets.add(ds);
        return ds;
    }

    /**
     * A tracked line data set named {@code name}: {@code colour} (CSS), {@code width} pixels times the line scale,
     * dashed or not (null).
     */
    protected final DoubleDataSet series(String name, String colour, double width, String dashes) {
        DoubleDataSet ds = track(new DoubleDataSet(name));
        Runnable restyle = () -> ChartParts.style(ds, colour, width * lineScale, dashes);
        restyle.run();
        restyles.add(restyle);
        return ds;
    }

    /** Draws every line {@code scale} times as wide as it was made (2 for the projector theme). */
    public final void setLineScale(double scale) {
        if (scale != lineScale) {
            lineScale = scale;
            restyles.forEach(Runnable::run);
        }
    }
}
