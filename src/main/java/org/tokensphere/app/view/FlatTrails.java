package org.tokensphere.app.view;

/**
 * Trails of the software-drawn view: the previous frames' front tokens, fading, kept as their own layer (alpha
 * is the age) and drawn under the current tokens.
 */
final class FlatTrails {
    private int[] buffer = new int[0];

    /** Blends the trails into {@code px}; a new size starts with no trails. */
    void drawInto(int[] px, int w, int h) {
        if (buffer.length != w * h) {
            buffer = new int[w * h];
            return;
        }
        for (int k = 0; k < w * h; k++) {
            int t = buffer[k];
            int alpha = t >>> 24;
            if (alpha > 0) {
                px[k] = Pixels.blend(t | 0xFF000000, px[k], alpha / 255.0 * 0.7);
            }
        }
    }

    /**
     * Ages the trails by one frame of {@code frames} and adds the centres of the {@code n} tokens at screen
     * positions {@code (sx, sy)} in front of the sphere ({@code depth ≥ 0}), in their colour in {@code px}.
     */
    void keep(int[] px, int w, int h, float[] sx, float[] sy, float[] depth, int n, int frames) {
        if (buffer.length != w * h) {
            return;
        }
        int fade = Math.max(1, 255 / frames);
        for (int k = 0; k < w * h; k++) {
            int a = (buffer[k] >>> 24) - fade;
            buffer[k] = a > 0 ? (a << 24) | (buffer[k] & 0xFFFFFF) : 0;
        }
        for (int i = 0; i < n; i++) {
            int ix = Math.round(sx[i]);
            int iy = Math.round(sy[i]);
            if (ix >= 0 && iy >= 0 && ix < w && iy < h && depth[i] >= 0) {
                buffer[iy * w + ix] = 0xFF000000 | (px[iy * w + ix] & 0xFFFFFF);
            }
        }
    }
}
