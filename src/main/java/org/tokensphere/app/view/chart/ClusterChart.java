package org.tokensphere.app.view.chart;


import java.util.List;
import org.tokensphere.model.ScalarObservable;

/** The number of clusters (groups of tokens with pairwise ρ > 1−δ) over time, on an automatic scale. */
public final class ClusterChart extends ColumnChart {
    private static final String COLOUR = "#3b8b5a";

    /** The chart, empty. */
    public ClusterChart() {
        super("cluster-chart", "Clusters", ChartParts.axis("", Double.NaN, Double.NaN), List.of(
                new Line(ScalarObservable.CLUSTERS, "clusters", "count (ρ > 1−δ)", COLOUR, 1.8, null)));
    }
}
