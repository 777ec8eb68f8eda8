package org.tokensphere.app.view;

import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.tokensphere.export.ImageFiles;
import org.tokensphere.export.SweepChart;
import org.tokensphere.io.AtomicFile;
import org.tokensphere.model.ParamAxis;
import org.tokensphere.model.Params;
import org.tokensphere.model.StopCondition;
import org.tokensphere.preset.Preset;
import org.tokensphere.preset.SweepDisplay;
import org.tokensphere.preset.SweepFile;
import org.tokensphere.preset.SweepIO;
import org.tokensphere.preset.SweepLibrary;
import org.tokensphere.sweep.Sweep;
import org.tokensphere.sweep.SweepCsv;
import org.tokensphere.sweep.SweepProgress;
import org.tokensphere.sweep.SweepResult;
import org.tokensphere.sweep.SweepSeries;

import java.io.File;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Tools ▸ Sweep…: a sweep of one or two parameters from the current run's parameters or a sweep file (a shipped
 * one or any other, read by the presets' rules), run in the background on the shared workers ({@link SweepJob})
 * with a progress bar and Cancel; the result drawn as a heatmap or curves with ±2 s.e. bands and the theory where
 * one is known ({@link SweepChart}); PNG and CSV export and saving the sweep as a file; a click on a heatmap cell
 * opens that grid point's run (replica 0) in the main window, undoable like a loaded preset.
 */
final class SweepWindow {
    private static final String CURRENT = "The current run";
    /** Who wrote an exported CSV, as its first line says. */
    private static final String PRODUCER = "TokenSphere 0.1.0 (Sweep window)";
    private static final int CHART_W = 1000;
    private static final int CHART_H = 620;

