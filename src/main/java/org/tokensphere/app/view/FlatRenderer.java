package org.tokensphere.app.view;

import org.tokensphere.app.view3d.AxisKind;
import javafx.scene.paint.Color;
import org.tokensphere.app.viewmodel.CameraPose;

import java.util.Arrays;
import java.util.Map;

/**
 * Draws the orthographic sphere picture of {@link FlatSphereView} into an ARGB int array: no scene graph, one
 * pass per layer. Camera: a rotation (orbit), a zoom, and the view direction along +z towards the viewer.
 */
final class FlatRenderer {
    /** Arrow colours by {@link AxisKind} (the 3D view's): pole axis (light, dark theme), attractor, bias. */
    private static final int[] AXIS_COLOURS = {0xFFE08A00, 0xFFFF9F1C, 0xFFD94BD9, 0xFF2FB85E};

    private final FlatCamera camera = new FlatCamera();
    /** The camera's rotation, rows: screen right, screen up, towards the viewer (the camera's own array). */
    private final double[] rot = camera.rot;
    private double tokenSize = 1;
    private boolean dark;
    private boolean circle;
    private boolean trails;
    private int trailFrames = 60;
    private int[] palette = new int[0];
    private int[] trailBuffer = new int[0];
    private float[] sx = new float[0];
    private float[] sy = new float[0];
    private float[] depth = new float[0];
    private int shown;
    /** Bumped by every change of size or theme (the camera has its own): the cached background is redrawn. */
    private long version;
    private long cachedVersion = -1;
    private int cachedW;
    private int cachedH;
    private int[] background = new int[0];
    private int[] frontGrid = new int[0];
    private int frontGridCount;
    private int frontGridColour;

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
        double radius = 0.40 * Math.min(w, h) * camera.zoom();
        int disc = dark ? 0xFF222833 : 0xFFE9EDF3;
        long now = version + camera.version();
        if (!remember || cachedVersion != now || cachedW != w || cachedH != h) {
            drawStatic(w, h, cx, cy, radius);
            if (remember) {
                cachedVersion = now;
                cachedW = w;
                cachedH = h;
            }
        }
        System.arraycopy(background, 0, px, 0, w * h);
        if (remember && sx.length < n) {
            sx = new float[n];
            sy = new float[n];
            depth = new float[n];
        }
        if (trails && remember) {
            drawTrails(px, w, h);
        }
        drawAxes(px, w, h, cx, cy, radius, axes, scale);
        double base = n <= 2_000 ? 5.5 : n <= 20_000 ? 4 : 3;
        int diameter = Math.max(1, (int) Math.round(base * tokenSize * scale * Math.sqrt(camera.zoom())));
        Pixels.Stamp stamp = Pixels.Stamp.of(diameter);
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < n; i++) {
                double x = xyz[3 * i];
                double y = xyz[3 * i + 1];
                double z = xyz[3 * i + 2];
                double vx = rot[0] * x + rot[1] * y + rot[2] * z;
                double vy = rot[3] * x + rot[4] * y + rot[5] * z;
                double vz = rot[6] * x + rot[7] * y + rot[8] * z;
                boolean front = vz >= 0 || circle;
                if (front != (pass == 1)) {
                    continue;
                }
                float px0 = (float) (cx + radius * vx);
                float py0 = (float) (cy - radius * vy);
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
                for (int k = 0; k < frontGridCount; k++) {
                    px[frontGrid[k]] = frontGridColour;
                }
            }
        }
        if (remember) {
            shown = n;
            if (trails) {
                keepTrails(px, w, h);
            }
        }
    }

    /** Background, disc and the grid behind the sphere into {@link #background}; the front grid's pixels listed. */
    private void drawStatic(int w, int h, double cx, double cy, double radius) {
        int bg = dark ? 0xFF15181E : 0xFFF7F8FA;
        int disc = dark ? 0xFF222833 : 0xFFE9EDF3;
        int grid = dark ? 0xFF3A4456 : 0xFFC3CCD8;
        if (background.length != w * h) {
            background = new int[w * h];
        }
        Arrays.fill(background, bg);
        fillDisc(background, w, h, cx, cy, radius, disc, bg);
        drawGrid(background, w, h, cx, cy, radius, grid, bg, false);
        frontGridCount = 0;
        frontGridColour = grid;
        drawGrid(null, w, h, cx, cy, radius, grid, bg, true);
    }

    private void fillDisc(int[] px, int w, int h, double cx, double cy, double r, int disc, int bg) {
        int y0 = Math.max(0, (int) (cy - r));
        int y1 = Math.min(h - 1, (int) (cy + r));
        for (int y = y0; y <= y1; y++) {
            double dy = y - cy;
            double half = Math.sqrt(Math.max(0, r * r - dy * dy));
            int x0 = Math.max(0, (int) (cx - half));
            int x1 = Math.min(w - 1, (int) (cx + half));
            for (int x = x0; x <= x1; x++) {
                double dx = x - cx;
                double shade = Math.sqrt(Math.max(0, 1 - (dx * dx + dy * dy) / (r * r)));
                px[y * w + x] = Pixels.blend(disc, bg, circle ? 0.35 : 0.45 + 0.55 * shade);
            }
        }
    }

    /** Meridians and parallels (or the circle), the part behind the sphere or the part in front. */
    private void drawGrid(int[] px, int w, int h, double cx, double cy, double r, int grid, int bg, boolean front) {
        if (circle) {
            if (front) {
                ring(px, w, h, cx, cy, r, grid);
            }
            return;
        }
        int steps = 180;
        for (int m = 0; m < 12; m++) {
            double phi = m * Math.PI / 6;
            for (int s = 0; s <= steps; s++) {
                double th = s * Math.PI / steps;
                plot(px, w, h, cx, cy, r, Math.sin(th) * Math.cos(phi), Math.sin(th) * Math.sin(phi), Math.cos(th),
                        grid, bg, front);
            }
        }
        for (int p = 1; p < 6; p++) {
            double th = p * Math.PI / 6;
            for (int s = 0; s < 2 * steps; s++) {
                double phi = s * Math.PI / steps;
                plot(px, w, h, cx, cy, r, Math.sin(th) * Math.cos(phi), Math.sin(th) * Math.sin(phi), Math.cos(th),
                        grid, bg, front);
            }
        }
        if (front) {
            ring(px, w, h, cx, cy, r, grid);
        }
    }

    private void plot(int[] px, int w, int h, double cx, double cy, double r, double x, double y, double z, int c,
                      int bg, boolean front) {
        double vz = rot[6] * x + rot[7] * y + rot[8] * z;
        if ((vz >= 0) != front) {
            return;
        }
        int ix = (int) Math.round(cx + r * (rot[0] * x + rot[1] * y + rot[2] * z));
        int iy = (int) Math.round(cy - r * (rot[3] * x + rot[4] * y + rot[5] * z));
        if (ix >= 0 && iy >= 0 && ix < w && iy < h) {
            if (front) {
                addFront(iy * w + ix);
            } else {
                px[iy * w + ix] = Pixels.blend(c, px[iy * w + ix], 0.45);
            }
        }
    }

    private void ring(int[] px, int w, int h, double cx, double cy, double r, int c) {
        int steps = (int) Math.max(64, 2 * Math.PI * r);
        for (int s = 0; s < steps; s++) {
            double a = 2 * Math.PI * s / steps;
            int ix = (int) Math.round(cx + r * Math.cos(a));
            int iy = (int) Math.round(cy + r * Math.sin(a));
            if (ix >= 0 && iy >= 0 && ix < w && iy < h) {
                if (px == null) {
                    addFront(iy * w + ix);
                } else {
                    px[iy * w + ix] = c;
                }
            }
        }
    }

    private void addFront(int index) {
        if (frontGridCount == frontGrid.length) {
            frontGrid = Arrays.copyOf(frontGrid, Math.max(1024, 2 * frontGrid.length));
        }
        frontGrid[frontGridCount++] = index;
    }


    /** The arrows, under all tokens (a cluster at an arrow's end must stay visible). */
    private void drawAxes(int[] px, int w, int h, double cx, double cy, double radius, Map<AxisKind, double[]> axes,
                          double scale) {
        for (AxisKind kind : AxisKind.values()) {
            double[] a = axes.get(kind);
            if (a != null) {
                int colour = switch (kind) {
                    case POLE_AXIS -> dark ? AXIS_COLOURS[1] : AXIS_COLOURS[0];
                    case ATTRACTOR -> AXIS_COLOURS[2];
                    case BIAS -> AXIS_COLOURS[3];
                };
                drawAxis(px, w, h, cx, cy, radius * 1.22, a, colour, scale);
            }
        }
    }

    private void drawAxis(int[] px, int w, int h, double cx, double cy, double len, double[] a, int c, double scale) {
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



    /** Trails: the previous frames' tokens, fading, kept as their own layer and drawn under the current tokens. */
    private void drawTrails(int[] px, int w, int h) {
        if (trailBuffer.length != w * h) {
            trailBuffer = new int[w * h];
            return;
        }
        for (int k = 0; k < w * h; k++) {
            int t = trailBuffer[k];
            int alpha = t >>> 24;
            if (alpha > 0) {
                px[k] = Pixels.blend(t | 0xFF000000, px[k], alpha / 255.0 * 0.7);
            }
        }
    }

    private void keepTrails(int[] px, int w, int h) {
        if (trailBuffer.length != w * h) {
            return;
        }
        int fade = Math.max(1, 255 / trailFrames);
        for (int k = 0; k < w * h; k++) {
            int a = (trailBuffer[k] >>> 24) - fade;
            trailBuffer[k] = a > 0 ? (a << 24) | (trailBuffer[k] & 0xFFFFFF) : 0;
        }
        for (int i = 0; i < shown; i++) {
            int ix = Math.round(sx[i]);
            int iy = Math.round(sy[i]);
            if (ix >= 0 && iy >= 0 && ix < w && iy < h && depth[i] >= 0) {
                trailBuffer[iy * w + ix] = 0xFF000000 | (px[iy * w + ix] & 0xFFFFFF);
            }
        }
    }

}
