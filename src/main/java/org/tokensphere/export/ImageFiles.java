package org.tokensphere.export;

import org.tokensphere.io.AtomicFile;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/** Still images written whole or not at all. */
public final class ImageFiles {
    private ImageFiles() {
    }

    /**
     * Writes {@code image} as a PNG through a temporary file moved into place; throws
     * {@link IllegalArgumentException} naming the path and the reason (an existing file is then unchanged).
     */
    public static void writePng(BufferedImage image, Path target) {
        try (AtomicFile.Pending pending = AtomicFile.begin(target)) {
            try {
                if (!ImageIO.write(image, "png", pending.temp().toFile())) {
                    throw new IOException("no PNG writer available");
                }
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot write " + target + ": " + e.getMessage()
                        + " (the existing file, if any, is unchanged)");
            }
            pending.commit();
        }
    }
}
