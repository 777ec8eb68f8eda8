package org.tokensphere.app;

import javafx.scene.paint.Color;

import java.awt.image.BufferedImage;

/**
 * The pixels of one token colour in a rendered picture, found by hue: lighting, the translucent sphere in front of
 * far-side tokens and video compression change a token's brightness and saturation, hardly its hue; the
 * background, the sphere and its grid are nearly grey, and the arrows have hues of their own.
 */
public final class TokenPixels {
    /** Least saturation of a token pixel (the sphere and the grid stay below 0.2). */
    private static final double MIN_SATURATION = 0.35;
    /** Least brightness of a token pixel. */
    private static final double MIN_BRIGHTNESS = 0.25;

    private TokenPixels() {
    }

    /**
     * Where the pixels of {@code colour}'s hue (within {@code hueTolerance} degrees) are.
     *
     * @param count   how many there are
     * @param x       their mean column
     * @param y       their mean row
     * @param spreadX standard deviation of their columns
     * @param spreadY standard deviation of their rows
     */
    public record Blob(int count, double x, double y, double spreadX, double spreadY) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%d pixels around (%.1f, %.1f), spread (%.1f, %.1f)", count,
                    x, y, spreadX, spreadY);
        }
    }

    /** The pixels of {@code colour}'s hue in the rectangle {@code [x0, x1) × [y0, y1)} of {@code img}. */
    public static Blob find(BufferedImage img, Color colour, double hueTolerance, int x0, int y0, int x1, int y1) {
        double hue = colour.getHue();
        int count = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double syy = 0;
        for (int y = Math.max(0, y0); y < Math.min(img.getHeight(), y1); y++) {
            for (int x = Math.max(0, x0); x < Math.min(img.getWidth(), x1); x++) {
                int rgb = img.getRGB(x, y);
                Color c = Color.rgb((rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255);
                double dh = Math.abs(c.getHue() - hue);
                if (c.getSaturation() >= MIN_SATURATION && c.getBrightness() >= MIN_BRIGHTNESS
                        && Math.min(dh, 360 - dh) <= hueTolerance) {
                    count++;
                    sx += x;
                    sy += y;
                    sxx += (double) x * x;
                    syy += (double) y * y;
                }
            }
        }
        if (count == 0) {
            return new Blob(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double mx = sx / count;
        double my = sy / count;
        return new Blob(count, mx, my, Math.sqrt(Math.max(0, sxx / count - mx * mx)),
                Math.sqrt(Math.max(0, syy / count - my * my)));
    }

    /** True when a pixel of {@code colour}'s hue lies within {@code r} pixels (a square) of {@code (x, y)}. */
    public static boolean near(BufferedImage img, double x, double y, int r, Color colour, double hueTolerance) {
        int cx = (int) Math.round(x);
        int cy = (int) Math.round(y);
        return find(img, colour, hueTolerance, cx - r, cy - r, cx + r + 1, cy + r + 1).count() > 0;
    }

    /** The pixels of {@code colour}'s hue anywhere in {@code img}. */
    public static Blob find(BufferedImage img, Color colour, double hueTolerance) {
        return find(img, colour, hueTolerance, 0, 0, img.getWidth(), img.getHeight());
    }
}
