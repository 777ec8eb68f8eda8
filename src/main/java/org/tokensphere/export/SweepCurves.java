package org.tokensphere.export;

import org.tokensphere.sweep.Sweep;
import org.tokensphere.sweep.SweepSeries;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.util.List;

/**
 * The curves of a {@link SweepChart}: the value at the last sample time against the first varied parameter, one
 * curve per value of the second, each with a band of ±2 standard errors; a geometric axis is drawn on a log
 * scale (and a first-passage time over it too, where a power law such as {@code 1/σ_b} is a straight line); the
 * theory dashed.
 */
final class SweepCurves {
    private final SweepChart chart;
    private final Graphics2D g;
    private final SweepSeries series;
    private final Sweep sweep;
    private final double[] xs;
    private final boolean logX;
    private final boolean logY;
    private final double ylo;
    private final double yhi;

    SweepCurves(SweepChart chart, Graphics2D g) {
        this.chart = chart;
        this.g = g;
        this.series = chart.series();
        this.sweep = series.sweep();
        double[] numbers = series.numbers(0);
        if (numbers == null || numbers.length < 2) {
            numbers = new double[sweep.axes().get(0).values().size()];
            for (int i = 0; i < numbers.length; i++) {
                numbers[i] = i;
            }
        }
        this.xs = numbers;
        this.logX = geometric(numbers);
        boolean positive = chart.lo() > 0;
        this.logY = logX && positive && series.observable().equals("tStop");
        this.ylo = logY ? Math.log(chart.lo()) : chart.lo();
        this.yhi = logY ? Math.log(chart.hi()) : chart.hi();
    }

    private static boolean geometric(double[] v) {
        if (v.length < 3 || v[0] <= 0) {
            return false;
        }
        double r = v[1] / v[0];
        for (int i = 1; i + 1 < v.length; i++) {
            if (v[i] <= 0 || Math.abs(v[i + 1] / v[i] / r - 1) > 1e-6) {
                return false;
            }
        }
        return Math.abs(r - 1) > 1e-6;
    }

    private double x(double v) {
        double a = logX ? Math.log(xs[0]) : xs[0];
        double b = logX ? Math.log(xs[xs.length - 1]) : xs[xs.length - 1];
        double u = logX ? Math.log(v) : v;
        return chart.left() + (chart.right() - chart.left()) * (u - a) / (b - a);
    }

    private double y(double v) {
        double u = logY ? Math.log(v) : v;
        return chart.bottom() - (chart.bottom() - chart.top()) * (u - ylo) / (yhi - ylo);
    }

    void draw() {
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1));
        g.drawRect(chart.left(), chart.top(), chart.right() - chart.left(), chart.bottom() - chart.top());
        int k = sweep.samples() - 1;
        int curves = sweep.axes().size() == 2 ? sweep.axes().get(1).values().size() : 1;
        for (int c = 0; c < curves; c++) {
            Path2D line = new Path2D.Double();
            Path2D band = new Path2D.Double();
            int n = xs.length;
            for (int i = 0; i < n; i++) {
                int gp = sweep.point(i, c);
                double v = series.value(gp, k);
                double e = Double.isFinite(series.se(gp, k)) ? 2 * series.se(gp, k) : 0;
                double top = v + e;
                if (i == 0) {
                    line.moveTo(x(xs[i]), y(v));
                    band.moveTo(x(xs[i]), y(top));
                } else {
                    line.lineTo(x(xs[i]), y(v));
                    band.lineTo(x(xs[i]), y(top));
                }
            }
            for (int i = n - 1; i >= 0; i--) {
                int gp = sweep.point(i, c);
                double v = series.value(gp, k);
                double e = Double.isFinite(series.se(gp, k)) ? 2 * series.se(gp, k) : 0;
                band.lineTo(x(xs[i]), y(logY ? Math.max(v - e, Math.exp(ylo)) : v - e));
            }
            band.closePath();
            Color colour = SweepChart.curveColour(c);
            Composite before = g.getComposite();
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.25f));
            g.setColor(colour);
            g.fill(band);
            g.setComposite(before);
            g.setStroke(new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(line);
            for (int i = 0; i < n; i++) {
                double v = series.value(sweep.point(i, c), k);
                g.fillOval((int) x(xs[i]) - 3, (int) y(v) - 3, 7, 7);
            }
            if (curves > 1) {
                String name = series.axisName(1) + " = " + sweep.axes().get(1).values().get(c);
                g.drawString(name, chart.right() + 10, chart.top() + 20 + 20 * c);
            }
        }
        if (series.theory() == SweepSeries.Theory.ARCSIN) {
            Path2D theory = new Path2D.Double();
            for (int s = 0; s <= 200; s++) {
                double v = xs[0] + (xs[xs.length - 1] - xs[0]) * s / 200;
                if (s == 0) {
                    theory.moveTo(x(v), y(series.theoryAt(v)));
                } else {
                    theory.lineTo(x(v), y(series.theoryAt(v)));
                }
            }
            SweepChart.dashed(g, Color.BLACK, 1.8f);
            g.draw(theory);
            g.setColor(Color.BLACK);
            g.drawString("- - ½ + arcsin(ρ₀)/π", chart.left() + 12, chart.top() + 20);
        }
        axes();
    }

    private void axes() {
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1));
        List<String> names = sweep.axes().get(0).values();
        int step = Math.max(1, (int) Math.ceil(xs.length / 10.0));
        for (int i = 0; i < xs.length; i += step) {
            int px = (int) x(xs[i]);
            g.drawLine(px, chart.bottom(), px, chart.bottom() + 5);
            String s = names.get(i);
            g.drawString(s, px - g.getFontMetrics().stringWidth(s) / 2, chart.bottom() + 20);
        }
        String xName = series.axisName(0) + (logX ? " (log scale)" : "");
        g.drawString(xName, (chart.left() + chart.right() - g.getFontMetrics().stringWidth(xName)) / 2,
                chart.bottom() + 42);
        for (int i = 0; i <= 5; i++) {
            double u = ylo + (yhi - ylo) * i / 5;
            double v = logY ? Math.exp(u) : u;
            int py = (int) y(v);
            g.drawLine(chart.left() - 5, py, chart.left(), py);
            String s = SweepChart.label(v);
            g.drawString(s, chart.left() - 9 - g.getFontMetrics().stringWidth(s), py + 5);
        }
        String yName = series.observable() + " at t = " + SweepChart.label(sweep.time()) + ", ±2 s.e."
                + (logY ? " (log scale)" : "");
        g.drawString(yName, chart.left(), chart.top() - 8);
    }
}
