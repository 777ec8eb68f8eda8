package org.tokensphere.preset;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.tokensphere.model.StopCondition;

/**
 * How a sweep is shown in the window: the observable ({@code run}'s column name, or {@code tStop} / {@code stopped}
 * for a sweep with a stop condition) and the chart.
 *
 * @param observable what is plotted
 * @param chart      a heatmap, or curves with ±2 standard error bands
 */
@JsonPropertyOrder({"observable", "chart"})
public record SweepDisplay(String observable, Chart chart) {
    /** The charts. */
    public enum Chart {
        /** Colour over (t, parameter), or over the two parameters at one time. */
        HEATMAP,
        /** Curves against a parameter (or t), with ±2 standard error bands. */
        CURVES
    }

    /** Polar order as a heatmap. */
    public static final SweepDisplay DEFAULT = new SweepDisplay("polarOrder", Chart.HEATMAP);

    public SweepDisplay {
        observable = observable == null ? DEFAULT_OBSERVABLE : observable;
        if (!observable.equals("tStop") && !observable.equals("stopped")
                && (StopCondition.byColumn(observable) == null || observable.equals("t"))) {
            throw new IllegalArgumentException("observable: '" + observable + "' is not an observable of run "
                    + "(or tStop, stopped)");
        }
        chart = chart == null ? Chart.HEATMAP : chart;
    }

    private static final String DEFAULT_OBSERVABLE = "polarOrder";
}
