package org.tokensphere.app.view.chart;


import java.util.List;
import org.tokensphere.model.ScalarObservable;

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
                new Line(ScalarObservable.POLAR_ORDER, "r  polar order", "r  polar", R_COLOUR, 2, null),
                new Line(ScalarObservable.NEMATIC_ORDER, "S  nematic order", "S  nematic", S_COLOUR, 2, null),
                new Line(ScalarObservable.POLAR_FRACTION, "polar pairs", "polar pairs", POLAR_COLOUR, 1.4, "6 3"),
                new Line(ScalarObservable.ANTIPOLAR_FRACTION, "anti-polar pairs", "anti-polar pairs", ANTIPOLAR_COLOUR, 1.4,
                        "6 3")));
    }
}
