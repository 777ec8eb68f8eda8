package org.tokensphere.app.view.chart;

import io.fair_acc.dataset.spi.DoubleDataSet;
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
 * legend naming the pairs.
 */
public final class PairProductChart extends HistoryChart {
    private final List<DoubleDataSet> sets = new ArrayList<>();
    private final Color[] colours;
    private final HBox legend = new HBox(10);
    private final VBox node;
    private String legendKey = "";

    /** The chart; {@code colours} are the colours of the traced pairs, in order. */
    public PairProductChart(Color[] colours) {
        super("pair-chart", ChartParts.axis("⟨x_i, x_j⟩", -1.05, 1.05));
        this.colours = colours.clone();
        for (int k = 0; k < colours.length; k++) {
            sets.add(series("pair " + k, ChartParts.web(colours[k]), 1.6, null));
        }
        legend.getStyleClass().add("legend-row");
        node = new VBox(0, legend, chart());
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

    @Override
    public void update(Frame f, HistorySnapshot h, double[] t) {
        int[][] pairs = f.pairs();
        List<DoubleDataSet> shown = new ArrayList<>();
        for (int k = 0; k < sets.size(); k++) {
            DoubleDataSet ds = sets.get(k);
            if (k < pairs.length && k < h.pairTraces()) {
                ds.setName("⟨x_" + pairs[k][0] + ", x_" + pairs[k][1] + "⟩");
                ChartParts.setFinite(ds, t, h.pairTrace(k));
                shown.add(ds);
            } else {
                ds.clearData();
            }
        }
        if (!chart().getDatasets().equals(shown)) {
            chart().getDatasets().setAll(shown);
        }
        String key = Arrays.deepToString(pairs);
        if (!key.equals(legendKey)) {
            legendKey = key;
            legend.getChildren().clear();
            for (int k = 0; k < shown.size(); k++) {
                legend.getChildren().add(ChartParts.legendItem(ChartParts.web(colours[k]), shown.get(k).getName(),
                        false));
            }
        }
    }
}
