package org.tokensphere.app.view;

import org.tokensphere.engine.Frame;
import org.tokensphere.export.FrameCsv;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;

/**
 * CSV exports from the window: the token positions of the frame on screen, and the observables with the traced
 * pairs' scalar products since the run began. The frame is taken when asked; the file is written by the
 * {@link BackgroundWriter} through a temporary file, and the status bar says where it went or why it could not be
 * written.
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
    private final BackgroundWriter writer;

    ExportActions(MainWindow window, BackgroundWriter writer) {
        this.window = window;
        this.writer = writer;
    }

    /** Opens the animation export dialog for the current parameters, display settings and speed. */
    void exportAnimation() {
        ExportDialog d = new ExportDialog(window.stage(), window.engine().latest().params(), window.display(),
                window.viewModel().property(org.tokensphere.app.viewmodel.Knob.SPEED).get(),
                window.tokenView().camera());
        d.offerTitle(window.presets().session().titleProperty().get());
        d.show();
    }

    /** Asks where to write {@code kind} and writes it. */
    void chooseAndExport(Kind kind) {
        Frame f = window.engine().latest();
        Path target = SaveChooser.ask(window.stage(), "Export " + kind.label + " as CSV", "CSV (*.csv)", "csv",
                "tokensphere-" + kind.fileStem);
        if (target != null) {
            export(kind, f, target);
        }
    }

    /**
     * Writes {@code kind} of frame {@code f} to {@code target} on the writing thread; the status bar reports the
     * outcome. The future completes with null, or with the message of a failure (the file is then unchanged).
     */
    CompletableFuture<String> export(Kind kind, Frame f, Path target) {
        return writer.write("Exporting " + kind.label + " to " + target + " …",
                progress -> kind.writer.accept(target, f),
                String.format(Locale.ROOT, "Exported %s at t = %.3f to %s", kind.label, f.time(), target),
                "Cannot export " + kind.label + ": ");
    }
}
