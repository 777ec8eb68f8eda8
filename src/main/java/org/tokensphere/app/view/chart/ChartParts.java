package org.tokensphere.app.view.chart;

import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.dataset.spi.DoubleDataSet;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

import java.util.Locale;

/** Building blocks of the chart panel: axes, line styles, headings with legends. */
final class ChartParts {
    private ChartParts() {
    }

    static DefaultNumericAxis axis(String name, double min, double max) {
        DefaultNumericAxis a = new DefaultNumericAxis(name == null ? "" : name);
        a.setUnit(null);
        a.setAnimated(false);
        a.setAutoRangeRounding(false);
        if (Double.isFinite(min)) {
            a.setMin(min);
            a.setMax(max);
            a.setAutoRanging(false);
        } else {
            a.setAutoRanging(true);
        }
        return a;
    }

    static void style(DoubleDataSet ds, String colour, double width, String dashes) {
        ds.setStyle("-fx-line-color: " + colour + "; -fx-line-width: " + width + "; -fx-marker-size: 0;"
                + (dashes != null ? " -fx-line-dash-array: " + dashes + ";" : ""));
    }

    static void setFinite(DoubleDataSet ds, double[] t, double[] y) {
        double[] xs = new double[y.length];
        double[] ys = new double[y.length];
        int m = 0;
        for (int i = 0; i < y.length && i < t.length; i++) {
            if (Double.isFinite(y[i])) {
                xs[m] = t[i];
                ys[m] = y[i];
                m++;
            }
        }
        ds.set(xs, ys, m, false);
    }

    /**
     * A chart under a bold title with its legend on the same line, wrapping to further lines when narrow. The
     * heading is never narrower than its title; a legend entry longer than the chart is wide is cut short with an
     * ellipsis, its tooltip giving it in full (so that with large text a long entry does not take width from the
     * sphere). Entries do not wrap: a wrapping label makes the window's first layout run at another height, and the
     * sphere then opens smaller.
     */
    static VBox titled(Region chart, String title, HBox legend) {
        Label t = sectionLabel(title);
        t.getStyleClass().add("chart-heading");
        t.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.FlowPane head = new javafx.scene.layout.FlowPane(12, 0, t) {
            @Override
            protected double computeMinWidth(double height) {
                return snappedLeftInset() + t.minWidth(-1) + snappedRightInset();
            }
        };
        for (javafx.scene.Node entry : legend.getChildren()) {
            if (entry instanceof Region r) {
                r.maxWidthProperty().bind(head.widthProperty());
            }
            if (entry instanceof Label l) {
                javafx.scene.control.Tooltip full = new javafx.scene.control.Tooltip();
                full.textProperty().bind(l.textProperty());
                l.setTooltip(full);
            }
        }
        head.getChildren().addAll(new java.util.ArrayList<>(legend.getChildren()));
        head.setAlignment(Pos.CENTER_LEFT);
        VBox v = new VBox(0, head, chart);
        VBox.setVgrow(chart, Priority.ALWAYS);
        return v;
    }

    /** Legend entries: colour, text, dashed — in threes. */
    static HBox legend(Object... entries) {
        HBox h = new HBox(10);
        h.getStyleClass().add("legend-row");
        h.setAlignment(Pos.CENTER_LEFT);
        for (int k = 0; k + 2 < entries.length; k += 3) {
            h.getChildren().add(legendItem((String) entries[k], (String) entries[k + 1], (Boolean) entries[k + 2]));
        }
        return h;
    }

    static Label legendItem(String colour, String text, boolean dashed) {
        javafx.scene.shape.Line swatch = new javafx.scene.shape.Line(0, 0, 16, 0);
        swatch.setStroke(Color.web(colour));
        swatch.setStrokeWidth(dashed ? 1.6 : 2.6);
        if (dashed) {
            swatch.getStrokeDashArray().setAll(4.0, 3.0);
        }
        Label l = new Label(text, swatch);
        l.getStyleClass().add("legend-item");
        return l;
    }

    static Label sectionLabel(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    /** A value with three significant digits, e.g. {@code -2.00}. */
    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }

    static String web(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