    private final MainWindow window;
    private final Stage stage = new Stage();
    private final ComboBox<String> from = new ComboBox<>();
    private final TextField vary1 = field("beta=0:9:10", "NAME=a:b:k (k values), NAME=a:b:k:log or NAME=v1,v2,...");
    private final TextField vary2 = field("", "optional second parameter, e.g. d=8,128");
    private final TextField time = field("10", "simulated time of every replica");
    private final TextField every = field("0.5", "sampling interval");
    private final TextField replicas = field("8", "replicas per grid point");
    private final TextField stopWhen = field("", "optional: stop each replica when this first holds, e.g. rho01>=0");
    private final ComboBox<String> observable = new ComboBox<>();
    private final ChoiceBox<SweepDisplay.Chart> chart = new ChoiceBox<>();
    private final Button run = new Button("Run");
    private final Button cancel = new Button("Cancel");
    private final ProgressBar bar = new ProgressBar(0);
    private final Label status = new Label("Choose what to vary and press Run.");
    private final ImageView view = new ImageView();
    private final List<Button> needResult = new ArrayList<>();
    private Params base;
    private String title = "";
    private String description = "";
    private SweepJob job;
    private SweepResult result;
    private SweepChart drawn;
    private long drawings;
    /** Draws the charts, one at a time, off the FX thread. */
    private static final java.util.concurrent.ExecutorService DRAWER =
            java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "tokensphere-sweep-chart");
                t.setDaemon(true);
                return t;
            });

    SweepWindow(MainWindow window, String stylesheet) {
        this.window = window;
        stage.initOwner(window.stage());
        stage.setTitle("TokenSphere — sweep");
        from.getItems().add(CURRENT);
        SweepLibrary.shipped().forEach(s -> from.getItems().add(s.name() + ": " + s.sweep().title()));
        from.getSelectionModel().select(0);
        from.setOnAction(e -> choose());
        for (var o : Sweep.OBSERVABLES) {
            observable.getItems().add(o.column());
        }
        observable.getItems().addAll("tStop", "stopped");
        observable.setValue("polarFraction");
        chart.getItems().addAll(SweepDisplay.Chart.values());
        chart.setValue(SweepDisplay.Chart.HEATMAP);
        observable.setOnAction(e -> redraw());
        chart.setOnAction(e -> redraw());
        run.setDefaultButton(true);
        run.setOnAction(e -> start());
        cancel.setOnAction(e -> cancelJob());
        cancel.setDisable(true);
        Button open = button("Open sweep…", this::openFile);
        Button save = button("Save sweep…", this::saveFile);
        Button png = button("Export PNG…", this::exportPng);
        Button csv = button("Export CSV…", this::exportCsv);
        needResult.addAll(List.of(png, csv));
        needResult.forEach(b -> b.setDisable(true));
        bar.setPrefWidth(260);
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.setPadding(new Insets(10));
        form.addRow(0, new Label("Start from"), from, open, save);
        form.addRow(1, new Label("Vary"), vary1, new Label("and"), vary2);
        form.addRow(2, new Label("Time"), time, new Label("every"), every);
        form.addRow(3, new Label("Replicas"), replicas, new Label("Stop when"), stopWhen);
        form.addRow(4, new Label("Show"), observable, new Label("as"), chart);
        HBox actions = new HBox(8, run, cancel, bar, png, csv);
        actions.setPadding(new Insets(0, 10, 6, 10));
        status.setPadding(new Insets(0, 10, 8, 10));
        status.setWrapText(true);
        view.setPreserveRatio(true);
        view.setOnMouseClicked(e -> openCell(e.getX(), e.getY()));
        Tooltip.install(view, new Tooltip("Click a cell of a heatmap to open that run in the main window"));
        BorderPane root = new BorderPane(view);
        root.setTop(new javafx.scene.layout.VBox(form, actions, status));
        root.getStyleClass().addAll("tokensphere", "sweep-window");
        root.setId("sweep-window");
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(CHART_W + 20, screen.getWidth()),
                Math.min(CHART_H + 260, screen.getHeight()));
        // The chart scales with the window (a click is mapped back to the chart's pixels in openCell).
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
        ids();
        choose();
    }

    private void ids() {
        from.setId("sweep-from");
        vary1.setId("sweep-vary1");
        vary2.setId("sweep-vary2");
        time.setId("sweep-time");
        every.setId("sweep-every");
        replicas.setId("sweep-replicas");
        stopWhen.setId("sweep-stop");
        observable.setId("sweep-observable");
        chart.setId("sweep-chart");
        run.setId("sweep-run");
        cancel.setId("sweep-cancel");
        bar.setId("sweep-progress");
        status.setId("sweep-status");
        view.setId("sweep-view");
    }

    /** Shows the window, starting from the current run when that is chosen. */
    void show() {
        if (CURRENT.equals(from.getValue())) {
            base = window.engine().latest().params();
        }
        stage.show();
        stage.toFront();
    }

    Stage stage() {
        return stage;
    }

    private static TextField field(String text, String tip) {
        TextField f = new TextField(text);
        f.setTooltip(new Tooltip(tip));
        f.setPrefColumnCount(14);
        return f;
    }

    private static Button button(String text, Runnable action) {
        Button b = new Button(text);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void choose() {
        int i = from.getSelectionModel().getSelectedIndex();
        if (i <= 0) {
            base = window.engine().latest().params();
            title = "";
            description = "";
            return;
        }
        fill(SweepLibrary.shipped().get(i - 1).sweep());
    }

    /** The form shows {@code f}. */
    private void fill(SweepFile f) {
        base = f.parameters().toParams();
        title = f.title();
        description = f.description();
        vary1.setText(f.vary().get(0));
        vary2.setText(f.vary().size() > 1 ? f.vary().get(1) : "");
        time.setText(String.valueOf(f.time()));
        every.setText(String.valueOf(f.every()));
        replicas.setText(String.valueOf(f.replicas()));
        stopWhen.setText(f.stopWhen());
        observable.setValue(f.display().observable());
        chart.setValue(f.display().chart());
    }

    /** The sweep the form describes; throws {@link IllegalArgumentException} with one line naming the field. */
    Sweep sweep() {
        List<ParamAxis> axes = new ArrayList<>();
        for (TextField f : List.of(vary1, vary2)) {
            if (f == vary1 || !f.getText().isBlank()) {
                try {
                    axes.add(ParamAxis.parse(f.getText().strip()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("Vary: " + e.getMessage());
                }
            }
        }
        StopCondition stop;
        try {
            stop = stopWhen.getText().isBlank() ? null : StopCondition.parse(stopWhen.getText());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Stop when: " + e.getMessage());
        }
        double r = number(replicas, "Replicas");
        if (r != Math.rint(r)) {
            throw new IllegalArgumentException("Replicas: '" + replicas.getText().strip() + "' is not a whole number");
        }
        return new Sweep(base, axes, number(time, "Time"), number(every, "Every"),
                (int) Math.max(-1, Math.min(Integer.MAX_VALUE, r)), stop);
    }

    private static double number(TextField f, String name) {
        try {
            return Double.parseDouble(f.getText().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": '" + f.getText().strip() + "' is not a number");
        }
    }

    private SweepDisplay display() {
        return new SweepDisplay(observable.getValue(), chart.getValue());
    }

    private void start() {
        Sweep s;
        try {
            s = sweep();
            SweepSeries.check(s, observable.getValue());
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
        result = r;
        run.setDisable(false);
        cancel.setDisable(true);
        bar.setProgress(1);
        needResult.forEach(b -> b.setDisable(false));
        status.setText("Done: " + r.sweep().points() + " grid points × " + r.sweep().replicas()
                + " replicas. Click a heatmap cell to open its run in the main window.");
        redraw();
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

    /** Draws the result off the FX thread (an image of a million pixels); the newest drawing wins. */
    private void redraw() {
        if (result == null || observable.getValue() == null || chart.getValue() == null) {
            return;
        }
        SweepChart next;
        try {
            SweepSeries series = new SweepSeries(result, observable.getValue());
            next = new SweepChart(series, chart.getValue() == SweepDisplay.Chart.CURVES ? SweepChart.Kind.CURVES
                    : SweepChart.Kind.HEATMAP, CHART_W, CHART_H);
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
            return;
        }
        String heading = title.isEmpty() ? "sweep" : title;
        long ticket = ++drawings;
        DRAWER.execute(() -> {
            javafx.scene.image.Image image = SwingFXUtils.toFXImage(next.render(heading), null);
            javafx.application.Platform.runLater(() -> {
                if (ticket == drawings) {
                    drawn = next;
                    view.setImage(image);
                }
            });
        });
    }

    /** A click on the chart: the run of that heatmap cell, replica 0, in the main window (undoable). */
    private void openCell(double x, double y) {
        if (drawn == null || view.getImage() == null) {
            return;
        }
        double scale = CHART_W / view.getBoundsInLocal().getWidth();
        int[] cell = drawn.cellAt(x * scale, y * scale);
        if (cell == null) {
            return;
        }
        Sweep s = result.sweep();
        String where = String.join(" ", s.assignments(cell[0]));
        Preset p = Preset.from(s.params(cell[0]), "Sweep grid point " + where, description, s.time(), null);
        window.presets().apply(p, "sweep grid point " + where + ", replica 0");
        status.setText("Opened " + where + " (replica 0, seed " + s.seed(cell[0], 0) + ") in the main window; "
                + "Undo reset (Ctrl+Z) there goes back.");
    }

    private Path ask(String what, String description, String extension, String stem) {
        return SaveChooser.ask(stage, what, description, extension, stem);
    }

    private void exportPng() {
        Path p = ask("Export the sweep chart as PNG", "PNG image (*.png)", "png", "tokensphere-sweep");
        if (p != null && drawn != null) {
            write(() -> ImageFiles.writePng(drawn.render(title.isEmpty() ? "sweep" : title), p), "Exported " + p);
        }
    }

    private void exportCsv() {
        Path p = ask("Export the sweep as CSV", "CSV (*.csv)", "csv", "tokensphere-sweep");
        if (p != null && result != null) {
            write(() -> {
                try (AtomicFile.Pending pending = AtomicFile.begin(p);
                     Writer w = Files.newBufferedWriter(pending.temp(), StandardCharsets.UTF_8)) {
                    SweepCsv.write(w, result, PRODUCER);
                    w.close();
                    pending.commit();
                } catch (java.io.IOException e) {
                    throw new IllegalArgumentException("cannot write " + p + ": " + e.getMessage());
                }
            }, "Exported " + p);
        }
    }

    private void saveFile() {
        Path p = ask("Save the sweep", "Sweep (*.json)", "json", "sweep");
        if (p != null) {
            write(() -> SweepIO.save(sweep().toFile(title.isEmpty() ? "Sweep" : title, description, display()), p),
                    "Saved the sweep to " + p);
        }
    }

    private void openFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a sweep");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Sweep (*.json)", "*.json"));
        File f = chooser.showOpenDialog(stage);
        if (f != null) {
            try {
                fill(SweepIO.load(f.toPath()));
                status.setText("Opened " + f + "; press Run.");
            } catch (IllegalArgumentException e) {
                status.setText("Cannot open " + f.getName() + ": " + e.getMessage());
            }
        }
    }

    private void write(Runnable work, String success) {
        try {
            work.run();
            status.setText(success);
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
        }
    }
}
