package org.tokensphere.app.view;

import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import org.tokensphere.export.SweepChart;
import org.tokensphere.preset.SweepDisplay;
import org.tokensphere.sweep.SweepResult;
import org.tokensphere.sweep.SweepSeries;

import java.awt.image.BufferedImage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * The result pane of the Sweep window: the sweep's result drawn as a heatmap or curves ({@link SweepChart}), off
 * the FX thread, scaled with the window; a click on a heatmap cell names that grid point.
 */
final class SweepChartPane {
    /** The size the chart is drawn at (and exported at). */
    static final int CHART_W = 1000;
    static final int CHART_H = 620;
    /** Draws the charts, one at a time, off the FX thread. */
    private static final ExecutorService DRAWER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "tokensphere-sweep-chart");
        t.setDaemon(true);
        return t;
    });

    private final ImageView view = new ImageView();
    private final Consumer<String> refused;
    private SweepResult result;
    private SweepChart drawn;
    private long drawings;

    /**
     * A pane that hands the grid point of a clicked heatmap cell to {@code onCell} and a chart that cannot be drawn
     * (its one-line reason) to {@code refused}.
     */
    SweepChartPane(IntConsumer onCell, Consumer<String> refused) {
        this.refused = refused;
        view.setPreserveRatio(true);
        view.setOnMouseClicked(e -> cell(e.getX(), e.getY(), onCell));
        Tooltip.install(view, new Tooltip("Click a cell of a heatmap to open that run in the main window"));
        view.setId("sweep-view");
    }

    /** The pane's node. */
    ImageView node() {
        return view;
    }

    /** The result shown, null before the first sweep has finished. */
    SweepResult result() {
        return result;
    }

    /** Shows {@code r}: {@code observable} as a {@code chart}, headed {@code heading}. */
    void show(SweepResult r, String observable, SweepDisplay.Chart chart, String heading) {
        result = r;
        redraw(observable, chart, heading);
    }

    /** Draws the result off the FX thread (an image of a million pixels); the newest drawing wins. */
    void redraw(String observable, SweepDisplay.Chart chart, String heading) {
        if (result == null || observable == null || chart == null) {
            return;
        }
        SweepChart next;
        try {
            SweepSeries series = new SweepSeries(result, observable);
            next = new SweepChart(series, chart == SweepDisplay.Chart.CURVES ? SweepChart.Kind.CURVES
                    : SweepChart.Kind.HEATMAP, CHART_W, CHART_H);
        } catch (IllegalArgumentException e) {
            refused.accept(e.getMessage());
            return;
        }
        long ticket = ++drawings;
        DRAWER.execute(() -> {
            Image image = SwingFXUtils.toFXImage(next.render(heading), null);
            Platform.runLater(() -> {
                if (ticket == drawings) {
                    drawn = next;
                    view.setImage(image);
                }
            });
        });
    }

    /** The chart shown, drawn again at full size with {@code heading}; null when none is shown. */
    BufferedImage render(String heading) {
        return drawn == null ? null : drawn.render(heading);
    }

    /** A click on the chart at ({@code x}, {@code y}) in the view: the grid point of that heatmap cell, if any. */
    private void cell(double x, double y, IntConsumer onCell) {
        if (drawn == null || view.getImage() == null) {
            return;
        }
        // The chart scales with the window: the click is mapped back to the chart's pixels.
        double scale = CHART_W / view.getBoundsInLocal().getWidth();
        int[] cell = drawn.cellAt(x * scale, y * scale);
        if (cell != null) {
            onCell.accept(cell[0]);
        }
    }
}
