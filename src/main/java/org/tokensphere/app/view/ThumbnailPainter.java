package org.tokensphere.app.view;

import org.tokensphere.app.render.TokenPalette;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.tokensphere.app.viewmodel.PresetThumbnails.Thumbnail;

/**
 * Draws a preset's {@link Thumbnail} on a small canvas: the sphere as a disc (the circle as a ring for
 * {@code d = 2}), where the tokens started, the paths of a few, and where they all end.
 */
final class ThumbnailPainter {
    private static final Color BACKGROUND = Color.web("#f7f8fa");
    private static final Color DISC = Color.web("#e9edf3");
    private static final Color RIM = Color.web("#c3ccd8");
    /** How many tokens' paths are drawn. */
    static final int PATHS = 14;
    /** Longest path segment drawn, in sphere radii on screen. */
    private static final double MAX_SEGMENT = 0.3;

    private ThumbnailPainter() {
    }

    /** The empty sphere with a note (while the thumbnail is computed, or when it could not be). */
    static void placeholder(Canvas canvas, String note) {
        GraphicsContext g = background(canvas, false);
        g.setFill(Color.web("#5b6472"));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(note, canvas.getWidth() / 2, canvas.getHeight() / 2);
    }

    /**
     * The thumbnail: where the tokens started, as faint dots; the paths of a few of them ({@link #PATHS}, more
     * would hide each other once they move together); where all of them are at the end, as dots in their colours.
     * What is behind the sphere is faded.
     */
    static void paint(Canvas canvas, Thumbnail t) {
        GraphicsContext g = background(canvas, t.circle());
        double cx = canvas.getWidth() / 2;
        double cy = canvas.getHeight() / 2;
        double radius = radius(canvas);
        Color[] palette = TokenPalette.colours(false);
        int n = t.n();
        int last = t.samples() - 1;
        for (int i = 0; i < n; i++) {
            int at = t.at(0, i);
            boolean front = t.depth()[at] >= 0 || t.circle();
            g.setFill(colour(palette, t.slots()[i]).interpolate(DISC, front ? 0.55 : 0.8));
            g.fillOval(cx + radius * t.x()[at] - 1, cy - radius * t.y()[at] - 1, 2, 2);
        }
        g.setLineWidth(0.9);
        int every = Math.max(1, n / PATHS);
        for (int i = 0; i < n; i += every) {
            Color c = colour(palette, t.slots()[i]);
            for (int s = 0; s < last; s++) {
                int a = t.at(s, i);
                int b = t.at(s + 1, i);
                if (Math.hypot(t.x()[b] - t.x()[a], t.y()[b] - t.y()[a]) > MAX_SEGMENT) {
                    continue; // a long jump between samples: a straight line would cut across the sphere
                }
                boolean front = t.depth()[a] + t.depth()[b] >= 0 || t.circle();
                g.setStroke(front ? c.deriveColor(0, 1, 0.9, 0.55) : c.interpolate(DISC, 0.6));
                g.strokeLine(cx + radius * t.x()[a], cy - radius * t.y()[a], cx + radius * t.x()[b],
                        cy - radius * t.y()[b]);
            }
        }
        double dot = n <= 100 ? 3.0 : 2.6;
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < n; i++) {
                int at = t.at(last, i);
                boolean front = t.depth()[at] >= 0 || t.circle();
                if (front != (pass == 1)) {
                    continue;
                }
                Color c = colour(palette, t.slots()[i]);
                g.setFill(front ? c : c.interpolate(DISC, 0.55));
                g.fillOval(cx + radius * t.x()[at] - dot, cy - radius * t.y()[at] - dot, 2 * dot, 2 * dot);
                g.setStroke(front ? c.darker() : c.interpolate(DISC, 0.3));
                g.setLineWidth(0.6);
                g.strokeOval(cx + radius * t.x()[at] - dot, cy - radius * t.y()[at] - dot, 2 * dot, 2 * dot);
            }
        }
    }

    private static Color colour(Color[] palette, int slot) {
        return slot >= 0 && slot < palette.length ? palette[slot] : Color.GRAY;
    }

    private static double radius(Canvas canvas) {
        return 0.42 * Math.min(canvas.getWidth(), canvas.getHeight());
    }

    private static GraphicsContext background(Canvas canvas, boolean circle) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        double r = radius(canvas);
        g.setFill(BACKGROUND);
        g.fillRect(0, 0, w, h);
        g.setStroke(RIM);
        if (circle) {
            g.setLineWidth(1.5);
            g.strokeOval(w / 2 - r, h / 2 - r, 2 * r, 2 * r);
        } else {
            g.setFill(DISC);
            g.fillOval(w / 2 - r, h / 2 - r, 2 * r, 2 * r);
            g.setLineWidth(1);
            g.strokeOval(w / 2 - r, h / 2 - r, 2 * r, 2 * r);
        }
        return g;
    }
}
