package org.tokensphere.app.view;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.renderer.ContourType;
import io.fair_acc.chartfx.renderer.spi.ContourDataSetRenderer;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.chartfx.renderer.spi.utils.ColorGradient;
import io.fair_acc.chartfx.ui.geometry.Side;
import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.locks.DefaultDataSetLock;
import io.fair_acc.dataset.spi.DoubleDataSet;
import io.fair_acc.dataset.spi.DoubleGridDataSet;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.tokensphere.engine.Frame;
import org.tokensphere.engine.HistorySnapshot;
import org.tokensphere.model.ObservableValues;
import org.tokensphere.model.ScalarObservable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The scalar-product process and the order parameters over time, with ChartFX: traces {@code ⟨x_i, x_j⟩(t)} of
 * the chosen pairs, the histogram of all pairwise products as a heatmap over time, polar and nematic order with
 * the polar/anti-polar fractions, the Lyapunov estimate with its band beside the theoretical value, and the
 * cluster count. Updated from the UI thread only, from a frame's history.
 */
public final class ChartPanel extends VBox {
    /** Most time columns of the heatmap (rows of the history are thinned to this). */
    static final int HEATMAP_COLUMNS = 240;
    private static final String R_COLOUR = "#d1495b";
    private static final String S_COLOUR = "#00798c";
    private static final String POLAR_COLOUR = "#e09f3e";
    private static final String ANTIPOLAR_COLOUR = "#6a4c93";
    private static final String LYAP_COLOUR = "#2e86ab";
    private static final String CLUSTER_COLOUR = "#3b8b5a";

    private final XYChart pairChart;
    private final List<DoubleDataSet> pairSets = new ArrayList<>();
    private final XYChart heatChart;
    /** Starts as a 2×2 grid of zeros: ChartFX's heatmap cannot draw an empty grid. */
    private final DoubleGridDataSet heat = new DoubleGridDataSet("pair products", false,
            new double[][] {{0, 1}, {-1, 1}}, new double[4]);
    private final DoubleDataSet polar = line("r  polar order");
    private final DoubleDataSet nematic = line("S  nematic order");
    private final DoubleDataSet polarFraction = line("polar pairs");
    private final DoubleDataSet antipolarFraction = line("anti-polar pairs");
    private final DoubleDataSet lyapunov = line("λ estimate");
    private final DoubleDataSet lyapunovHigh = line("±2 s.e. band");
    private final DoubleDataSet lyapunovLow = line("band ");
    private final DoubleDataSet lyapunovTheory = line("theory −2σ_Q²");
    private final DoubleDataSet clusters = line("clusters");
    private final Label readout = new Label();
    private final List<DefaultNumericAxis> timeAxes = new ArrayList<>();
    private final Label pairHint = new Label();
    private final HBox pairLegend = new HBox(10);
    private final Color[] pairColours;
    private String pairLegendKey = "";
    private Label theoryLegend;
    private final Button randomPairs = new Button("Random pairs");
    private int lastLength = -1;
    private HistorySnapshot lastHistory;

