package org.tokensphere.app.view;

import javafx.application.Platform;
import javafx.stage.FileChooser;
import org.tokensphere.engine.Frame;
import org.tokensphere.export.FrameCsv;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;

/**
 * CSV exports from the window: the token positions of the frame on screen, and the observables with the traced
 * pairs' scalar products since the run began. The frame is taken when asked; the file is written on a background
 * thread through a temporary file, and the status bar says where it went or why it could not be written.
 */
final class ExportActions {
    /** What to export. */
    enum Kind {
        /** Positions of every token now. */
        POSITIONS("token positions now", "positions", FrameCsv::writePositions),
        /** Observables and pair traces from time 0 to now. */
        OBSERVABLES("observables and pair traces so far", "observables", FrameCsv::writeObservables);

        final String label;
        final String fileStem;
        final BiConsumer<Path, Frame> writer;

        Kind(String label, String fileStem, BiConsumer<Path, Frame> writer) {
            this.label = label;
            this.fileStem = fileStem;
            this.writer = writer;
        }
    }

    private final MainWindow window;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "tokensphere-csv");
        t.setDaemon(true);
        return t;
    });

    ExportActions(MainWindow window) {
        this.window = window;
    }

    /** Opens the animation export dialog for the current parameters, display settings and speed. */
    void exportAnimation() {
        new ExportDialog(window.stage(), window.engine().latest().params(), window.display(),
                window.viewModel().property(org.tokensphere.app.viewmodel.Knob.SPEED).get(),
                window.tokenView().camera()).show();
    }

    /** Asks where to write {@code kind} and writes it. */
    void chooseAndExport(Kind kind) {
        Frame f = window.engine().latest();
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + kind.label + " as CSV");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV (*.csv)", "*.csv"));
        chooser.setInitialFileName("tokensphere-" + kind.fileStem + "-" + LocalDateTime.now().format(
                DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".csv");
        File file = chooser.showSaveDialog(window.stage());
        if (file != null) {
            Path target = file.getName().toLowerCase(Locale.ROOT).endsWith(".csv") ? file.toPath()
                    : Path.of(file + ".csv");
            export(kind, f, target);
        }
    }

    /**
     * Writes {@code kind} of frame {@code f} to {@code target} on the export thread; the status bar reports the
     * outcome. The future completes with null, or with the message of a failure (the file is then unchanged).
     */
    CompletableFuture<String> export(Kind kind, Frame f, Path target) {
        window.say("Exporting " + kind.label + " to " + target + " …");
        return CompletableFuture.supplyAsync(() -> {
            try {
                kind.writer.accept(target, f);
                return null;
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        }, writer).whenComplete((failure, thrown) -> Platform.runLater(() -> {
            if (thrown != null) {
                window.say("Cannot export " + kind.label + ": " + thrown);
            } else if (failure != null) {
                window.say("Cannot export " + kind.label + ": " + failure);
            } else {
                window.say(String.format(Locale.ROOT, "Exported %s at t = %.3f to %s", kind.label, f.time(),
                        target));
            }
        }));
    }
}
