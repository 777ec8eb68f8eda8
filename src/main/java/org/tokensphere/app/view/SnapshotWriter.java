package org.tokensphere.app.view;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;

import org.tokensphere.export.ImageFiles;

import java.nio.file.Path;
import java.util.function.DoubleConsumer;

/**
 * Writes a PNG through a temporary file in the same folder, moved into place only when complete, so a failure
 * never leaves a half-written picture over an existing one. Problems become messages naming the path. Meant for
 * a background thread: a snapshot is never changed after it is taken, so its pixels may be read there.
 */
public final class SnapshotWriter {
    private SnapshotWriter() {
    }

    /** Writes {@code image} to {@code target}; throws {@link IllegalArgumentException} with a readable reason. */
    public static void writePng(Image image, Path target) {
        writePng(image, target, done -> { });
    }

    /** Likewise, telling {@code progress} the fraction encoded so far (0 to 1). */
    public static void writePng(Image image, Path target, DoubleConsumer progress) {
        ImageFiles.writePng(SwingFXUtils.fromFXImage(image, null), target, progress);
    }
}