    /** The panel; {@code pairColours} are the colours of the traced pairs, in order. */
    public ChartPanel(Color[] pairColours) {
        this.pairColours = pairColours.clone();
        getStyleClass().add("chart-panel");
        setSpacing(1);
        setPadding(new Insets(4, 6, 4, 6));

        pairChart = chart("⟨x_i, x_j⟩", -1.05, 1.05);
        pairChart.setId("pair-chart");
        for (int k = 0; k < pairColours.length; k++) {
            DoubleDataSet ds = line("pair " + k);
            ds.setStyle("-fx-line-color: " + ChartParts.web(pairColours[k])
                    + "; -fx-line-width: 1.6; -fx-marker-size: 0;");
            pairSets.add(ds);
        }

        heatChart = heatmapChart();
        heatChart.setId("heatmap-chart");

        XYChart orderChart = chart("", -0.02, 1.04);
        orderChart.setId("order-chart");
        ChartParts.style(polar, R_COLOUR, 2, null);
        ChartParts.style(nematic, S_COLOUR, 2, null);
        ChartParts.style(polarFraction, POLAR_COLOUR, 1.4, "6 3");
        ChartParts.style(antipolarFraction, ANTIPOLAR_COLOUR, 1.4, "6 3");
        orderChart.getDatasets().addAll(polar, nematic, polarFraction, antipolarFraction);

        XYChart lyapChart = chart("λ", Double.NaN, Double.NaN);
        lyapChart.setId("lyapunov-chart");
        ChartParts.style(lyapunov, LYAP_COLOUR, 2, null);
        ChartParts.style(lyapunovHigh, LYAP_COLOUR, 0.8, "3 3");
        ChartParts.style(lyapunovLow, LYAP_COLOUR, 0.8, "3 3");
        ChartParts.style(lyapunovTheory, R_COLOUR, 1.6, "8 4");
        lyapChart.getDatasets().addAll(lyapunov, lyapunovHigh, lyapunovLow, lyapunovTheory);

        XYChart clusterChart = chart("", Double.NaN, Double.NaN);
        clusterChart.setId("cluster-chart");
        ChartParts.style(clusters, CLUSTER_COLOUR, 1.8, null);
        clusterChart.getDatasets().add(clusters);

        randomPairs.setId("random-pairs");
        randomPairs.setTooltip(new Tooltip("Trace ⟨x_i, x_j⟩(t) for four pairs of tokens drawn at random."));
        pairHint.getStyleClass().add("hint");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label pairTitle = ChartParts.sectionLabel("Scalar-product process");
        pairTitle.setMinWidth(Region.USE_PREF_SIZE);
        randomPairs.setMinWidth(Region.USE_PREF_SIZE);
        pairHint.setMinWidth(0);
        Label against = new Label("all charts against simulated time t");
        against.getStyleClass().add("hint");
        against.setMinWidth(0);
        HBox pairHeader = new HBox(8, pairTitle, against, spacer, pairHint, randomPairs);
        pairHeader.setAlignment(Pos.CENTER_LEFT);
        pairLegend.getStyleClass().add("legend-row");

        HBox lyapLegend = ChartParts.legend(LYAP_COLOUR, "estimate", false, LYAP_COLOUR, "±2 s.e.", true, R_COLOUR,
                "theory −2σ_Q²", true);
        theoryLegend = (Label) lyapLegend.getChildren().get(2);
        VBox lyapBox = ChartParts.titled(lyapChart, "Lyapunov exponent", lyapLegend);
        VBox clusterBox = ChartParts.titled(clusterChart, "Clusters", ChartParts.legend(CLUSTER_COLOUR, "count (ρ > 1−δ)", false));
        HBox bottom = new HBox(6, lyapBox, clusterBox);
        HBox.setHgrow(lyapBox, Priority.ALWAYS);
        clusterBox.setPrefWidth(230);
        clusterBox.setMinWidth(170);
        readout.getStyleClass().add("readout");
        readout.setId("readout");
        readout.setWrapText(true);
        readout.setMinHeight(Region.USE_PREF_SIZE);

        VBox pairs = new VBox(0, pairLegend, pairChart);
        VBox heatBox = ChartParts.titled(heatChart, "Histogram of all pairwise products over time", ChartParts.legend(
                "#fde725", "colour: √ fraction of pairs per bin of ⟨x_i, x_j⟩", false));
        VBox orderBox = ChartParts.titled(orderChart, "Order", ChartParts.legend(R_COLOUR, "r  polar", false, S_COLOUR, "S  nematic",
                false, POLAR_COLOUR, "polar pairs", true, ANTIPOLAR_COLOUR, "anti-polar pairs", true));
        for (Region c : List.of(pairChart, heatChart, orderChart, lyapChart, clusterChart)) {
            VBox.setVgrow(c, Priority.ALWAYS);
        }
        for (Region c : List.of(pairs, heatBox, orderBox, bottom)) {
            VBox.setVgrow(c, Priority.ALWAYS);
        }
        getChildren().addAll(pairHeader, pairs, heatBox, orderBox, bottom, readout);
    }

    /** The "random pairs" button. */
    public Button randomPairsButton() {
        return randomPairs;
    }

