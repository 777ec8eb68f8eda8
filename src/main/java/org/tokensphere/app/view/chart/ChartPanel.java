package org.tokensphere.app.view.chart;

import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.locks.DefaultDataSetLock;
import io.fair_acc.dataset.spi.DoubleDataSet;
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

import java.util.List;
import org.tokensphere.model.ScalarObservable;

/**
 * The scalar-product process and the order parameters over time, with ChartFX, one {@link HistoryChart} each: the
 * traces {@code ⟨x_i, x_j⟩(t)} of the chosen pairs ({@link PairProductChart}), the histogram of all pairwise
 * products as a heatmap over time ({@link PairHistogramChart}), polar and nematic order with the polar/anti-polar
 * fractions ({@link OrderChart}), the Lyapunov estimate with its band beside the theoretical value
 * ({@link LyapunovChart}), for attention runs the energy with the cluster merges marked ({@link EnergyChart}),
 * and the cluster count ({@link ClusterChart}), then the values now in numbers. This class
 * lays them out and feeds them; updated from the UI thread only, from a frame's history.
 */
public final class ChartPanel extends VBox {
    private final PairProductChart pairChart;
    private final EnergyChart energy = new EnergyChart();
    private final List<HistoryChart> charts;
    private final ObservablesReadout readout = new ObservablesReadout();
    private final Label pairHint = new Label();
    private final Button randomPairs = new Button("Random pairs");
    private int lastLength = -1;
    private HistorySnapshot lastHistory;

    /** The panel; {@code pairColours} are the colours of the traced pairs, in order. */
    public ChartPanel(Color[] pairColours) {
        getStyleClass().add("chart-panel");
        setSpacing(1);
        setPadding(new Insets(4, 6, 4, 6));
        pairChart = new PairProductChart(pairColours);
        PairHistogramChart heat = new PairHistogramChart();
        OrderChart order = new OrderChart();
        LyapunovChart lyapunov = new LyapunovChart();
        ClusterChart clusters = new ClusterChart();
        charts = List.of(pairChart, heat, order, lyapunov, energy, clusters);

        HBox bottom = new HBox(6, lyapunov.node(), energy.node(), clusters.node());
        HBox.setHgrow(lyapunov.node(), Priority.ALWAYS);
        HBox.setHgrow(energy.node(), Priority.ALWAYS);
        energy.node().setVisible(false);
        energy.node().setManaged(false);
        clusters.node().setPrefWidth(230);
        clusters.node().setMinWidth(170);
        for (HistoryChart c : charts) {
            VBox.setVgrow(c.chart(), Priority.ALWAYS);
        }
        for (Region r : List.of(pairChart.node(), heat.node(), order.node(), bottom)) {
            VBox.setVgrow(r, Priority.ALWAYS);
        }
        getChildren().addAll(pairHeader(), pairChart.node(), heat.node(), order.node(), bottom, readout);
    }

    /** The line above the charts: their title, the time axis they share, the picking hint and "Random pairs". */
    private HBox pairHeader() {
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
        HBox header = new HBox(8, pairTitle, against, spacer, pairHint, randomPairs);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    /** The "random pairs" button. */
    public Button randomPairsButton() {
        return randomPairs;
    }

    /** Shows a hint about picking (e.g. "token 12 picked: click a second token"). */
    public void setPairHint(String hint) {
        pairHint.setText(hint);
    }

    /** The chart of the scalar-product process (its view chooser, its reference curve). */
    public PairProductChart pairChart() {
        return pairChart;
    }

    /** The energy chart (shown for attention runs). */
    public EnergyChart energyChart() {
        return energy;
    }

    /** The data sets of the pair traces, in the order of the chosen pairs (for tests and export). */
    public List<DoubleDataSet> pairDataSets() {
        return pairChart.dataSetsOfPairs();
    }

    /**
     * Brings the charts up to date with {@code f}'s history, if it grew; cheap when nothing changed. False when
     * ChartFX holds a chart's data (see {@link #chartsBusy}): the charts then still show an earlier frame.
     */
    public boolean update(Frame f) {
        HistorySnapshot h = f.history();
        readout.show(f.values());
        boolean attention = f.params().attention() != org.tokensphere.model.AttentionKind.NONE;
        if (energy.node().isVisible() != attention) {
            energy.node().setVisible(attention);
            energy.node().setManaged(attention);
        }
        if (h == lastHistory && h.length() == lastLength) {
            return true;
        }
        if (chartsBusy()) {
            return false;
        }
        lastHistory = h;
        lastLength = h.length();
        int len = h.length();
        double[] t = h.column(ScalarObservable.TIME);
        if (len > 0) {
            double t0 = t[0];
            double t1 = Math.max(t[len - 1], t0 + 1e-6);
            for (HistoryChart c : charts) {
                DefaultNumericAxis a = c.timeAxis();
                a.setMin(t0);
                a.setMax(t1);
            }
        }
        for (HistoryChart c : charts) {
            c.update(f, h, t);
        }
        return true;
    }

    /**
     * True while a chart holds its data sets read-locked: ChartFX 11.3 locks them from its layout pass until it
     * has drawn, and a layout can happen outside a pulse (showing the window), so writing then would wait on the
     * UI thread's own lock. The update is simply taken at the next pulse.
     */
    private boolean chartsBusy() {
        for (HistoryChart c : charts) {
            for (DataSet ds : c.dataSets()) {
                if (ds.lock() instanceof DefaultDataSetLock<?> l && (l.getReaderCount() > 0
                        || l.getWriterCount() > 0)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Draws every chart's lines {@code scale} times as wide (2 for the projector theme). */
    public void setLineScale(double scale) {
        charts.forEach(c -> c.setLineScale(scale));
    }

    /** Forces the next {@link #update} to redraw (after a theme change). */
    public void invalidate() {
        lastHistory = null;
    }
}
