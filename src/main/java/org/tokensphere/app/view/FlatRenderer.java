package org.tokensphere.app.view;

import org.tokensphere.app.render.SphereProjection;
import org.tokensphere.app.view3d.AxisKind;
import javafx.scene.paint.Color;
import org.tokensphere.app.viewmodel.CameraPose;

import java.util.Map;

/**
 * Draws the orthographic sphere picture of {@link FlatSphereView} into an ARGB int array: no scene graph, one
 * pass per layer — the kept {@link FlatBackdrop}, the {@link FlatTrails}, the {@link FlatArrows}, the tokens behind
 * the sphere, the grid in front of it, the tokens in front. Camera: a rotation (orbit), a zoom, and the view
 * direction along +z towards the viewer. Remembers the tokens' screen positions for picking.
 */
final class FlatRenderer {
    private final FlatCamera camera = new FlatCamera();
    /** The camera's rotation, rows: screen right, screen up, towards the viewer (the camera's own array). */
    private final double[] rot = camera.rot;
    private double tokenSize = 1;
    private boolean dark;
    private boolean circle;
    private boolean trails;
    private int trailFrames = 60;
    private int[] palette = new int[0];
    private final FlatBackdrop backdrop = new FlatBackdrop(rot);
    private final FlatTrails trailLayer = new FlatTrails();
    private float[] sx = new float[0];
    private float[] sy = new float[0];
    private float[] depth = new float[0];
    private int shown;
    /** Bumped by every change of theme or circle mode (the camera has its own): the backdrop is redrawn. */
    private long version;

    FlatRenderer() {
        resetCamera();
    }

    void resetCamera() {
        camera.reset(circle);
    }

    /** The presets' camera ({@link CameraPose}); see {@link FlatCamera#setPose}. */
    void setPose(CameraPose pose) {
        camera.setPose(pose);
    }

    /** The camera now, in the presets' convention. */
    CameraPose pose() {
        return camera.pose();
    }

    void orbit(double dxPixels, double dyPixels) {
        if (!circle) {
            camera.orbit(dxPixels * 0.01, dyPixels * 0.01);
        }
    }

    void spin(double radians) {
        if (!circle) {
            camera.orbit(radians, 0);
        }
    }

    void zoom(double factor) {
        camera.zoomBy(factor);
    }

    void setTokenSize(double s) {
        tokenSize = Math.max(0.2, s);
    }

    void setDark(boolean d) {
        version++;
        dark = d;
    }

    void setCircleMode(boolean on) {
        if (on != circle) {
            circle = on;
            version++;
            resetCamera();
        }
    }

    void setTrails(boolean on, int frames) {
        trails = on;
        trailFrames = Math.max(2, frames);
    }

    void setPalette(Color[] colours) {
        palette = new int[colours.length];
        for (int k = 0; k < colours.length; k++) {
            Color c = colours[k];
            palette[k] = 0xFF000000 | (int) Math.round(c.getRed() * 255) << 16
                    | (int) Math.round(c.getGreen() * 255) << 8 | (int) Math.round(c.getBlue() * 255);
        }
    }

    /** Screen position {x, y, depth} of token {@code i} in the last on-screen picture, or null. */
    float[] screenPosition(int i) {
        return i >= 0 && i < shown ? new float[] {sx[i], sy[i], depth[i]} : null;
    }

    /** The token nearest to screen point (x, y) within {@code radius} pixels, front first, or −1. */
    int pick(double x, double y, double radius) {
        int best = -1;
        double bestScore = Double.MAX_VALUE;
        for (int i = 0; i < shown; i++) {
            double dist = Math.hypot(sx[i] - x, sy[i] - y);
            if (dist <= radius) {
                double score = dist - 1000 * depth[i];
                if (score < bestScore) {
                    bestScore = score;
                    best = i;
                }
            }
        }
        return best;
    }

    /** Renders a {@code w × h} picture; {@code remember} keeps screen positions for picking and the trails. */
    void render(int[] px, int w, int h, double scale, float[] xyz, int[] colours, int n, Map<AxisKind, double[]> axes,
                boolean remember) {
        double cx = w / 2.0;
        double cy = h / 2.0;
        double radius = SphereProjection.radius(w, h, camera.zoom());
        int disc = FlatBackdrop.discColour(dark);
        backdrop.copyInto(px, w, h, cx, cy, radius, dark, circle, version + camera.version(), remember);
        if (remember && sx.length < n) {
            sx = new float[n];
            sy = new float[n];
            depth = new float[n];
        }
        if (trails && remember) {
            trailLayer.drawInto(px, w, h);
        }
        FlatArrows.draw(px, w, h, cx, cy, radius, axes, scale, rot, dark);
        double base = n <= 2_000 ? 5.5 : n <= 20_000 ? 4 : 3;
        int diameter = Math.max(1, (int) Math.round(base * tokenSize * scale * Math.sqrt(camera.zoom())));
        Pixels.Stamp stamp = Pixels.Stamp.of(diameter);
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < n; i++) {
                double x = xyz[3 * i];
                double y = xyz[3 * i + 1];
                double z = xyz[3 * i + 2];
                double vz = SphereProjection.depth(rot, x, y, z);
                boolean front = vz >= 0 || circle;
                if (front != (pass == 1)) {
                    continue;
                }
                float px0 = (float) SphereProjection.screenX(rot, cx, radius, x, y, z);
                float py0 = (float) SphereProjection.screenY(rot, cy, radius, x, y, z);
                if (remember) {
                    sx[i] = px0;
                    sy[i] = py0;
                    depth[i] = (float) vz;
                }
                int slot = colours[i];
                int c = slot >= 0 && slot < palette.length ? palette[slot] : 0xFF888888;
                int fill = front ? c : Pixels.blend(c, disc, 0.5);
                stamp.draw(px, w, h, Math.round(px0), Math.round(py0), fill, Pixels.blend(fill, 0xFF000000, 0.72));
            }
            if (pass == 0) {
                backdrop.drawFrontGrid(px);
            }
        }
        if (remember) {
            shown = n;
            if (trails) {
                trailLayer.keep(px, w, h, sx, sy, depth, shown, trailFrames);
            }
        }
    }
}
