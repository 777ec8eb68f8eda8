package org.tokensphere.export;

import org.tokensphere.sweep.Sweep;
import org.tokensphere.sweep.SweepSeries;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * The heatmap of a {@link SweepChart}: one varied parameter across, sample time up; or the two parameters at the
 * last sample time. Over a (parameter, t) map of a probability: its 50 % level (dashed) and the theory curve.
 */
final class SweepHeatmap {
    private final SweepChart chart;
    private final Graphics2D g;
    private final SweepSeries series;
    private final Sweep sweep;
    private final int cols;
    private final int rows;
    private final boolean overTime;

    SweepHeatmap(SweepChart chart, Graphics2D g) {
        this.chart = chart;
        this.g = g;
        this.series = chart.series();
        this.sweep = series.sweep();
        this.overTime = sweep.axes().size() == 1;
        this.cols = sweep.axes().get(0).values().size();
        this.rows = overTime ? sweep.samples() : sweep.axes().get(1).values().size();
    }

    void draw() {
        double cw = (chart.right() - chart.left()) / (double) cols;
        double ch = (chart.bottom() - chart.top()) / (double) rows;
        for (int i = 0; i < cols; i++) {
            for (int j = 0; j < rows; j++) {
                double v = overTime ? series.value(i, j) : series.value(sweep.point(i, j), sweep.samples() - 1);
                g.setColor(chart.colour(v));
                g.fill(new Rectangle2D.Double(chart.left() + i * cw, chart.bottom() - (j + 1) * ch, cw + 0.5,
                        ch + 0.5));
            }
        }
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1));
        g.drawRect(chart.left(), chart.top(), chart.right() - chart.left(), chart.bottom() - chart.top());
        axes(cw, ch);
        colourBar();
        if (overTime && chart.lo() == 0 && chart.hi() == 1) {
            overlays(cw);
        }
    }

    private void axes(double cw, double ch) {
        List<String> xs = sweep.axes().get(0).values();
        int step = Math.max(1, (int) Math.ceil(cols / 12.0));
        g.setColor(Color.BLACK);
        for (int i = 0; i < cols; i += step) {
            int x = (int) (chart.left() + (i + 0.5) * cw);
            g.drawLine(x, chart.bottom(), x, chart.bottom() + 5);
            String s = xs.get(i);
            g.drawString(s, x - g.getFontMetrics().stringWidth(s) / 2, chart.bottom() + 20);
        }
        String xName = series.axisName(0);
        g.drawString(xName, (chart.left() + chart.right() - g.getFontMetrics().stringWidth(xName)) / 2,
                chart.bottom() + 42);
        if (overTime) {
            double span = sweep.sampleTime(sweep.samples() - 1);
            double tick = niceStep(span / 6);
            for (double t = 0; t <= span + 1e-9; t += tick) {
                int y = (int) timeToY(t, ch);
                g.drawLine(chart.left() - 5, y, chart.left(), y);
                String s = SweepChart.label(t);
                g.drawString(s, chart.left() - 9 - g.getFontMetrics().stringWidth(s), y + 5);
            }
            g.drawString("t", chart.left() - 60, (chart.top() + chart.bottom()) / 2);
        } else {
            List<String> ys = sweep.axes().get(1).values();
            int ystep = Math.max(1, (int) Math.ceil(rows / 12.0));
            for (int j = 0; j < rows; j += ystep) {
                int y = (int) (chart.bottom() - (j + 0.5) * ch);
                g.drawLine(chart.left() - 5, y, chart.left(), y);
                String s = ys.get(j);
                g.drawString(s, chart.left() - 9 - g.getFontMetrics().stringWidth(s), y + 5);
            }
            g.drawString(series.axisName(1), 8, (chart.top() + chart.bottom()) / 2);
            String at = "at t = " + SweepChart.label(sweep.time());
            g.drawString(at, chart.right() - g.getFontMetrics().stringWidth(at), chart.top() - 8);
        }
    }

    /** The sample times are equally spaced but for a shorter last interval: rows are placed by time. */
    private double timeToY(double t, double ch) {
        double span = sweep.sampleTime(sweep.samples() - 1);
        double y0 = chart.bottom() - 0.5 * ch;
        double y1 = chart.bottom() - (rows - 0.5) * ch;
        return rows == 1 ? y0 : y0 + (y1 - y0) * t / span;
    }

    /** x of a value on the first axis: linear between the centres of the cells around it. */
    private double valueToX(double v, double[] xs, double cw) {
        for (int i = 0; i + 1 < xs.length; i++) {
            if (v >= Math.min(xs[i], xs[i + 1]) && v <= Math.max(xs[i], xs[i + 1])) {
                double f = xs[i + 1] == xs[i] ? 0 : (v - xs[i]) / (xs[i + 1] - xs[i]);
                return chart.left() + (i + 0.5 + f) * cw;
            }
        }
        return Double.NaN;
    }

    private void overlays(double cw) {
        double ch = (chart.bottom() - chart.top()) / (double) rows;
        double[] xs = series.numbers(0);
        if (xs == null || xs.length < 2) {
            return;
        }
        Shape clip = g.getClip();
        g.clip(new Rectangle2D.Double(chart.left(), chart.top(), chart.right() - chart.left(),
                chart.bottom() - chart.top()));
        Path2D half = new Path2D.Double();
        boolean open = false;
        for (int i = 0; i < cols; i++) {
            double t = series.firstTimeAt(i, 0.5);
            if (Double.isFinite(t)) {
                double x = chart.left() + (i + 0.5) * cw;
                double y = timeToY(t, ch);
                if (open) {
                    half.lineTo(x, y);
                } else {
                    half.moveTo(x, y);
                    open = true;
                }
            } else {
                open = false;
            }
        }
        SweepChart.haloLine(g, half, Color.WHITE, Color.BLACK, true);
        boolean theory = series.theory() == SweepSeries.Theory.EQUIANGULAR_TIME;
        if (theory) {
            Path2D curve = new Path2D.Double();
            double a = xs[0];
            double b = xs[xs.length - 1];
            boolean started = false;
            for (int s = 0; s <= 400; s++) {
                double v = a + (b - a) * s / 400;
                double t = series.theoryAt(v);
                double y = timeToY(Math.min(t, 10 * sweep.time()), ch);
                double x = valueToX(v, xs, cw);
                if (!Double.isFinite(x) || !Double.isFinite(y)) {
                    continue;
                }
                if (started) {
                    curve.lineTo(x, y);
                } else {
                    curve.moveTo(x, y);
                    started = true;
                }
            }
            SweepChart.haloLine(g, curve, new Color(230, 159, 0), Color.BLACK, false);
        }
        g.setClip(clip);
        legend(theory);
    }

    private void legend(boolean theory) {
        int x = chart.left() + 12;
        int y = chart.top() + 22;
        int rowsOfLegend = theory ? 2 : 1;
        g.setColor(new Color(255, 255, 255, 225));
        g.fillRect(x - 6, y - 16, 310, 22 * rowsOfLegend + 6);
        Path2D dash = new Path2D.Double();
        dash.moveTo(x, y - 5);
        dash.lineTo(x + 36, y - 5);
        SweepChart.haloLine(g, dash, Color.WHITE, Color.BLACK, true);
        g.setColor(Color.BLACK);
        g.drawString("50 % level of the data", x + 46, y);
        if (theory) {
            y += 22;
            Path2D line = new Path2D.Double();
            line.moveTo(x, y - 5);
            line.lineTo(x + 36, y - 5);
            SweepChart.haloLine(g, line, new Color(230, 159, 0), Color.BLACK, false);
            g.setColor(Color.BLACK);
            g.drawString("equiangular t*: ρ(t*) = 1 − δ from ρ₀ = 0", x + 46, y);
        }
    }

    private void colourBar() {
        int x = chart.right() + 22;
        int w = 18;
        int top = chart.top();
        int bottom = chart.bottom();
        for (int y = top; y < bottom; y++) {
            double v = chart.hi() - (chart.hi() - chart.lo()) * (y - top) / (double) (bottom - top);
            g.setColor(chart.colour(v));
            g.drawLine(x, y, x + w, y);
        }
        g.setColor(Color.BLACK);
        g.drawRect(x, top, w, bottom - top);
        for (int i = 0; i <= 4; i++) {
            double v = chart.lo() + (chart.hi() - chart.lo()) * i / 4;
            int y = (int) (bottom - (bottom - top) * i / 4.0);
            g.drawLine(x + w, y, x + w + 4, y);
            g.drawString(SweepChart.label(v), x + w + 7, y + 5);
        }
        g.drawString(series.observable(), x - 10, top - 10);
    }

    static double niceStep(double raw) {
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * p >= raw) {
                return m * p;
            }
        }
        return 10 * p;
    }
}
