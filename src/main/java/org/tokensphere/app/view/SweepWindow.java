package org.tokensphere.app.view;

import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.tokensphere.preset.Preset;
import org.tokensphere.sweep.Sweep;
import org.tokensphere.sweep.SweepProgress;
import org.tokensphere.sweep.SweepResult;
import org.tokensphere.sweep.SweepSeries;

import java.util.List;

/**
 * Tools ▸ Sweep…: a sweep of one or two parameters from the current run's parameters or a sweep file (a shipped
 * one or any other, read by the presets' rules; the form is {@link SweepForm}), run in the background on the
 * shared workers ({@link SweepJob}) with a progress bar and Cancel; the result drawn as a heatmap or curves with
 * ±2 s.e. bands and the theory where one is known ({@link SweepChartPane}); PNG and CSV export and saving the
 * sweep as a file ({@link SweepFileActions}); a click on a heatmap cell opens that grid point's run (replica 0) in
 * the main window, undoable like a loaded preset.
 */
final class SweepWindow {
    private final MainWindow window;
    private final Stage stage = new Stage();
    private final Button run = new Button("Run");
    private final Button cancel = new Button("Cancel");
    private final ProgressBar bar = new ProgressBar(0);
    private final Label status = new Label("Choose what to vary and press Run.");
    private final SweepChartPane chart = new SweepChartPane(this::openCell, status::setText);
    private final SweepForm form;
    private final List<Button> needResult;
    private SweepJob job;

    SweepWindow(MainWindow window, String stylesheet) {
        this.window = window;
        stage.initOwner(window.stage());
        stage.setTitle("TokenSphere — sweep");
        Button open = new Button("Open sweep…");
        Button save = new Button("Save sweep…");
        form = new SweepForm(() -> window.engine().latest().params(), open, save, this::redraw);
        SweepFileActions files = new SweepFileActions(stage, form, chart, status::setText);
        open.setOnAction(e -> files.openFile());
        save.setOnAction(e -> files.saveFile());
        Button png = new Button("Export PNG…");
        png.setOnAction(e -> files.exportPng());
        Button csv = new Button("Export CSV…");
        csv.setOnAction(e -> files.exportCsv());
        needResult = List.of(png, csv);
        needResult.forEach(b -> b.setDisable(true));
        run.setDefaultButton(true);
        run.setOnAction(e -> start());
        cancel.setOnAction(e -> cancelJob());
        cancel.setDisable(true);
        bar.setPrefWidth(260);
        HBox actions = new HBox(8, run, cancel, bar, png, csv);
        actions.setPadding(new Insets(0, 10, 6, 10));
        status.setPadding(new Insets(0, 10, 8, 10));
        status.setWrapText(true);
        ImageView view = chart.node();
        BorderPane root = new BorderPane(view);
        root.setTop(new VBox(form.node(), actions, status));
        root.getStyleClass().addAll("tokensphere", "sweep-window");
        root.setId("sweep-window");
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(SweepChartPane.CHART_W + 20, screen.getWidth()),
                Math.min(SweepChartPane.CHART_H + 260, screen.getHeight()));
        // The chart scales with the window (a click is mapped back to the chart's pixels by the pane).
        view.fitWidthProperty().bind(scene.widthProperty().subtract(20));
        view.fitHeightProperty().bind(scene.heightProperty().subtract(250));
        scene.getStylesheets().add(stylesheet);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setOnHidden(e -> cancelJob());
        stage.setScene(scene);
        run.setId("sweep-run");
        cancel.setId("sweep-cancel");
        bar.setId("sweep-progress");
        status.setId("sweep-status");
    }

    /** Shows the window, starting from the current run when that is chosen. */
    void show() {
        form.refreshCurrent();
        stage.show();
        stage.toFront();
    }

    Stage stage() {
        return stage;
    }

    private void start() {
        Sweep s;
        try {
            s = form.sweep();
            SweepSeries.check(s, form.observable());
        } catch (IllegalArgumentException e) {
            status.setText("Cannot run: " + e.getMessage());
            return;
        }
        cancelJob();
        run.setDisable(true);
        cancel.setDisable(false);
        bar.setProgress(0);
        status.setText("Running " + s.points() + " grid points × " + s.replicas() + " replicas on the shared "
                + "workers…");
        job = new SweepJob(s, this::progress, this::done, () -> ended("Cancelled; nothing was kept."),
                why -> ended("The sweep failed: " + why));
    }

    private void progress(SweepProgress p) {
        bar.setProgress(p.replicasDone() / (double) p.replicas());
        status.setText("Sweep: " + p.line());
    }

    private void done(SweepResult r) {
        job = null;
        run.setDisable(false);
        cancel.setDisable(true);
        bar.setProgress(1);
        needResult.forEach(b -> b.setDisable(false));
        status.setText("Done: " + r.sweep().points() + " grid points × " + r.sweep().replicas()
                + " replicas. Click a heatmap cell to open its run in the main window.");
        chart.show(r, form.observable(), form.chart(), form.heading());
    }

    private void ended(String message) {
        job = null;
        run.setDisable(false);
        cancel.setDisable(true);
        bar.setProgress(0);
        status.setText(message);
    }

    private void cancelJob() {
        if (job != null) {
            job.cancel();
        }
    }

    private void redraw() {
        chart.redraw(form.observable(), form.chart(), form.heading());
    }

    /** Grid point {@code point}'s run, replica 0, in the main window (undoable). */
    private void openCell(int point) {
        Sweep s = chart.result().sweep();
        String where = String.join(" ", s.assignments(point));
        Preset p = Preset.from(s.params(point), "Sweep grid point " + where, form.description(), s.time(), null);
        window.presets().apply(p, "sweep grid point " + where + ", replica 0");
        status.setText("Opened " + where + " (replica 0, seed " + s.seed(point, 0) + ") in the main window; "
                + "Undo reset (Ctrl+Z) there goes back.");
    }
}
