package org.tokensphere.app.view;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a PNG through a temporary file in the same folder, moved into place only when complete, so a failure
 * never leaves a half-written picture over an existing one. Problems become messages naming the path.
 */
public final class SnapshotWriter {
    private SnapshotWriter() {
    }

    /** Writes {@code image} to {@code target}; throws {@link IllegalArgumentException} with a readable reason. */
    public static void writePng(Image image, Path target) {
        BufferedImage img = SwingFXUtils.fromFXImage(image, null);
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IllegalArgumentException("Cannot save " + target + ": the folder " + dir + " does not exist");
        }
        Path tmp;
        try {
            tmp = Files.createTempFile(dir, "." + abs.getFileName(), ".part");
        } catch (IOException | SecurityException e) {
            throw new IllegalArgumentException("Cannot save " + target + ": the folder " + dir
                    + " is not writable (" + e.getMessage() + ")");
        }
        try {
            if (!ImageIO.write(img, "png", tmp.toFile())) {
                throw new IOException("no PNG writer available");
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot save " + target + ": " + e.getMessage()
                    + " (an existing file there is unchanged)");
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // Only a leftover temporary file; the message above already says what failed.
            }
        }
    }
}
