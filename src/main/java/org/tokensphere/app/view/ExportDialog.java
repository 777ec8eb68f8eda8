package org.tokensphere.app.view;

import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.tokensphere.app.export.AnimationExporter;
import org.tokensphere.app.export.Overlays;
import org.tokensphere.app.viewmodel.CameraPose;
import org.tokensphere.app.viewmodel.DisplaySettings;
import org.tokensphere.app.viewmodel.SessionState;
import org.tokensphere.model.Params;
import org.tokensphere.preset.DisplayOptions;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * "Export animation…": renders the current parameters from time 0 to a GIF, MP4 or PNG, frame by frame at a fixed
 * simulated time per frame, on a background thread, with a progress bar and Cancel. A cancelled or failed export
 * leaves any existing file as it was.
 */
public final class ExportDialog {
    private final Stage stage = new Stage();
    private final ChoiceBox<String> format = new ChoiceBox<>();
    private final TextField duration = new TextField("10");
    private final TextField fps = new TextField("25");
    private final TextField speed = new TextField("1");
    private final TextField size = new TextField("720x720");
    private final ChoiceBox<Integer> scale = new ChoiceBox<>();
    private final CheckBox dark = new CheckBox("dark background");
    private final CheckBox showTime = new CheckBox("simulated time");
    private final CheckBox showTitle = new CheckBox("title:");
    private final TextField titleText = new TextField();
    private final CheckBox showEquation = new CheckBox("the equation");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label message = new Label();
    private final Button export = new Button("Export…");
    private final Button cancel = new Button("Cancel");
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final Params params;
    private final DisplaySettings display;
    private final CameraPose camera;
    private Task<Boolean> running;

    /** A dialog that exports {@code params} with the window's display settings and simulation speed. */
    public ExportDialog(Window owner, Params params, DisplaySettings display, double simulationSpeed,
                        CameraPose camera) {
        this.params = params;
        this.display = display;
        this.camera = camera;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Export animation");
        format.getItems().addAll("MP4 (H.264)", "GIF (looping)", "PNG (final state)");
        format.getSelectionModel().select(0);
        scale.getItems().addAll(1, 2, 4);
        scale.getSelectionModel().select(0);
        speed.setText(String.format(Locale.ROOT, "%.3g", simulationSpeed));
        dark.setSelected(display.darkProperty().get());
        duration.setTooltip(new Tooltip("Simulated time covered, from t = 0 with the current parameters and seed."));
        fps.setTooltip(new Tooltip("Frames per second of the animation."));
        speed.setTooltip(new Tooltip("Simulated time per second of animation: each frame advances speed/fps."));
        size.setTooltip(new Tooltip("Width x height of the view in pixels (before scaling)."));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        String[] labels = {"Format", "Duration (simulated time)", "Frames per second", "Speed (time per second)",
            "Size (pixels)", "Scale"};
        javafx.scene.Node[] fields = {format, duration, fps, speed, size, scale};
        for (int r = 0; r < labels.length; r++) {
            grid.addRow(r, new Label(labels[r]), fields[r]);
        }
        grid.add(dark, 1, labels.length);
        showTime.setId("overlay-time");
        showTitle.setId("overlay-title");
        titleText.setId("overlay-title-text");
        showEquation.setId("overlay-equation");
        titleText.setPromptText("title shown over the animation");
        titleText.disableProperty().bind(showTitle.selectedProperty().not());
        Tooltip overlays = new Tooltip("Drawn over every frame, for talks: t = …, a title, the equation (LaTeX).");
        showTime.setTooltip(overlays);
        showEquation.setTooltip(overlays);
        grid.addRow(labels.length + 1, new Label("Overlays"), new HBox(8, showTime, showEquation));
        grid.add(new HBox(6, showTitle, titleText), 1, labels.length + 2);
        progress.setMaxWidth(Double.MAX_VALUE);
        message.setWrapText(true);
        message.setMaxWidth(380);
        cancel.setOnAction(e -> cancelOrClose());
        export.setDefaultButton(true);
        export.setOnAction(e -> chooseAndRun());
        HBox buttons = new HBox(8, export, cancel);
        VBox root = new VBox(10, grid, progress, message, buttons);
        root.setPadding(new Insets(14));
        stage.setScene(new Scene(root));
        stage.setOnCloseRequest(e -> cancelled.set(true));
    }

