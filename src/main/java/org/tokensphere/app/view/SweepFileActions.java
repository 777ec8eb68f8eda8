package org.tokensphere.app.view;

import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.tokensphere.export.ImageFiles;
import org.tokensphere.io.AtomicFile;
import org.tokensphere.preset.SweepIO;
import org.tokensphere.sweep.SweepCsv;
import org.tokensphere.sweep.SweepResult;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The Sweep window's file actions: open a sweep file into the form, save the form as a sweep file, export the
 * chart as PNG and the result as CSV, each written through {@link AtomicFile}; the outcome is one line.
 */
final class SweepFileActions {
    /** Who wrote an exported CSV, as its first line says. */
    private static final String PRODUCER = "TokenSphere 0.1.0 (Sweep window)";

    private final Stage stage;
    private final SweepForm form;
    private final SweepChartPane chart;
    private final Consumer<String> say;

    /** Actions over {@code stage} on {@code form} and {@code chart}, saying how each went to {@code say}. */
    SweepFileActions(Stage stage, SweepForm form, SweepChartPane chart, Consumer<String> say) {
        this.stage = stage;
        this.form = form;
        this.chart = chart;
        this.say = say;
    }

    private Path ask(String what, String description, String extension, String stem) {
        return SaveChooser.ask(stage, what, description, extension, stem);
    }

    void exportPng() {
        Path p = ask("Export the sweep chart as PNG", "PNG image (*.png)", "png", "tokensphere-sweep");
        BufferedImage image = p == null ? null : chart.render(form.heading());
        if (image != null) {
            write(() -> ImageFiles.writePng(image, p), "Exported " + p);
        }
    }

    void exportCsv() {
        Path p = ask("Export the sweep as CSV", "CSV (*.csv)", "csv", "tokensphere-sweep");
        SweepResult result = chart.result();
        if (p != null && result != null) {
            write(() -> {
                try (AtomicFile.Pending pending = AtomicFile.begin(p);
                     Writer w = Files.newBufferedWriter(pending.temp(), StandardCharsets.UTF_8)) {
                    SweepCsv.write(w, result, PRODUCER);
                    w.close();
                    pending.commit();
                } catch (IOException e) {
                    throw new IllegalArgumentException("cannot write " + p + ": " + e.getMessage());
                }
            }, "Exported " + p);
        }
    }

    void saveFile() {
        Path p = ask("Save the sweep", "Sweep (*.json)", "json", "sweep");
        if (p != null) {
            write(() -> SweepIO.save(form.sweep().toFile(form.title().isEmpty() ? "Sweep" : form.title(),
                    form.description(), form.display()), p), "Saved the sweep to " + p);
        }
    }

    void openFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a sweep");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Sweep (*.json)", "*.json"));
        File f = chooser.showOpenDialog(stage);
        if (f != null) {
            try {
                form.fill(SweepIO.load(f.toPath()));
                say.accept("Opened " + f + "; press Run.");
            } catch (IllegalArgumentException e) {
                say.accept("Cannot open " + f.getName() + ": " + e.getMessage());
            }
        }
    }

    private void write(Runnable work, String success) {
        try {
            work.run();
            say.accept(success);
        } catch (IllegalArgumentException e) {
            say.accept(e.getMessage());
        }
    }
}
