package org.tokensphere.app.view;

import java.util.Arrays;

/**
 * What the software-drawn view draws before the tokens and keeps between frames: the background, the shaded
 * disc of the sphere and the grid behind it in one picture, and the pixels of the grid in front of the sphere in
 * a list (drawn over the far-side tokens, under the near-side ones). Redrawn only when the camera, the size, the
 * theme or circle mode change. Uses the camera's rotation array, which its owner updates in place.
 */
final class FlatBackdrop {
    private final double[] rot;
    private long cachedVersion = -1;
    private int cachedW;
    private int cachedH;
    private int[] background = new int[0];
    private int[] frontGrid = new int[0];
    private int frontGridCount;
    private int frontGridColour;
    private boolean circle;

    /** A backdrop seen through the camera rotation {@code rot} (rows: right, up, towards the viewer). */
    FlatBackdrop(double[] rot) {
        this.rot = rot;
    }

    /** Colour of the sphere's disc. */
    static int discColour(boolean dark) {
        return dark ? 0xFF222833 : 0xFFE9EDF3;
    }

    /**
     * Copies the backdrop of a {@code w × h} picture into {@code px}, first redrawing it unless the one kept was
     * drawn at the same {@code version} and size; {@code keep} keeps this one for the next frame.
     */
    void copyInto(int[] px, int w, int h, double cx, double cy, double radius, boolean dark, boolean circleMode,
                  long version, boolean keep) {
        if (!keep || cachedVersion != version || cachedW != w || cachedH != h) {
            draw(w, h, cx, cy, radius, dark, circleMode);
            // A picture not kept (a snapshot, maybe larger) replaced the kept one: the next kept frame redraws.
            cachedVersion = keep ? version : -1;
            cachedW = w;
            cachedH = h;
        }
        System.arraycopy(background, 0, px, 0, w * h);
    }

    /** Draws the grid in front of the sphere into {@code px}. */
    void drawFrontGrid(int[] px) {
        for (int k = 0; k < frontGridCount; k++) {
            px[frontGrid[k]] = frontGridColour;
        }
    }

    /** Background, disc and the grid behind the sphere into {@link #background}; the front grid's pixels listed. */
    private void draw(int w, int h, double cx, double cy, double radius, boolean dark, boolean circleMode) {
        circle = circleMode;
        int bg = dark ? 0xFF15181E : 0xFFF7F8FA;
        int disc = discColour(dark);
        int grid = dark ? 0xFF3A4456 : 0xFFC3CCD8;
        if (background.length != w * h) {
            background = new int[w * h];
        }
        Arrays.fill(background, bg);
        fillDisc(background, w, h, cx, cy, radius, disc, bg);
        drawGrid(background, w, h, cx, cy, radius, grid, false);
        frontGridCount = 0;
        frontGridColour = grid;
        drawGrid(null, w, h, cx, cy, radius, grid, true);
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
    private void drawGrid(int[] px, int w, int h, double cx, double cy, double r, int grid, boolean front) {
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
                        grid, front);
            }
        }
        for (int p = 1; p < 6; p++) {
            double th = p * Math.PI / 6;
            for (int s = 0; s < 2 * steps; s++) {
                double phi = s * Math.PI / steps;
                plot(px, w, h, cx, cy, r, Math.sin(th) * Math.cos(phi), Math.sin(th) * Math.sin(phi), Math.cos(th),
                        grid, front);
            }
        }
        if (front) {
            ring(px, w, h, cx, cy, r, grid);
        }
    }

    private void plot(int[] px, int w, int h, double cx, double cy, double r, double x, double y, double z, int c,
                      boolean front) {
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
}
