package org.tokensphere.app.view.chart;

import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.dataset.spi.DoubleDataSet;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.tokensphere.engine.Frame;
import org.tokensphere.engine.HistorySnapshot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The scalar-product process: traces {@code ⟨x_i, x_j⟩(t)} of the chosen pairs, each in its pair's colour, with a
 * legend naming the pairs; when the run follows the equiangular ODE (an equiangular start, attention alone) its
 * solution as a dashed reference ({@link EquiangularReference}). Three views: the products themselves, {@code 1 − ρ}
 * on a log scale, and {@code 1 − ρ} on log–log axes, where the exponential collapse of Post-LN and the {@code 1/t²}
 * collapse of Pre-/Peri-LN are told apart (Rigollet (2025), §6.2, Fig. 4).
 */
public final class PairProductChart extends HistoryChart {
    /** What the value axis shows. */
    public enum View {
        /** {@code ⟨x_i, x_j⟩} on [−1, 1]. */
        PRODUCT("⟨x_i, x_j⟩"),
        /** {@code 1 − ρ}, log scale. */
        LOG("1 − ρ, log"),
        /** {@code 1 − ρ} against {@code t}, both logarithmic. */
        LOG_LOG("1 − ρ, log–log");

        private final String label;

        View(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private static final String REFERENCE_COLOUR = "#222222";
    private final List<DoubleDataSet> sets = new ArrayList<>();
    private final DoubleDataSet reference = series("equiangular ODE", REFERENCE_COLOUR, 1.4, "7 4");
    private final EquiangularReference equiangular = new EquiangularReference();
    private final Color[] colours;
    private final javafx.scene.layout.FlowPane legend = new javafx.scene.layout.FlowPane(10, 0);
    private final ComboBox<View> view = new ComboBox<>();
    private final DefaultNumericAxis valueAxis;
    private final VBox node;
    private String legendKey = "";

    /** The chart; {@code colours} are the colours of the traced pairs, in order. */
    public PairProductChart(Color[] colours) {
        this(colours, ChartParts.axis("⟨x_i, x_j⟩", -1.05, 1.05));
    }

    private PairProductChart(Color[] colours, DefaultNumericAxis valueAxis) {
        super("pair-chart", valueAxis);
        this.valueAxis = valueAxis;
        this.colours = colours.clone();
        for (int k = 0; k < colours.length; k++) {
            sets.add(series("pair " + k, ChartParts.web(colours[k]), 1.6, null));
        }
        legend.getStyleClass().add("legend-row");
        legend.setAlignment(Pos.CENTER_LEFT);
        legend.setMinWidth(0);
        HBox.setHgrow(legend, Priority.ALWAYS);
        view.setId("pair-view");
        view.getItems().setAll(View.values());
        view.setValue(View.PRODUCT);
        view.setTooltip(new Tooltip("Show ⟨x_i, x_j⟩, or 1 − ⟨x_i, x_j⟩ on a log scale (a straight line: "
                + "exponential collapse, Post-LN) or on log–log axes (a straight line of slope −2: the 1/t² "
                + "collapse of Pre-LN and Peri-LN), Rigollet (2025), §6.2, Fig. 4."));
        view.valueProperty().addListener((o, a, v) -> applyView());
        view.setMinWidth(Region.USE_PREF_SIZE);
        HBox head = new HBox(8, legend, view);
        head.setAlignment(Pos.CENTER_LEFT);
        node = new VBox(0, head, chart());
        VBox.setVgrow(chart(), Priority.ALWAYS);
    }

    @Override
    public Region node() {
        return node;
    }

    /** The data sets of the pair traces, in the order of the chosen pairs. */
    public List<DoubleDataSet> dataSetsOfPairs() {
        return sets;
    }

    /** The dashed reference curve (empty when the run does not follow the equiangular ODE). */
    public DoubleDataSet referenceDataSet() {
        return reference;
    }

    /** The view chooser. */
    public ComboBox<View> viewChoice() {
        return view;
    }

    private void applyView() {
        View v = view.getValue();
        valueAxis.setLogAxis(v != View.PRODUCT);
        valueAxis.setName(v == View.PRODUCT ? "⟨x_i, x_j⟩" : "1 − ⟨x_i, x_j⟩");
        if (v == View.PRODUCT) {
            valueAxis.setAutoRanging(false);
            valueAxis.setMin(-1.05);
            valueAxis.setMax(1.05);
        } else {
            valueAxis.setAutoRanging(true); // until update() sets whole decades around the data
        }
        timeAxis().setLogAxis(v == View.LOG_LOG);
        legendKey = "";
    }

    @Override
    public void update(Frame f, HistorySnapshot h, double[] t) {
        View v = view.getValue();
        boolean gap = v != View.PRODUCT;
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        int[][] pairs = f.pairs();
        List<DoubleDataSet> shown = new ArrayList<>();
        for (int k = 0; k < sets.size(); k++) {
            DoubleDataSet ds = sets.get(k);
            if (k < pairs.length && k < h.pairTraces()) {
                ds.setName("⟨x_" + pairs[k][0] + ", x_" + pairs[k][1] + "⟩");
                double[] y = h.pairTrace(k);
                if (gap) {
                    y = positiveOnly(t, oneMinus(y), v == View.LOG_LOG);
                    lo = Math.min(lo, minOf(y));
                    hi = Math.max(hi, maxOf(y));
                }
                ChartParts.setFinite(ds, t, y);
                shown.add(ds);
            } else {
                ds.clearData();
            }
        }
        double[] ref = equiangular.values(f.params(), f.time(), t, h.length(), gap);
        if (ref != null) {
            if (gap) {
                ref = positiveOnly(t, ref, v == View.LOG_LOG);
                lo = Math.min(lo, minOf(ref));
                hi = Math.max(hi, maxOf(ref));
            }
            ChartParts.setFinite(reference, t, ref);
            reference.setName(EquiangularReference.label(f.params()));
            shown.add(reference);
        } else {
            reference.clearData();
        }
        if (!chart().getDatasets().equals(shown)) {
            chart().getDatasets().setAll(shown);
        }
        double[] decades = gap ? decadeRange(lo, hi) : null;
        if (decades != null) {
            valueAxis.setAutoRanging(false);
            valueAxis.setMin(decades[0]);
            valueAxis.setMax(decades[1]);
        }
        if (v == View.LOG_LOG && h.length() > 1) {
            timeAxis().setMin(Math.max(t[1] / 2, firstPositive(t)));
        }
        String key = Arrays.deepToString(pairs) + (ref != null ? reference.getName() : "");
        if (!key.equals(legendKey)) {
            legendKey = key;
            legend.getChildren().clear();
            for (int k = 0; k < shown.size(); k++) {
                DoubleDataSet ds = shown.get(k);
                legend.getChildren().add(ds == reference
                        ? ChartParts.legendItem(REFERENCE_COLOUR, ds.getName(), true)
                        : ChartParts.legendItem(ChartParts.web(colours[k]), ds.getName(), false));
            }
        }
    }

    /**
     * The range of a log axis for values in {@code [lo, hi]}: from the power of ten at or below {@code lo} to the
     * one at or above {@code hi}, at least one decade, so that the axis always has labelled ticks (a log axis
     * labels only powers of ten). Null when there is no positive value to show.
     */
    static double[] decadeRange(double lo, double hi) {
        if (!(lo > 0) || !(hi >= lo) || Double.isInfinite(hi)) {
            return null;
        }
        double a = Math.pow(10, Math.floor(Math.log10(lo)));
        double b = Math.pow(10, Math.ceil(Math.log10(hi)));
        return new double[] {a, b > a ? b : 10 * a};
    }

    private static double minOf(double[] y) {
        double m = Double.POSITIVE_INFINITY;
        for (double v : y) {
            if (v < m) {
                m = v;
            }
        }
        return m;
    }

    private static double maxOf(double[] y) {
        double m = 0;
        for (double v : y) {
            if (v > m) {
                m = v;
            }
        }
        return m;
    }

    private static double[] oneMinus(double[] y) {
        double[] out = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            out[i] = 1 - y[i];
        }
        return out;
    }

    /**
     * Below this {@code 1 − ρ} is not drawn: a product of unit vectors in double precision is exact to about
     * 10⁻¹⁶, so smaller values of a trace are rounding (and the axis would run over dozens of decades).
     */
    static final double FLOOR = 1e-16;

    /**
     * {@code y} with NaN where a log axis cannot show it ({@code y} below {@link #FLOOR}, or {@code t ≤ 0} on
     * log–log axes).
     */
    private static double[] positiveOnly(double[] t, double[] y, boolean logTime) {
        double[] out = y.clone();
        for (int i = 0; i < out.length; i++) {
            if (!(out[i] >= FLOOR) || (logTime && !(i < t.length && t[i] > 0))) {
                out[i] = Double.NaN;
            }
        }
        return out;
    }

    private static double firstPositive(double[] t) {
        for (double x : t) {
            if (x > 0) {
                return x;
            }
        }
        return 1e-3;
    }
}
