package org.tokensphere.app.view;

import org.tokensphere.app.view3d.AxisKind;

import java.util.Map;

/**
 * The arrows of the software-drawn view: ±a through the centre for each axis shown, with heads, in the 3D view's
 * colours.
 */
final class FlatArrows {
    /** Arrow colours by {@link AxisKind} (the 3D view's): pole axis (light, dark theme), attractor, bias. */
    private static final int[] COLOURS = {0xFFE08A00, 0xFFFF9F1C, 0xFFD94BD9, 0xFF2FB85E};

    private FlatArrows() {
    }

    /** Draws the arrows of {@code axes}, seen through rotation {@code rot}, around a sphere of {@code radius}. */
    static void draw(int[] px, int w, int h, double cx, double cy, double radius, Map<AxisKind, double[]> axes,
                     double scale, double[] rot, boolean dark) {
        for (AxisKind kind : AxisKind.values()) {
            double[] a = axes.get(kind);
            if (a != null) {
                int colour = switch (kind) {
                    case POLE_AXIS -> dark ? COLOURS[1] : COLOURS[0];
                    case ATTRACTOR -> COLOURS[2];
                    case BIAS -> COLOURS[3];
                };
                arrow(px, w, h, cx, cy, radius * 1.22, a, colour, scale, rot);
            }
        }
    }

    private static void arrow(int[] px, int w, int h, double cx, double cy, double len, double[] a, int c,
                              double scale, double[] rot) {
        double norm = Math.sqrt(a[0] * a[0] + a[1] * a[1] + a[2] * a[2]);
        if (!(norm > 1e-9)) {
            return;
        }
        double vx = (rot[0] * a[0] + rot[1] * a[1] + rot[2] * a[2]) / norm;
        double vy = (rot[3] * a[0] + rot[4] * a[1] + rot[5] * a[2]) / norm;
        int thick = Math.max(2, (int) Math.round(2 * scale));
        for (int sign = -1; sign <= 1; sign += 2) {
            double ex = cx + sign * len * vx;
            double ey = cy - sign * len * vy;
            Pixels.line(px, w, h, cx, cy, ex, ey, thick, c);
            double dx = ex - cx;
            double dy = ey - cy;
            double l = Math.hypot(dx, dy);
            if (l > 1) {
                double ux = dx / l;
                double uy = dy / l;
                double head = 12 * scale;
                Pixels.line(px, w, h, ex, ey, ex - head * (ux + 0.5 * uy), ey - head * (uy - 0.5 * ux), thick, c);
                Pixels.line(px, w, h, ex, ey, ex - head * (ux - 0.5 * uy), ey - head * (uy + 0.5 * ux), thick, c);
            }
        }
    }
}
