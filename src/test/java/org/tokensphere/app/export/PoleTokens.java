package org.tokensphere.app.export;

import javafx.scene.paint.Color;
import org.tokensphere.app.TokenPixels;
import org.tokensphere.app.render.TokenPalette;
import org.tokensphere.app.viewmodel.CameraPose;
import org.tokensphere.app.viewmodel.TokenColoring;

import java.awt.image.BufferedImage;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whether a rendered frame shows tokens coloured by pole where they are. Deterministic runs colour a token by the
 * sign of {@code ⟨x, e_min⟩}, here {@code e_min = ±e_3} (the sign is the view's choice, so both are tried). Each
 * token on the near side of the sphere, away from the arrows along the vertical through the centre and from
 * tokens of the other colour, is projected as the 3D view's camera projects it (perspective, 32° vertical field
 * of view, from the preset's camera); its pole colour must be found within a few pixels of that point. Far-side
 * tokens are seen through the translucent sphere, washed out, and are not counted.
 */
final class PoleTokens {
    /** The pole colours are 13.5° and 209°, the arrows 37° (amber) and 300° (magenta): 12° keeps them apart. */
    private static final double HUE = 12;
    private static final Color[] LIGHT = TokenPalette.colours(false);
    /** Least share of the counted tokens found in their colour at their place. */
    static final double SHOWN = 0.8;
    /** Most share found when compared with positions the frame does not show. */
    static final double NOT_SHOWN = 0.5;

    private PoleTokens() {
    }

    /** {found share, counted tokens}, for the better of the two signs. */
    static double[] match(BufferedImage img, double[] x, CameraPose pose) {
        int w = img.getWidth();
        int h = img.getHeight();
        double focal = h / 2.0 / Math.tan(Math.toRadians(16));
        double[] right = pose.right();
        double[] up = pose.up();
        double[] toward = pose.towardViewer();
        int n = x.length / 3;
        double[] sx = new double[n];
        double[] sy = new double[n];
        double[] facing = new double[n];
        for (int i = 0; i < n; i++) {
            double depth = pose.distance() - dot(x, i, toward);
            sx[i] = w / 2.0 + focal * dot(x, i, right) / depth;
            sy[i] = h / 2.0 - focal * dot(x, i, up) / depth;
            facing[i] = dot(x, i, toward);
        }
        int r = Math.max(1, (int) Math.round(h / 160.0));
        int counted = 0;
        int same = 0;
        int swapped = 0;
        for (int i = 0; i < n; i++) {
            boolean upper = x[3 * i + 2] > 0;
            if (facing[i] < 0.2 || Math.abs(sx[i] - w / 2.0) < 0.04 * w || crowded(i, sx, sy, x, 4 * r)) {
                continue;
            }
            counted++;
            Color mine = LIGHT[upper ? TokenColoring.POLE_PLUS : TokenColoring.POLE_MINUS];
            Color other = LIGHT[upper ? TokenColoring.POLE_MINUS : TokenColoring.POLE_PLUS];
            same += TokenPixels.near(img, sx[i], sy[i], r, mine, HUE) ? 1 : 0;
            swapped += TokenPixels.near(img, sx[i], sy[i], r, other, HUE) ? 1 : 0;
        }
        return new double[] {counted == 0 ? 0 : Math.max(same, swapped) / (double) counted, counted};
    }

    /** Most tokens of {@code x} are shown in their pole colour where the camera puts them. */
    static void assertShown(BufferedImage img, double[] x, CameraPose pose, String where) {
        double[] m = match(img, x, pose);
        String seen = String.format(Locale.ROOT, "%.0f %% of %.0f near-side tokens found in their colour at their "
                + "place (%s)", 100 * m[0], m[1], where);
        assertTrue(m[1] >= 30, "enough tokens to look at: " + seen);
        assertTrue(m[0] >= SHOWN, seen);
    }

    /** The frame does not show the tokens at positions {@code x} (another time of the run). */
    static void assertNotShown(BufferedImage img, double[] x, CameraPose pose, String what) {
        double[] m = match(img, x, pose);
        assertTrue(m[0] <= NOT_SHOWN, String.format(Locale.ROOT, "%s: %.0f %% of %.0f tokens found at the "
                + "other positions", what, 100 * m[0], m[1]));
    }

    /** True when a token of the other hemisphere is drawn within {@code px} pixels of token {@code i}. */
    private static boolean crowded(int i, double[] sx, double[] sy, double[] x, double px) {
        for (int j = 0; j < sx.length; j++) {
            if ((x[3 * j + 2] > 0) != (x[3 * i + 2] > 0) && Math.hypot(sx[j] - sx[i], sy[j] - sy[i]) < px) {
                return true;
            }
        }
        return false;
    }

    private static double dot(double[] x, int i, double[] v) {
        return x[3 * i] * v[0] + x[3 * i + 1] * v[1] + x[3 * i + 2] * v[2];
    }
}
