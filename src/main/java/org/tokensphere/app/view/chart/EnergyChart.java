package org.tokensphere.app.view.chart;

import io.fair_acc.dataset.spi.DoubleDataSet;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.tokensphere.engine.Frame;
import org.tokensphere.engine.HistorySnapshot;
import org.tokensphere.model.ScalarObservable;

import java.util.ArrayList;
import java.util.List;

/**
 * The attention energy {@code E_β(t) = (1/(2βN²)) Σ_ij e^{β⟨x_i,x_j⟩}} (MATH.md §7; Rigollet (2025), eq. (3)) of
 * an attention run, with the cluster merges marked on the time axis: a dashed upright line at each time the cluster
 * count fell after holding for at least {@link #PLATEAU} samples and 2% of the time shown (the first sample with
 * fewer clusters), so that the first gathering of single tokens into clusters is not marked. Without noise the energy only rises, in steps at
 * the merges: the staircase of Rigollet (2025), §4, Fig. 2.
 */
public final class EnergyChart extends HistoryChart {
    /** Most merges marked (the first ones); the legend counts them all. */
    static final int MAX_MARKS = 24;
    /** Samples a cluster count must hold before a fall counts as a merge. */
    static final int PLATEAU = 3;
    private static final String COLOUR = "#b5651d";
    private static final String MARK_COLOUR = "#777777";

    private final DoubleDataSet energy = series("E_β", COLOUR, 2, null);
    private final List<DoubleDataSet> marks = new ArrayList<>();
    private final Label mergesLegend;
    private final VBox node;
    private double[] mergeTimes = new double[0];

    /** The chart, empty. */
    public EnergyChart() {
        super("energy-chart", ChartParts.axis("E_β", Double.NaN, Double.NaN));
        chart().getDatasets().add(energy);
        for (int k = 0; k < MAX_MARKS; k++) {
            marks.add(series("merge " + k, MARK_COLOUR, 1, "4 3"));
        }
        HBox legend = ChartParts.legend(COLOUR, "E_β(t)", false, MARK_COLOUR, "cluster merges", true);
        mergesLegend = (Label) legend.getChildren().get(1);
        node = ChartParts.titled(chart(), "Attention energy", legend);
        Tooltip.install(node, new Tooltip("E_β = (1/(2βN²)) Σ_ij e^{β⟨x_i,x_j⟩} (docs/MATH.md §7). Without noise "
                + "it never decreases, and rises in steps as clusters merge (Rigollet (2025), §4, Fig. 2). Marked: each fall of "
                + "the cluster count after it held for 2% of the time shown."));
    }

    @Override
    public Region node() {
        return node;
    }

    /** The times of the merges marked at the last update (for tests). */
    public double[] mergeTimes() {
        return mergeTimes.clone();
    }

    @Override
    public void update(Frame f, HistorySnapshot h, double[] t) {
        double[] e = h.column(ScalarObservable.ATTENTION_ENERGY);
        ChartParts.setFinite(energy, t, e);
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (double v : e) {
            if (Double.isFinite(v)) {
                low = Math.min(low, v);
                high = Math.max(high, v);
            }
        }
        mergeTimes = merges(t, h.column(ScalarObservable.CLUSTERS), h.length());
        List<DoubleDataSet> shown = new ArrayList<>();
        shown.add(energy);
        for (int k = 0; k < MAX_MARKS; k++) {
            DoubleDataSet m = marks.get(k);
            if (k < mergeTimes.length && low <= high) {
                m.set(new double[] {mergeTimes[k], mergeTimes[k]}, new double[] {low, high}, 2, false);
                shown.add(m);
            } else {
                m.clearData();
            }
        }
        if (!chart().getDatasets().equals(shown)) {
            chart().getDatasets().setAll(shown);
        }
        StringBuilder text = new StringBuilder(mergeTimes.length == 0 ? "no cluster merges yet"
                : mergeTimes.length == 1 ? "1 merge, t ≈ " : mergeTimes.length + " merges, t ≈ ");
        for (int k = 0; k < Math.min(4, mergeTimes.length); k++) {
            text.append(k == 0 ? "" : ", ").append(ChartParts.fmt(mergeTimes[k]));
        }
        if (mergeTimes.length > 4) {
            text.append(", …");
        }
        mergesLegend.setText(text.toString());
    }

    /**
     * Times {@code t[k]} at which {@code clusters[k] < clusters[k−1]} (both finite) after {@code clusters[k−1]} held
     * for at least {@link #PLATEAU} samples and 2% of the span of {@code t}, in order.
     */
    static double[] merges(double[] t, double[] clusters, int length) {
        double[] out = new double[length];
        if (length < 2) {
            return new double[0];
        }
        double least = 0.02 * (t[length - 1] - t[0]);
        int m = 0;
        int held = 1;
        double since = t[0];
        for (int k = 1; k < length; k++) {
            if (Double.isFinite(clusters[k]) && Double.isFinite(clusters[k - 1]) && clusters[k] < clusters[k - 1]
                    && held >= PLATEAU && t[k - 1] - since >= least) {
                out[m++] = t[k];
            }
            if (clusters[k] == clusters[k - 1]) {
                held++;
            } else {
                held = 1;
                since = t[k];
            }
        }
        return java.util.Arrays.copyOf(out, m);
    }
}
