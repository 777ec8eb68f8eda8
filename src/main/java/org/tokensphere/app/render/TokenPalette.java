package org.tokensphere.app.render;

import javafx.scene.paint.Color;
import org.tokensphere.app.viewmodel.DisplaySettings.Theme;
import org.tokensphere.app.viewmodel.TokenColoring;
import org.tokensphere.preset.DisplayOptions.Palette;

/**
 * The colours of {@link TokenColoring}'s slots for a theme and a palette. The colour-blind-safe palette (the
 * default) takes the poles and the first clusters from Okabe and Ito's eight colours (vermillion and blue poles:
 * told apart with every common kind of colour vision, and by lightness alone), the further clusters from Paul
 * Tol's muted scheme; the red/blue palette is the original one. The projector theme darkens and saturates them so
 * that they stay apart when a projector washes out the light tones.
 */
public final class TokenPalette {
    /** Colours of the traced pairs (trace lines and the pair's two tokens). */
    public static final Color[] PAIRS = {
        Color.web("#d62ad0"), Color.web("#2ca02c"), Color.web("#ffb000"), Color.web("#00a6a6"),
        Color.web("#8c564b"), Color.web("#7f3c8d"), Color.web("#e73f74"), Color.web("#3969ac")};

    /** Okabe–Ito (vermillion, blue, orange, sky blue, bluish green, reddish purple, yellow), then Tol's muted. */
    private static final Color[] CLUSTERS_SAFE = web("#d55e00", "#0072b2", "#e69f00", "#56b4e9", "#009e73",
            "#cc79a7", "#f0e442", "#332288", "#117733", "#882255", "#999933", "#44aa99");
    /** For a projector: dark and light colours in turn, each saturated, none pale. */
    private static final Color[] CLUSTERS_PROJECTOR = web("#c84600", "#0050a0", "#000000", "#e69f00", "#008060",
            "#b0007a", "#5a3ca0", "#7a5a00", "#00a0d0", "#a01010", "#606060", "#3a8a00");
    private static final Color[] CLUSTERS_REDBLUE = web("#e4572e", "#2e86ab", "#f3a712", "#29bf12", "#a23b72",
            "#5c6bc0", "#00897b", "#c0ca33", "#8d6e63", "#ef5da8", "#26c6da", "#7e57c2");

    private TokenPalette() {
    }

    /**
     * Marker size of the 3D view relative to its default, for {@code n} tokens: larger for small ensembles (a
     * synchronized cluster of a few hundred tokens is one disc), smaller for very large ones.
     */
    public static double markerScale(int n) {
        return n <= 1_000 ? 1.7 : n <= 5_000 ? 1.35 : n <= 30_000 ? 1.0 : 0.8;
    }

    /** All slots for the light ({@code dark} false) or dark theme, in the default palette. */
    public static Color[] colours(boolean dark) {
        return colours(dark ? Theme.DARK : Theme.LIGHT, Palette.DEFAULT);
    }

    /** All slots for {@code theme} in {@code palette}. */
    public static Color[] colours(Theme theme, Palette palette) {
        boolean dark = theme == Theme.DARK;
        boolean projector = theme == Theme.PROJECTOR;
        Color[] c = new Color[TokenColoring.SLOTS];
        Color[] clusters;
        if (palette == Palette.REDBLUE) {
            c[TokenColoring.POLE_PLUS] = projector ? Color.web("#d00000") : Color.web("#e4572e");
            c[TokenColoring.POLE_MINUS] = projector ? Color.web("#0000b0")
                    : dark ? Color.web("#4fb3e8") : Color.web("#2e6fab");
            clusters = CLUSTERS_REDBLUE;
        } else {
            c[TokenColoring.POLE_PLUS] = projector ? Color.web("#c84600") : dark ? Color.web("#e69f00")
                    : Color.web("#d55e00");
            c[TokenColoring.POLE_MINUS] = projector ? Color.web("#0050a0") : dark ? Color.web("#56b4e9")
                    : Color.web("#0072b2");
            clusters = projector ? CLUSTERS_PROJECTOR : CLUSTERS_SAFE;
        }
        System.arraycopy(clusters, 0, c, TokenColoring.CLUSTER_BASE, TokenColoring.CLUSTERS);
        c[TokenColoring.CLUSTER_OTHER] = dark ? Color.web("#6b7280") : projector ? Color.web("#808080")
                : Color.web("#9aa3ad");
        double[] brightness = projector ? new double[] {0.45, 0.70, 0.95} : new double[] {0.62, 0.86, 1.0};
        double[] saturation = projector ? new double[] {1.0, 1.0, 0.75} : new double[] {0.85, 0.80, 0.45};
        for (int band = 0; band < TokenColoring.BANDS; band++) {
            for (int h = 0; h < TokenColoring.HUES; h++) {
                c[TokenColoring.HUE_BASE + band * TokenColoring.HUES + h] =
                        Color.hsb(360.0 * h / TokenColoring.HUES, saturation[band], brightness[band]);
            }
        }
        System.arraycopy(PAIRS, 0, c, TokenColoring.PAIR_BASE, TokenColoring.PAIRS);
        return c;
    }

    /** The names of the pole colours, for the legend: e.g. {@code "vermillion +u, blue −u"}. */
    public static String poleNames(Theme theme, Palette palette) {
        if (palette == Palette.REDBLUE) {
            return theme == Theme.DARK ? "red +u, light blue −u" : "red +u, blue −u";
        }
        return theme == Theme.DARK ? "orange +u, sky blue −u" : "vermillion +u, blue −u";
    }

    private static Color[] web(String... hex) {
        Color[] c = new Color[hex.length];
        for (int k = 0; k < hex.length; k++) {
            c[k] = Color.web(hex[k]);
        }
        return c;
    }
}