    /** The title offered for the title overlay (the loaded preset's). */
    public void offerTitle(String title) {
        titleText.setText(title);
    }

    /** Shows the dialog. */
    public void show() {
        stage.show();
    }

    /** The message line (what was written, or why not). */
    public Label message() {
        return message;
    }

    /** The progress bar. */
    public ProgressBar progress() {
        return progress;
    }

    private void chooseAndRun() {
        String ext = switch (format.getSelectionModel().getSelectedIndex()) {
            case 1 -> "gif";
            case 2 -> "png";
            default -> "mp4";
        };
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export to ." + ext);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ext.toUpperCase(Locale.ROOT), "*." + ext));
        chooser.setInitialFileName("tokensphere." + ext);
        File target = chooser.showSaveDialog(stage);
        if (target != null) {
            start(target.toPath());
        }
    }

    /** Starts exporting to {@code out} (its extension picks the format); the progress bar follows. */
    public void start(Path out) {
        AnimationExporter.Job job;
        try {
            int[] wh = AnimationExporter.parseSize(size.getText());
            DisplayOptions options = new DisplayOptions(
                    new DisplayOptions.Camera(camera.azimuth(), camera.elevation(), camera.distance()),
                    SessionState.colouring(display.colourByProperty().get()), display.paletteProperty().get(),
                    new DisplayOptions.Trails(display.trailsProperty().get(), 1),
                    SessionState.projection(display.projectionProperty().get()),
                    false, List.of(List.of(0, 1)), number("speed", speed.getText()));
            job = new AnimationExporter.Job(params, options, number("duration", duration.getText()),
                    number("fps", fps.getText()), wh[0], wh[1], scale.getValue(), dark.isSelected(), out,
                    new Overlays(showTime.isSelected(), showTitle.isSelected() ? titleText.getText() : "",
                            showEquation.isSelected()));
        } catch (IllegalArgumentException e) {
            message.setText("Refused: " + e.getMessage());
            return;
        }
        cancelled.set(false);
        long t0 = System.nanoTime();
        running = new Task<>() {
            @Override
            protected Boolean call() {
                return AnimationExporter.render(job, new AnimationExporter.Progress() {
                    @Override
                    public void frame(int done, int total) {
                        updateProgress(done, total);
                        updateMessage("Rendering frame " + done + " of " + total);
                    }

                    @Override
                    public boolean cancelled() {
                        return cancelled.get();
                    }
                });
            }
        };
        progress.progressProperty().bind(running.progressProperty());
        message.textProperty().bind(running.messageProperty());
        export.setDisable(true);
        running.setOnSucceeded(e -> finish(Boolean.TRUE.equals(running.getValue())
                ? String.format(Locale.ROOT, "Wrote %s (%d frames, %.1f MB) in %.1f s", out, job.frames(),
                out.toFile().length() / 1e6, (System.nanoTime() - t0) * 1e-9)
                : "Cancelled: nothing was written"));
        running.setOnFailed(e -> finish("Not exported: " + running.getException().getMessage()));
        Thread worker = new Thread(running, "tokensphere-export");
        worker.setDaemon(true);
        worker.start();
    }

    private void finish(String text) {
        progress.progressProperty().unbind();
        message.textProperty().unbind();
        message.setText(text);
        export.setDisable(false);
        running = null;
    }

    private void cancelOrClose() {
        if (running != null) {
            cancelled.set(true);
        } else {
            stage.close();
        }
    }

    private static double number(String name, String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": '" + text + "' is not a number");
        }
    }
}
