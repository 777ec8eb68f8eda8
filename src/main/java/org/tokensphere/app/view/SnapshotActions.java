package org.tokensphere.app.view;

import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;
import javafx.stage.Stage;
import org.tokensphere.app.render.TokenView;
import org.tokensphere.app.viewmodel.DisplaySettings;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * PNG snapshots of the sphere view (1×, 2× or 4×) and of the whole window (1× or 2×): the FX thread takes the
 * image; encoding and writing run on the {@link BackgroundWriter}'s thread with a progress bar, and the status
 * bar says where the file went or why it could not be written.
 */
final class SnapshotActions {
    private final Supplier<Stage> stage;
    private final TokenView view;
    private final DisplaySettings display;
    private final BackgroundWriter writer;

    SnapshotActions(Supplier<Stage> stage, TokenView view, DisplaySettings display, BackgroundWriter writer) {
        this.stage = stage;
        this.view = view;
        this.display = display;
        this.writer = writer;
    }

    /** Asks where to save a PNG of the view at {@code scale}× and writes it. */
    void saveView(int scale) {
        display.snapshotScaleProperty().set(scale);
        Path target = choose("Save a snapshot of the sphere (" + scale + "×)");
        if (target != null) {
            save(view.snapshot(scale), target, scale);
        }
    }

    /** Asks where to save a PNG of the whole window at {@code scale}× and writes it. */
    void saveWindow(int scale) {
        Path target = choose("Save a snapshot of the whole window (" + scale + "×)");
        if (target != null) {
            save(windowImage(scale), target, scale);
        }
    }

    /** The whole window as an image at {@code scale} (1, 2 or 4) times its size. */
    WritableImage windowImage(int scale) {
        SnapshotParameters p = new SnapshotParameters();
        p.setTransform(Transform.scale(scale, scale));
        return stage.get().getScene().getRoot().snapshot(p, null);
    }

    /**
     * Writes {@code image} (taken at {@code scale}×) to {@code target} in the background; the future completes with
     * null, or with the reason it was not written (an existing file is then unchanged).
     */
    CompletableFuture<String> save(Image image, Path target, int scale) {
        return writer.write("Saving " + target + " (" + scale + "×) …",
                progress -> SnapshotWriter.writePng(image, target, progress),
                "Saved " + target + " (" + scale + "×)", "Cannot save the snapshot: ");
    }

    private Path choose(String title) {
        return SaveChooser.ask(stage.get(), title, "PNG image", "png", "tokensphere");
    }
}
