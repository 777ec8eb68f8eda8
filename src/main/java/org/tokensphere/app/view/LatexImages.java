package org.tokensphere.app.view;

import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.RenderingHints;
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

    /** Renders synchronously into an ARGB image with a transparent background. */
    public static BufferedImage renderNow(String latex, float size, int colour) {
        TeXFormula formula = new TeXFormula(latex);
        TeXIcon icon = formula.createTeXIcon(TeXConstants.STYLE_DISPLAY, size);
        int pad = Math.round(size / 4);
        icon.setInsets(new Insets(pad, pad, pad, pad));
        icon.setForeground(new Color(colour));
        BufferedImage img = new BufferedImage(Math.max(1, icon.getIconWidth()), Math.max(1, icon.getIconHeight()),
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        icon.paintIcon(null, g, 0, 0);
        g.dispose();
        return img;
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
