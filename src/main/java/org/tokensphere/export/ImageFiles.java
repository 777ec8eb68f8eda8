package org.tokensphere.export;

import org.tokensphere.io.AtomicFile;

import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.event.IIOWriteProgressListener;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.function.DoubleConsumer;

/** Still images written whole or not at all. */
public final class ImageFiles {
    private ImageFiles() {
    }

    /**
     * Writes {@code image} as a PNG through a temporary file moved into place; throws
     * {@link IllegalArgumentException} naming the path and the reason (an existing file is then unchanged).
     */
    public static void writePng(BufferedImage image, Path target) {
        writePng(image, target, done -> { });
    }

    /** Likewise, telling {@code progress} the fraction of the image encoded so far (0 to 1), from this thread. */
    public static void writePng(BufferedImage image, Path target, DoubleConsumer progress) {
        try (AtomicFile.Pending pending = AtomicFile.begin(target)) {
            Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
            if (!writers.hasNext()) {
                throw new IllegalArgumentException("cannot write " + target + ": no PNG writer available");
            }
            ImageWriter writer = writers.next();
            try (ImageOutputStream out = ImageIO.createImageOutputStream(pending.temp().toFile())) {
                if (out == null) {
                    throw new IOException("cannot open the temporary file " + pending.temp());
                }
                writer.setOutput(out);
                writer.addIIOWriteProgressListener(new Listener(progress));
                writer.write(image);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot write " + target + ": " + e.getMessage()
                        + " (the existing file, if any, is unchanged)");
            } finally {
                writer.dispose();
            }
            pending.commit();
            progress.accept(1);
        }
    }

    /** Passes the writer's percentage on as a fraction. */
    private record Listener(DoubleConsumer progress) implements IIOWriteProgressListener {
        @Override
        public void imageStarted(ImageWriter source, int imageIndex) {
            progress.accept(0);
        }

        @Override
        public void imageProgress(ImageWriter source, float percentageDone) {
            progress.accept(Math.max(0, Math.min(1, percentageDone / 100.0)));
        }

        @Override
        public void imageComplete(ImageWriter source) {
        }

        @Override
        public void thumbnailStarted(ImageWriter source, int imageIndex, int thumbnailIndex) {
        }

        @Override
        public void thumbnailProgress(ImageWriter source, float percentageDone) {
        }

        @Override
        public void thumbnailComplete(ImageWriter source) {
        }

        @Override
        public void writeAborted(ImageWriter source) {
        }
    }
}
