package org.tokensphere.app.render;

import javafx.scene.paint.Color;
import org.tokensphere.app.viewmodel.TokenColoring;

/** The colours of {@link TokenColoring}'s slots, for a light or a dark background. */
public final class TokenPalette {
    /** Colours of the traced pairs (trace lines and the pair's two tokens). */
    public static final Color[] PAIRS = {
        Color.web("#d62ad0"), Color.web("#2ca02c"), Color.web("#ffb000"), Color.web("#00a6a6"),
        Color.web("#8c564b"), Color.web("#7f3c8d"), Color.web("#e73f74"), Color.web("#3969ac")};

    private static final Color[] CLUSTERS = {
        Color.web("#e4572e"), Color.web("#2e86ab"), Color.web("#f3a712"), Color.web("#29bf12"),
        Color.web("#a23b72"), Color.web("#5c6bc0"), Color.web("#00897b"), Color.web("#c0ca33"),
        Color.web("#8d6e63"), Color.web("#ef5da8"), Color.web("#26c6da"), Color.web("#7e57c2")};

    private TokenPalette() {
    }

    /**
     * Marker size of the 3D view relative to its default, for {@code n} tokens: larger for small ensembles (a
     * synchronized cluster of a few hundred tokens is one disc), smaller for very large ones.
     */
    public static double markerScale(int n) {
        return n <= 1_000 ? 1.7 : n <= 5_000 ? 1.35 : n <= 30_000 ? 1.0 : 0.8;
    }

    /** All slots. */
    public static Color[] colours(boolean dark) {
        Color[] c = new Color[TokenColoring.SLOTS];
        c[TokenColoring.POLE_PLUS] = Color.web("#e4572e");
        c[TokenColoring.POLE_MINUS] = dark ? Color.web("#4fb3e8") : Color.web("#2e6fab");
        System.arraycopy(CLUSTERS, 0, c, TokenColoring.CLUSTER_BASE, TokenColoring.CLUSTERS);
        c[TokenColoring.CLUSTER_OTHER] = dark ? Color.web("#6b7280") : Color.web("#9aa3ad");
        for (int band = 0; band < TokenColoring.BANDS; band++) {
            for (int h = 0; h < TokenColoring.HUES; h++) {
                double brightness = new double[] {0.62, 0.86, 1.0}[band];
                double saturation = new double[] {0.85, 0.80, 0.45}[band];
                c[TokenColoring.HUE_BASE + band * TokenColoring.HUES + h] =
                        Color.hsb(360.0 * h / TokenColoring.HUES, saturation, brightness);
            }
        }
        System.arraycopy(PAIRS, 0, c, TokenColoring.PAIR_BASE, TokenColoring.PAIRS);
        return c;
    }
}
