package org.tokensphere.app.view;

import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.tokensphere.app.render.LatexPainter;

import java.awt.image.BufferedImage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * LaTeX to JavaFX images with JLaTeXMath, rendered on one background thread (the first formula loads fonts and
 * takes a moment); only the newest request is delivered, on the FX thread.
 */
public final class LatexImages implements AutoCloseable {
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "tokensphere-latex");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong generation = new AtomicLong();

    /**
     * Renders {@code latex} at {@code points} size and {@code oversample} pixels per point, in {@code colour}
     * (0xRRGGBB), and hands the image to {@code done} on the FX thread unless a newer request came first. A
     * formula JLaTeXMath cannot parse is delivered as null with the reason in {@code failed}.
     */
    public void render(String latex, float points, int oversample, int colour, Consumer<Image> done,
                       Consumer<String> failed) {
        long mine = generation.incrementAndGet();
        if (worker.isShutdown()) {
            return;   // closed with the window: a late request (a listener during shutdown) is dropped
        }
        worker.execute(() -> {
            if (generation.get() != mine) {
                return;
            }
            try {
                BufferedImage img = renderNow(latex, points * oversample, colour);
                Image fx = SwingFXUtils.toFXImage(img, null);
                Platform.runLater(() -> {
                    if (generation.get() == mine) {
                        done.accept(fx);
                    }
                });
            } catch (RuntimeException e) {
                Platform.runLater(() -> failed.accept(String.valueOf(e.getMessage())));
            }
        });
    }

    /** Renders synchronously into an ARGB image with a transparent background ({@link LatexPainter}). */
    public static BufferedImage renderNow(String latex, float size, int colour) {
        return LatexPainter.image(latex, size, colour);
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
