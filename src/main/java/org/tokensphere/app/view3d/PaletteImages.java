package org.tokensphere.app.view3d;

import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * Texture images indexed by the builders' texture coordinates: token sprites laid out by a
 * {@link SpriteAtlas}, and the trails' fading grids (one column per colour, one row per age,
 * each cell {@value #CELL} texels square so that linear filtering at a cell centre returns
 * exactly the cell's colour).
 */
final class PaletteImages {

    static final int CELL = 4;

    private PaletteImages() {
    }

    /** Texels per sprite cell side; the disc radius is a quarter of it. */
    static final int SPRITE_CELL = 48;
    /** Direction towards the light in a sprite's frame (x right, y up, z towards the viewer). */
    private static final double[] LIGHT = normalise(-0.45, 0.55, 0.70);

    /**
     * Diffuse map of the token sprites: black, opaque inside each cell's disc, transparent
     * outside (Prism discards fragments with diffuse alpha 0), one soft texel at the rim.
     */
    static WritableImage spriteAlpha(SpriteAtlas atlas) {
        return sprites(null, atlas);
    }

    /**
     * Self-illumination map of the token sprites: each disc shaded like a small lit ball of
     * its palette colour, premultiplied by the disc's alpha.
     */
    static WritableImage spriteColour(Color[] palette, SpriteAtlas atlas) {
        return sprites(palette, atlas);
    }

    private static WritableImage sprites(Color[] palette, SpriteAtlas atlas) {
        int size = SPRITE_CELL;
        double radius = size / 4.0;
        WritableImage image = new WritableImage(size * atlas.cols(), size * atlas.rows());
        PixelWriter writer = image.getPixelWriter();
        for (int c = 0; c < atlas.colours(); c++) {
            int x0 = size * (c % atlas.cols());
            int y0 = size * (c / atlas.cols());
            Color base = palette == null ? Color.BLACK : opaque(palette[c]);
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    double dx = (x + 0.5 - size / 2.0) / radius;
                    double dy = (size / 2.0 - (y + 0.5)) / radius;
                    double rho = Math.sqrt(dx * dx + dy * dy);
                    double alpha = Math.max(0, Math.min(1, (1 - rho) * radius + 0.5));
                    if (alpha == 0) {
                        writer.setColor(x0 + x, y0 + y, Color.TRANSPARENT);
                        continue;
                    }
                    if (palette == null) {
                        writer.setColor(x0 + x, y0 + y, Color.color(0, 0, 0, alpha));
                        continue;
                    }
                    double rr = Math.min(1, rho);
                    double nz = Math.sqrt(1 - rr * rr);
                    double lambert = Math.max(0, dx * LIGHT[0] + dy * LIGHT[1] + nz * LIGHT[2]);
                    double shade = 0.45 + 0.6 * lambert;
                    // highlight: normal close to the half-way vector between light and viewer
                    double hx = LIGHT[0];
                    double hy = LIGHT[1];
                    double hz = LIGHT[2] + 1;
                    double h = Math.sqrt(hx * hx + hy * hy + hz * hz);
                    double spec = 0.35 * Math.pow(Math.max(0, (dx * hx + dy * hy + nz * hz) / h), 24);
                    writer.setColor(x0 + x, y0 + y, Color.color(
                            alpha * Math.min(1, base.getRed() * shade + spec),
                            alpha * Math.min(1, base.getGreen() * shade + spec),
                            alpha * Math.min(1, base.getBlue() * shade + spec)));
                }
            }
        }
        return image;
    }

    private static double[] normalise(double x, double y, double z) {
        double len = Math.sqrt(x * x + y * y + z * z);
        return new double[] {x / len, y / len, z / len};
    }

    /**
     * K×F cells for a trail's self-illumination map: cell (c, age) is {@code palette[c]}
     * premultiplied by {@link TrailMeshBuilder#fadeAlpha}(age, F).
     */
    static WritableImage fadingColour(Color[] palette, int frames) {
        return grid(palette, frames, false);
    }

    /**
     * K×F cells for a trail's diffuse map: black with alpha {@link TrailMeshBuilder#fadeAlpha},
     * so that the dab's opacity fades with age while its colour comes from the
     * self-illumination map (Prism blends premultiplied: src + (1 − α)·dst).
     */
    static WritableImage fadingAlpha(int colours, int frames) {
        Color[] black = new Color[colours];
        java.util.Arrays.fill(black, Color.BLACK);
        return grid(black, frames, true);
    }

    /** One cell per colour and row; rows > 1 fade with age (row) as described above. */
    private static WritableImage grid(Color[] palette, int rows, boolean alphaOnly) {
        WritableImage image = new WritableImage(CELL * palette.length, CELL * rows);
        PixelWriter writer = image.getPixelWriter();
        for (int row = 0; row < rows; row++) {
            double alpha = rows == 1 ? 1.0 : TrailMeshBuilder.fadeAlpha(row, rows);
            for (int c = 0; c < palette.length; c++) {
                Color p = opaque(palette[c]);
                Color colour = alphaOnly
                        ? Color.color(0, 0, 0, alpha)
                        : Color.color(p.getRed() * alpha, p.getGreen() * alpha, p.getBlue() * alpha);
                for (int y = 0; y < CELL; y++) {
                    for (int x = 0; x < CELL; x++) {
                        writer.setColor(CELL * c + x, CELL * row + y, colour);
                    }
                }
            }
        }
        return image;
    }

    private static Color opaque(Color c) {
        return c.getOpacity() == 1.0 ? c : Color.color(c.getRed(), c.getGreen(), c.getBlue());
    }
}
