package org.tokensphere.app.render;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.tokensphere.app.viewmodel.DisplaySettings.Theme;
import org.tokensphere.app.viewmodel.TokenColoring;
import org.tokensphere.preset.DisplayOptions.Palette;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The palettes keep poles and the first six clusters apart for the three kinds of dichromacy and on a washed-out
 * projector. Colour vision deficiency is simulated with Machado, Oliveira and Fernandes (2009), severity 1, in
 * linear RGB; a washed-out projector as {@code 0.45 + 0.55·c} in sRGB (black lifted to grey, contrast halved).
 * Distances are CIE76 ΔE in L*a*b* (D65): about 2 is just noticeable, 10 is plainly different. Exact arithmetic,
 * no randomness: the bounds sit below the values computed (quoted) and above those of the colours they replaced.
 */
class TokenPaletteTest {
    private static final double[][][] DICHROMACY = {
        {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}},
        {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}},
        {{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}}};
    private static final String[] KINDS = {"protanopia", "deuteranopia", "tritanopia"};

    @Test
    void theDefaultPaletteKeepsPolesAndClustersApartForEveryDichromacy() {
        Color[] c = TokenPalette.colours(Theme.LIGHT, Palette.DEFAULT);
        for (int k = 0; k < DICHROMACY.length; k++) {
            // computed: poles 92 / 108 / 102; six clusters at least 20.7 / 17.9 / 16.1
            assertTrue(distance(c, TokenColoring.POLE_PLUS, TokenColoring.POLE_MINUS, DICHROMACY[k], false) > 60,
                    KINDS[k]);
            assertTrue(closestClusters(c, DICHROMACY[k], false) > 12, KINDS[k]);
        }
        // The red/blue palette's clusters are not: two of its first six are 0.5 apart for protanopia.
        Color[] old = TokenPalette.colours(Theme.LIGHT, Palette.REDBLUE);
        assertTrue(closestClusters(old, DICHROMACY[0], false) < 2);
    }

    @Test
    void theProjectorPaletteStaysApartWhenWashedOut() {
        Color[] projector = TokenPalette.colours(Theme.PROJECTOR, Palette.DEFAULT);
        Color[] light = TokenPalette.colours(Theme.LIGHT, Palette.DEFAULT);
        double washed = closestClusters(projector, null, true); // computed: 29.2
        assertTrue(washed > 20, "washed-out clusters " + washed);
        assertTrue(washed > 1.5 * closestClusters(light, null, true), "better than the screen palette there (14.2)");
        assertTrue(distance(projector, TokenColoring.POLE_PLUS, TokenColoring.POLE_MINUS, null, true) > 50);
        for (double[][] m : DICHROMACY) {
            assertTrue(closestClusters(projector, m, false) > 12); // computed: 15.6 / 17.0 / 19.0
        }
    }

    private static double closestClusters(Color[] c, double[][] cvd, boolean washed) {
        double min = Double.MAX_VALUE;
        for (int a = 0; a < 6; a++) {
            for (int b = a + 1; b < 6; b++) {
                min = Math.min(min, distance(c, TokenColoring.CLUSTER_BASE + a, TokenColoring.CLUSTER_BASE + b, cvd,
                        washed));
            }
        }
        return min;
    }

    private static double distance(Color[] c, int a, int b, double[][] cvd, boolean washed) {
        double[] la = lab(seen(c[a], cvd, washed));
        double[] lb = lab(seen(c[b], cvd, washed));
        return Math.sqrt(sq(la[0] - lb[0]) + sq(la[1] - lb[1]) + sq(la[2] - lb[2]));
    }

    /** The sRGB colour as seen with {@code cvd} (null: normal vision), then washed out or not. */
    private static double[] seen(Color c, double[][] cvd, boolean washed) {
        double[] rgb = {c.getRed(), c.getGreen(), c.getBlue()};
        if (cvd != null) {
            double[] l = new double[3];
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    l[i] += cvd[i][j] * linear(rgb[j]);
                }
            }
            for (int i = 0; i < 3; i++) {
                rgb[i] = gamma(Math.max(0, Math.min(1, l[i])));
            }
        }
        if (washed) {
            for (int i = 0; i < 3; i++) {
                rgb[i] = 0.45 + 0.55 * rgb[i];
            }
        }
        return rgb;
    }

    private static double[] lab(double[] rgb) {
        double r = linear(rgb[0]);
        double g = linear(rgb[1]);
        double b = linear(rgb[2]);
        double x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
        double y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
        double z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
        return new double[] {116 * y - 16, 500 * (x - y), 200 * (y - z)};
    }

    private static double f(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
    }

    private static double linear(double c) {
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static double gamma(double l) {
        return l <= 0.0031308 ? 12.92 * l : 1.055 * Math.pow(l, 1 / 2.4) - 0.055;
    }

    private static double sq(double v) {
        return v * v;
    }
}
