package org.tokensphere.export;

import org.tokensphere.sweep.Sweep;
import org.tokensphere.sweep.SweepSeries;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.Locale;

/**
 * A sweep drawn as an image (README.md "Sweeps"): a heatmap over (parameter, t) for one varied parameter or over
 * the two parameters at the last sample time, or curves against the first parameter (one per value of the second)
 * with ±2 standard error bands; the theory over it where one is known ({@link SweepSeries#theory()}), and on a
 * heatmap of a probability the 50 % level of the data (per column, the first time it is reached). Colours: the
 * viridis scale (readable in grey and with every kind of colour vision) and the Okabe–Ito palette for curves.
 * The geometry is kept, so a window can map a click to a cell ({@link #cellAt}).
 */
public final class SweepChart {
    /** The two kinds of chart. */
    public enum Kind {
        /** Colour over the grid. */
        HEATMAP,
        /** Curves with bands. */
        CURVES
    }

    private static final Color[] OKABE_ITO = {new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115),
        new Color(204, 121, 167), new Color(230, 159, 0), new Color(86, 180, 233), new Color(0, 0, 0)};
    private static final float[][] VIRIDIS = {{68, 1, 84}, {72, 40, 120}, {62, 74, 137}, {49, 104, 142},
        {38, 130, 142}, {31, 158, 137}, {53, 183, 121}, {110, 206, 88}, {181, 222, 43}, {253, 231, 37}};
    private static final int LEFT = 90;
    private static final int RIGHT = 120;
    private static final int TOP = 50;
    private static final int BOTTOM = 70;

    private final SweepSeries series;
    private final Kind kind;
    private final int width;
    private final int height;
    private final double lo;
    private final double hi;

    /** A chart of {@code series} of {@code width × height} pixels. */
    public SweepChart(SweepSeries series, Kind kind, int width, int height) {
        if (width < 320 || height < 240 || width > 8000 || height > 8000) {
            throw new IllegalArgumentException("the chart must be 320 × 240 to 8000 × 8000 pixels");
        }
        this.series = series;
        this.kind = kind;
        this.width = width;
        this.height = height;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        Sweep s = series.sweep();
        for (int g = 0; g < s.points(); g++) {
            for (int k = 0; k < s.samples(); k++) {
                double v = series.value(g, k);
                double e = kind == Kind.CURVES && Double.isFinite(series.se(g, k)) ? 2 * series.se(g, k) : 0;
                if (Double.isFinite(v)) {
                    min = Math.min(min, v - e);
                    max = Math.max(max, v + e);
                }
            }
        }
        if (min >= 0 && max <= 1 && (max > 0.5 || series.theory() == SweepSeries.Theory.ARCSIN)) {
            min = 0;
            max = 1; // a probability or an order parameter: the whole range
        }
        if (!(max > min)) {
            min = Double.isFinite(min) ? min - 0.5 : 0;
            max = min + 1;
        }
        this.lo = min;
        this.hi = max;
    }

    /** The chart drawn on a new image. */
    public BufferedImage render(String title) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        g.setColor(Color.BLACK);
        g.drawString(title, LEFT, 30);
        if (kind == Kind.HEATMAP) {
            new SweepHeatmap(this, g).draw();
        } else {
            new SweepCurves(this, g).draw();
        }
        g.dispose();
        return img;
    }

    /**
     * The grid point and sample time under pixel {@code (x, y)} of a heatmap, as {@code {g, k}}; null outside the
     * cells or on a chart of curves.
     */
    public int[] cellAt(double x, double y) {
        if (kind != Kind.HEATMAP || x < left() || x >= right() || y < top() || y >= bottom()) {
            return null;
        }
        Sweep s = series.sweep();
        int cols = s.axes().get(0).values().size();
        int rows = s.axes().size() == 2 ? s.axes().get(1).values().size() : s.samples();
        int i = Math.min(cols - 1, (int) ((x - left()) / (right() - left()) * cols));
        int j = Math.min(rows - 1, (int) ((bottom() - y) / (bottom() - top()) * rows));
        return s.axes().size() == 2 ? new int[] {s.point(i, j), s.samples() - 1} : new int[] {i, j};
    }

    SweepSeries series() {
        return series;
    }

    double lo() {
        return lo;
    }

    double hi() {
        return hi;
    }

    int left() {
        return LEFT;
    }

    int right() {
        return width - RIGHT;
    }

    int top() {
        return TOP;
    }

    int bottom() {
        return height - BOTTOM;
    }

    /** The viridis colour of {@code v} on the chart's range. */
    Color colour(double v) {
        if (!Double.isFinite(v)) {
            return new Color(200, 200, 200);
        }
        double f = Math.max(0, Math.min(1, (v - lo) / (hi - lo))) * (VIRIDIS.length - 1);
        int i = Math.min(VIRIDIS.length - 2, (int) f);
        double w = f - i;
        float[] a = VIRIDIS[i];
        float[] b = VIRIDIS[i + 1];
        return new Color((int) Math.round(a[0] + w * (b[0] - a[0])), (int) Math.round(a[1] + w * (b[1] - a[1])),
                (int) Math.round(a[2] + w * (b[2] - a[2])));
    }

    static Color curveColour(int i) {
        return OKABE_ITO[i % OKABE_ITO.length];
    }

    /** A short label of a number. */
    static String label(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e6) {
            return String.valueOf((long) v);
        }
        if (Math.abs(v) >= 0.01 && Math.abs(v) < 1e4) {
            return new java.math.BigDecimal(String.format(Locale.ROOT, "%.3g", v)).stripTrailingZeros()
                    .toPlainString();
        }
        return String.format(Locale.ROOT, "%.2e", v);
    }

    /** A dashed line in {@code c}. */
    static void dashed(Graphics2D g, Color c, float w) {
        g.setColor(c);
        g.setStroke(new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, new float[] {8, 5}, 0));
    }

    /** Strokes {@code p} in a halo of {@code halo} under a line of {@code c}, so it reads on any colour. */
    static void haloLine(Graphics2D g, Path2D p, Color c, Color halo, boolean dash) {
        g.setColor(halo);
        g.setStroke(new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(p);
        if (dash) {
            dashed(g, c, 2.5f);
        } else {
            g.setColor(c);
            g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        }
        g.draw(p);
    }
}
