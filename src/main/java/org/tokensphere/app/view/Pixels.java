package org.tokensphere.app.view;

/** Pixel primitives of the software-drawn view: ARGB ints in a row-major buffer, clipped to its size. */
final class Pixels {
    private Pixels() {
    }

    static void line(int[] px, int w, int h, double x0, double y0, double x1, double y1, int thick, int c) {
        int steps = (int) Math.ceil(Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0))) + 1;
        for (int s = 0; s <= steps; s++) {
            double t = (double) s / steps;
            square(px, w, h, (float) (x0 + t * (x1 - x0)), (float) (y0 + t * (y1 - y0)), thick, c);
        }
    }

    static void square(int[] px, int w, int h, float x, float y, int size, int c) {
        int x0 = Math.round(x - size / 2f);
        int y0 = Math.round(y - size / 2f);
        for (int yy = Math.max(0, y0); yy < Math.min(h, y0 + size); yy++) {
            int row = yy * w;
            for (int xx = Math.max(0, x0); xx < Math.min(w, x0 + size); xx++) {
                px[row + xx] = c;
            }
        }
    }

    /** {@code a·t + b·(1−t)}, channel by channel, opaque. */
    static int blend(int a, int b, double t) {
        int r = (int) (((a >> 16) & 255) * t + ((b >> 16) & 255) * (1 - t));
        int g = (int) (((a >> 8) & 255) * t + ((b >> 8) & 255) * (1 - t));
        int bl = (int) ((a & 255) * t + (b & 255) * (1 - t));
        return 0xFF000000 | r << 16 | g << 8 | bl;
    }

    /** A round marker of a given diameter: offsets of its inside and of its rim. */
    record Stamp(int[] dx, int[] dy, boolean[] rim) {
        private static final Stamp[] CACHE = new Stamp[40];

        static Stamp of(int diameter) {
            int dia = Math.min(diameter, CACHE.length - 1);
            if (CACHE[dia] == null) {
                java.util.List<int[]> pts = new java.util.ArrayList<>();
                double c = (dia - 1) / 2.0;
                double r = dia / 2.0;
                for (int y = 0; y < dia; y++) {
                    for (int x = 0; x < dia; x++) {
                        double d2 = (x - c) * (x - c) + (y - c) * (y - c);
                        if (d2 <= r * r + 0.1) {
                            boolean edge = dia >= 4 && d2 > (r - 1.2) * (r - 1.2);
                            pts.add(new int[] {x - dia / 2, y - dia / 2, edge ? 1 : 0});
                        }
                    }
                }
                int[] dx = new int[pts.size()];
                int[] dy = new int[pts.size()];
                boolean[] rim = new boolean[pts.size()];
                for (int k = 0; k < dx.length; k++) {
                    dx[k] = pts.get(k)[0];
                    dy[k] = pts.get(k)[1];
                    rim[k] = pts.get(k)[2] == 1;
                }
                CACHE[dia] = new Stamp(dx, dy, rim);
            }
            return CACHE[dia];
        }

        void draw(int[] px, int w, int h, int x, int y, int fill, int edge) {
            for (int k = 0; k < dx.length; k++) {
                int xx = x + dx[k];
                int yy = y + dy[k];
                if (xx >= 0 && yy >= 0 && xx < w && yy < h) {
                    px[yy * w + xx] = rim[k] ? edge : fill;
                }
            }
        }
    }
}
