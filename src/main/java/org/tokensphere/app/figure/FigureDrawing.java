package org.tokensphere.app.figure;

import org.jfree.chart.JFreeChart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays a figure's panels out on a page of the spec's size, in points: the sphere (if asked for) in a square at the
 * left, the charts in one row beside it (two rows for four or more), each drawn by JFreeChart onto the same
 * {@link Graphics2D}, so SVG and PDF get vector paths and PNG gets pixels from the same drawing. In SVG each chart
 * is a group {@code <g id="chart-NAME">}.
 */
final class FigureDrawing {
    private FigureDrawing() {
    }

    /** Draws {@code data} as {@code spec} says onto {@code g}, whose units are points. */
    static void draw(Graphics2D g, FigureData data, FigureSpec spec) {
        double w = spec.widthPt();
        double h = spec.heightPt();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, w, h));
        List<FigurePanel> charts = new ArrayList<>(spec.panels());
        boolean sphere = charts.remove(FigurePanel.SPHERE);
        double x0 = 0;
        if (sphere) {
            double side = charts.isEmpty() ? Math.min(w, h) : Math.min(h, w * 0.45);
            double left = charts.isEmpty() ? (w - side) / 2 : 0;
            FigureSphere.draw(g, data, new Rectangle2D.Double(left, (h - side) / 2, side, side));
            x0 = charts.isEmpty() ? w : side;
        }
        if (charts.isEmpty()) {
            return;
        }
        int rows = charts.size() >= 4 ? 2 : 1;
        int cols = (charts.size() + rows - 1) / rows;
        double cw = (w - x0) / cols;
        double ch = h / rows;
        for (int k = 0; k < charts.size(); k++) {
            FigurePanel p = charts.get(k);
            JFreeChart chart = FigureCharts.chart(p, data);
            Rectangle2D area = new Rectangle2D.Double(x0 + (k % cols) * cw, (k / cols) * ch, cw, ch);
            FigureSphere.group(g, "chart-" + p.key());
            chart.draw(g, area);
            FigureSphere.end(g);
        }
    }
}