    /** Shows a hint about picking (e.g. "token 12 picked: click a second token"). */
    public void setPairHint(String hint) {
        pairHint.setText(hint);
    }

    /** The data sets of the pair traces, in the order of the chosen pairs (for tests and export). */
    public List<DoubleDataSet> pairDataSets() {
        return pairSets;
    }

    /** Brings the charts up to date with {@code f}'s history, if it grew. Cheap when nothing changed. */
    public void update(Frame f) {
        HistorySnapshot h = f.history();
        updateReadout(f);
        if (h == lastHistory && h.length() == lastLength || chartsBusy()) {
            return;
        }
        lastHistory = h;
        lastLength = h.length();
        int len = h.length();
        double[] t = h.column(ScalarObservable.TIME);
        if (len > 0) {
            double t0 = t[0];
            double t1 = Math.max(t[len - 1], t0 + 1e-6);
            for (DefaultNumericAxis a : timeAxes) {
                a.setMin(t0);
                a.setMax(t1);
            }
        }
        updatePairs(f, h, t);
        polar.set(t, h.column(ScalarObservable.POLAR_ORDER), len, false);
        nematic.set(t, h.column(ScalarObservable.NEMATIC_ORDER), len, false);
        polarFraction.set(t, h.column(ScalarObservable.POLAR_FRACTION), len, false);
        antipolarFraction.set(t, h.column(ScalarObservable.ANTIPOLAR_FRACTION), len, false);
        clusters.set(t, h.column(ScalarObservable.CLUSTERS), len, false);
        updateLyapunov(f, h, t);
        updateHeatmap(h, t);
    }

    /**
     * True while a chart holds its data sets read-locked: ChartFX 11.3 locks them from its layout pass until it
     * has drawn, and a layout can happen outside a pulse (showing the window), so writing then would wait on the
     * UI thread's own lock. The update is simply taken at the next pulse.
     */
    private boolean chartsBusy() {
        for (DataSet ds : allDataSets()) {
            if (ds.lock() instanceof DefaultDataSetLock<?> l && (l.getReaderCount() > 0 || l.getWriterCount() > 0)) {
                return true;
            }
        }
        return false;
    }

    private List<DataSet> allDataSets() {
        List<DataSet> all = new ArrayList<>(pairSets);
        all.addAll(List.of(heat, polar, nematic, polarFraction, antipolarFraction, lyapunov, lyapunovHigh,
                lyapunovLow, lyapunovTheory, clusters));
        return all;
    }

    /** Forces the next {@link #update} to redraw (after a theme change). */
    public void invalidate() {
        lastHistory = null;
    }

    private void updatePairs(Frame f, HistorySnapshot h, double[] t) {
        int[][] pairs = f.pairs();
        List<DoubleDataSet> shown = new ArrayList<>();
        for (int k = 0; k < pairSets.size(); k++) {
            DoubleDataSet ds = pairSets.get(k);
            if (k < pairs.length && k < h.pairTraces()) {
                ds.setName("⟨x_" + pairs[k][0] + ", x_" + pairs[k][1] + "⟩");
                double[] y = h.pairTrace(k);
                ChartParts.setFinite(ds, t, y);
                shown.add(ds);
            } else {
                ds.clearData();
            }
        }
        if (!pairChart.getDatasets().equals(shown)) {
            pairChart.getDatasets().setAll(shown);
        }
        String key = java.util.Arrays.deepToString(pairs);
        if (!key.equals(pairLegendKey)) {
            pairLegendKey = key;
            pairLegend.getChildren().clear();
            for (int k = 0; k < shown.size(); k++) {
                pairLegend.getChildren().add(ChartParts.legendItem(ChartParts.web(pairColours[k]), shown.get(k).getName(), false));
            }
        }
    }

