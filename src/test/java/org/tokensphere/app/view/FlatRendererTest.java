package org.tokensphere.app.view;

import org.tokensphere.app.render.TokenPalette;
import org.tokensphere.app.view3d.AxisKind;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The software-drawn view puts tokens and arrows where the camera says (pure pixel arithmetic, no toolkit). */
class FlatRendererTest {
    @Test
    void arrowTipsLieOnTheLineThroughTokensAtThePoles() {
        FlatRenderer r = new FlatRenderer();
        Color[] palette = TokenPalette.colours(false);
        r.setPalette(palette);
        double[] u = {0.3, -0.5, 0.81};
        double norm = Math.sqrt(0.09 + 0.25 + 0.81 * 0.81);
        float[] xyz = {(float) (u[0] / norm), (float) (u[1] / norm), (float) (u[2] / norm),
            (float) (-u[0] / norm), (float) (-u[1] / norm), (float) (-u[2] / norm)};
        int w = 400;
        int h = 400;
        int[] px = new int[w * h];
        Map<AxisKind, double[]> axes = new EnumMap<>(AxisKind.class);
        axes.put(AxisKind.POLE_AXIS, u);
        r.render(px, w, h, 1, xyz, new int[] {0, 1}, 2, axes, true);
        float[] a = r.screenPosition(0);
        float[] b = r.screenPosition(1);
        assertEquals(w / 2.0, (a[0] + b[0]) / 2, 0.01, "antipodal tokens are symmetric about the centre");
        // Every arrow pixel lies on the line through both tokens.
        double dx = a[0] - b[0];
        double dy = a[1] - b[1];
        double len = Math.hypot(dx, dy);
        int arrow = 0xFFE08A00;
        int count = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (px[y * w + x] == arrow) {
                    double dist = Math.abs((x - w / 2.0) * dy - (y - h / 2.0) * dx) / len;
                    double along = Math.hypot(x - w / 2.0, y - h / 2.0);
                    if (along < 0.7 * len / 2) {
                        assertTrue(dist < 3, "arrow pixel (" + x + ", " + y + ") is " + dist + " px off the line");
                        count++;
                    }
                }
            }
        }
        assertTrue(count > 10, "the arrow is drawn");
    }

    /** A snapshot at twice the size in between leaves the next on-screen picture as it was. */
    @Test
    void aLargerSnapshotInBetweenChangesNothingOnScreen() {
        FlatRenderer r = new FlatRenderer();
        r.setPalette(TokenPalette.colours(false));
        float[] xyz = {0.6f, 0.8f, 0, 0, 0.6f, -0.8f, 0, 0, 1};
        Map<AxisKind, double[]> axes = new EnumMap<>(AxisKind.class);
        axes.put(AxisKind.POLE_AXIS, new double[] {0, 0, 1});
        int[] before = new int[200 * 150];
        r.render(before, 200, 150, 1, xyz, new int[] {0, 1, 0}, 3, axes, true);
        int[] snapshot = new int[400 * 300];
        r.render(snapshot, 400, 300, 2, xyz, new int[] {0, 1, 0}, 3, axes, false);
        int[] after = new int[200 * 150];
        r.render(after, 200, 150, 1, xyz, new int[] {0, 1, 0}, 3, axes, true);
        assertArrayEquals(before, after);
    }
}
