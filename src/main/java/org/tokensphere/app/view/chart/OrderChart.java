package org.tokensphere.app.view.chart;

import org.tokensphere.engine.HistorySnapshot.Column;

import java.util.List;

/** Polar order r(t) and nematic order S(t) with the fractions of polar and anti-polar pairs, on [0, 1]. */
public final class OrderChart extends ColumnChart {
    /** Colour of the polar order r. */
    static final String R_COLOUR = "#d1495b";
    private static final String S_COLOUR = "#00798c";
    private static final String POLAR_COLOUR = "#e09f3e";
    private static final String ANTIPOLAR_COLOUR = "#6a4c93";

    /** The chart, empty. */
    public OrderChart() {
        super("order-chart", "Order", ChartParts.axis("", -0.02, 1.04), List.of(
                new Line(Column.POLAR_ORDER, "r  polar order", "r  polar", R_COLOUR, 2, null),
                new Line(Column.NEMATIC_ORDER, "S  nematic order", "S  nematic", S_COLOUR, 2, null),
                new Line(Column.POLAR_FRACTION, "polar pairs", "polar pairs", POLAR_COLOUR, 1.4, "6 3"),
                new Line(Column.ANTIPOLAR_FRACTION, "anti-polar pairs", "anti-polar pairs", ANTIPOLAR_COLOUR, 1.4,
                        "6 3")));
    }
}