    private void updateLyapunov(Frame f, HistorySnapshot h, double[] t) {
        double[] est = h.column(ScalarObservable.LYAPUNOV);
        double[] band = h.column(ScalarObservable.LYAPUNOV_BAND);
        double[] hi = new double[est.length];
        double[] lo = new double[est.length];
        for (int i = 0; i < est.length; i++) {
            hi[i] = est[i] + band[i];
            lo[i] = est[i] - band[i];
        }
        ChartParts.setFinite(lyapunov, t, est);
        ChartParts.setFinite(lyapunovHigh, t, hi);
        ChartParts.setFinite(lyapunovLow, t, lo);
        double theory = f.values().lyapunovTheory();
        if (Double.isFinite(theory) && t.length > 0) {
            String formula = f.params().mode() == org.tokensphere.model.Mode.DETERMINISTIC ? "−(μ₂−μ₁)" : "−2σ_Q²";
            lyapunovTheory.setName("theory " + formula + " = " + fmt(theory));
            theoryLegend.setText("theory " + formula + " = " + fmt(theory));
            lyapunovTheory.set(new double[] {t[0], t[t.length - 1]}, new double[] {theory, theory}, 2, false);
        } else {
            lyapunovTheory.setName("no theoretical value here");
            theoryLegend.setText("no exact value for these parameters");
            lyapunovTheory.clearData();
        }
    }

    private void updateHeatmap(HistorySnapshot h, double[] t) {
        int len = h.length();
        int bins = h.bins();
        if (len < 2 || bins < 2) {
            return;
        }
        int stride = (len + HEATMAP_COLUMNS - 1) / HEATMAP_COLUMNS;
        int nx = (len + stride - 1) / stride;
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
        if (nx < 2) {
            return;
        }
        heat.set(false, new double[][] {xs, ys}, z);
        heat.recomputeLimits();
    }

    private void updateReadout(Frame f) {
        ObservableValues v = f.values();
        String lyap = Double.isFinite(v.lyapunov())
                ? fmt(v.lyapunov()) + (Double.isFinite(v.lyapunovBand()) ? " ± " + fmt(v.lyapunovBand()) : "")
                : "–";
        String theory = Double.isFinite(v.lyapunovTheory()) ? " (theory " + fmt(v.lyapunovTheory()) + ")" : "";
        readout.setText(String.format(Locale.ROOT,
                "r = %.3f   S = %.3f   polar pairs %.1f %%   anti-polar pairs %.1f %%%n"
                        + "clusters %s   λ = %s%s",
                v.polarOrder(), v.nematicOrder(), 100 * v.polarFraction(), 100 * v.antipolarFraction(),
                v.clusters() > 1000 ? ">1000" : String.valueOf(v.clusters()), lyap, theory));
    }

    private XYChart heatmapChart() {
        DefaultNumericAxis x = timeAxis();
        DefaultNumericAxis y = ChartParts.axis("⟨x_i, x_j⟩", -1, 1);
        DefaultNumericAxis z = ChartParts.axis("√ fraction", Double.NaN, Double.NaN);
        z.setSide(Side.RIGHT);
        XYChart c = new XYChart(x, y);
        c.getAxes().add(z);
        c.setAnimated(false);
        c.setLegendVisible(false);
        ContourDataSetRenderer r = new ContourDataSetRenderer();
        r.getAxes().addAll(x, y, z);
        r.setContourType(ContourType.HEATMAP);
        r.setColorGradient(ColorGradient.VIRIDIS);
        r.getDatasets().add(heat);
        c.getRenderers().setAll(r);
        c.setMinHeight(120);
        return c;
    }

    private XYChart chart(String yName, double yMin, double yMax) {
        DefaultNumericAxis x = timeAxis();
        DefaultNumericAxis y = ChartParts.axis(yName, yMin, yMax);
        XYChart c = new XYChart(x, y);
        c.setAnimated(false);
        c.setLegendVisible(false);
        c.setMinHeight(110);
        ErrorDataSetRenderer r = new ErrorDataSetRenderer();
        r.setDrawMarker(false);
        c.getRenderers().setAll(r);
        return c;
    }

    /**
     * A time axis whose range this panel sets on every update (the span of the history): ChartFX sizes an axis
     * from its first range, and an auto-ranging axis over empty data sets would keep no room for its labels.
     */
    private DefaultNumericAxis timeAxis() {
        DefaultNumericAxis a = ChartParts.axis(null, 0, 1);
        timeAxes.add(a);
        return a;
    }


    private static DoubleDataSet line(String name) {
        return new DoubleDataSet(name);
    }








    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }
}
