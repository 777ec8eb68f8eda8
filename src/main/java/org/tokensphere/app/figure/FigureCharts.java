package org.tokensphere.app.figure;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.tokensphere.app.render.TokenPalette;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The chart panels of a figure, with JFreeChart: each an {@link XYPlot} against simulated time with one line per
 * curve (a series is drawn as one path), fonts in points, axes and labels in black on white for print. The
 * heatmap of pair products is a grid of cells ({@link XYBlockRenderer}).
 */
final class FigureCharts {
    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 9);
    static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 8);
    static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 7);
    /** Most heatmap columns (time rows are thinned to this many). */
    static final int HEAT_COLUMNS = 120;

    private FigureCharts() {
    }

    /** A curve: its name, colour, values against the series' times, dashed or not. */
    private record Curve(String name, Color colour, double[] y, boolean dashed) {
    }

    /** The chart of {@code panel} (not the sphere). */
    static JFreeChart chart(FigurePanel panel, FigureData data) {
        FigureSeries s = data.series();
        int[][] pairs = data.pairs();
        return switch (panel) {
            case PAIRS -> {
                List<Curve> curves = new ArrayList<>();
                for (int k = 0; k < s.pairTraces().length; k++) {
                    curves.add(new Curve("⟨x" + sub(pairs[k][0]) + ", x" + sub(pairs[k][1]) + "⟩",
                            FigureData.awt(TokenPalette.PAIRS[k % TokenPalette.PAIRS.length]), s.pairTraces()[k], false));
                }
                yield lines(panel, s.t(), curves, "ρ = ⟨x, y⟩", -1.05, 1.05);
            }
            case ORDER -> lines(panel, s.t(), List.of(new Curve("polar r", data.curve(0), s.polar(), false),
                    new Curve("nematic S", data.curve(1), s.nematic(), false),
                    new Curve("polar pairs", data.curve(4), s.polarFraction(), true),
                    new Curve("anti-polar pairs", data.curve(5), s.antiFraction(), true)), "", -0.02, 1.04);
            case LYAPUNOV -> {
                List<Curve> curves = new ArrayList<>(List.of(new Curve("estimate", data.curve(1), s.lyapunov(), false),
                        new Curve("± band", new Color(0x9AA3AD), plus(s.lyapunov(), s.band(), 1), true),
                        new Curve("", new Color(0x9AA3AD), plus(s.lyapunov(), s.band(), -1), true)));
                if (!Double.isNaN(s.lyapunovTheory())) {
                    double[] th = new double[s.length()];
                    java.util.Arrays.fill(th, s.lyapunovTheory());
                    curves.add(new Curve("exact", data.curve(0), th, true));
                }
                yield lines(panel, s.t(), curves, "λ", Double.NaN, Double.NaN);
            }
            case CLUSTERS -> lines(panel, s.t(), List.of(new Curve("clusters", data.curve(1), s.clusters(), false)),
                    "count", Double.NaN, Double.NaN);
            case ENERGY -> lines(panel, s.t(), List.of(new Curve("E", data.curve(0), s.energy(), false)),
                    "E", Double.NaN, Double.NaN);
            case HISTOGRAM -> heatmap(s);
            case SPHERE -> throw new IllegalArgumentException("the sphere is not a chart");
        };
    }

    private static JFreeChart lines(FigurePanel panel, double[] t, List<Curve> curves, String yLabel, double lo,
                                    double hi) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer r = new CurveRenderer("curve-" + panel.key() + "-");
        r.setDrawSeriesLineAsPath(true);
        int k = 0;
        for (Curve c : curves) {
            XYSeries series = new XYSeries(c.name().isEmpty() ? " " + k : c.name(), false, true);
            for (int i = 0; i < t.length; i++) {
                if (Double.isFinite(c.y()[i])) {
                    series.add(t[i], c.y()[i]);
                }
            }
            data.addSeries(series);
            r.setSeriesPaint(k, c.colour());
            r.setSeriesStroke(k, c.dashed() ? new BasicStroke(0.7f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10,
                    new float[] {2.5f, 1.5f}, 0) : new BasicStroke(0.9f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            r.setSeriesVisibleInLegend(k, !c.name().isEmpty());
            k++;
        }
        NumberAxis y = axis(yLabel);
        if (!Double.isNaN(lo)) {
            y.setRange(lo, hi);
        } else {
            y.setAutoRangeIncludesZero(false);
        }
        XYPlot plot = new XYPlot(data, axis("t"), y, r);
        JFreeChart chart = chart(panel, plot);
        if (curves.size() > 1) {
            LegendTitle legend = chart.getLegend();
            legend.setItemFont(TICK);
            legend.setFrame(BlockBorder.NONE);
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setItemLabelPadding(new RectangleInsets(0, 1, 0, 4));
        } else {
            chart.removeLegend();
        }
        return chart;
    }

    /** Lines without markers; in SVG each curve's path gets the id {@code curve-PANEL-k}. */
    private static final class CurveRenderer extends XYLineAndShapeRenderer {
        private static final long serialVersionUID = 1L;
        private final String prefix;

        CurveRenderer(String prefix) {
            super(true, false);
            this.prefix = prefix;
        }

        @Override
        protected void drawPrimaryLineAsPath(XYItemRendererState state, Graphics2D g2, XYPlot plot,
                                             XYDataset dataset, int pass, int series, int item, ValueAxis domainAxis,
                                             ValueAxis rangeAxis, Rectangle2D dataArea) {
            if (g2 instanceof SVGGraphics2D && item == dataset.getItemCount(series) - 1) {
                g2.setRenderingHint(SVGHints.KEY_ELEMENT_ID, prefix + series); // the path is drawn at the last item
            }
            super.drawPrimaryLineAsPath(state, g2, plot, dataset, pass, series, item, domainAxis, rangeAxis, dataArea);
        }
    }

    private static JFreeChart heatmap(FigureSeries s) {
        int rows = s.length();
        int stride = Math.max(1, (rows + HEAT_COLUMNS - 1) / HEAT_COLUMNS);
        int bins = rows == 0 ? 1 : s.histograms()[0].length;
        int cols = (rows + stride - 1) / stride;
        double[] x = new double[cols * bins];
        double[] y = new double[cols * bins];
        double[] z = new double[cols * bins];
        double max = 1e-12;
        for (int c = 0; c < cols; c++) {
            double[] h = s.histograms()[c * stride];
            for (int b = 0; b < bins; b++) {
                int i = c * bins + b;
                x[i] = s.t()[c * stride];
                y[i] = -1 + (b + 0.5) * 2.0 / bins;
                z[i] = h[b];
                max = Math.max(max, h[b]);
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("histogram", new double[][] {x, y, z});
        XYBlockRenderer r = new XYBlockRenderer();
        double span = cols > 1 ? s.t()[stride] - s.t()[0] : 1;
        r.setBlockWidth(span);
        r.setBlockHeight(2.0 / bins);
        // White to dark blue in 32 steps: the share of the pairs with that product at that time.
        LookupPaintScale scale = new LookupPaintScale(0, max * 1.0001, Color.WHITE);
        for (int q = 0; q < 32; q++) {
            double f = Math.pow(q / 31.0, 0.6);
            scale.add(max * q / 32.0, new Color((int) Math.round(255 - 226 * f), (int) Math.round(255 - 180 * f),
                    (int) Math.round(255 - 120 * f)));
        }
        r.setPaintScale(scale);
        NumberAxis t = axis("t");
        NumberAxis rho = axis("ρ = ⟨x, y⟩");
        rho.setRange(-1, 1);
        XYPlot plot = new XYPlot(data, t, rho, r);
        JFreeChart chart = chart(FigurePanel.HISTOGRAM, plot);
        chart.removeLegend();
        return chart;
    }

    private static JFreeChart chart(FigurePanel panel, XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDE2E8));
        plot.setRangeGridlinePaint(new Color(0xDDE2E8));
        plot.setOutlinePaint(new Color(0x9AA3AD));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        JFreeChart chart = new JFreeChart(null, TITLE, plot, true);
        chart.setTitle(new TextTitle(panel.title(), TITLE));
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setPadding(new RectangleInsets(2, 2, 2, 4));
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        return chart;
    }

    private static NumberAxis axis(String label) {
        NumberAxis a = new NumberAxis(label);
        a.setLabelFont(LABEL);
        a.setTickLabelFont(TICK);
        a.setLabelPaint(Color.BLACK);
        a.setTickLabelPaint(Color.BLACK);
        a.setAxisLinePaint(Color.DARK_GRAY);
        a.setTickMarkPaint(Color.DARK_GRAY);
        a.setLabelInsets(new RectangleInsets(1, 1, 1, 1));
        a.setTickLabelInsets(new RectangleInsets(1, 1, 1, 1));
        return a;
    }

    private static double[] plus(double[] a, double[] b, double sign) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] + sign * b[i];
        }
        return out;
    }

    private static String sub(int i) {
        return org.tokensphere.app.viewmodel.NumberText.subscript(i);
    }
}
