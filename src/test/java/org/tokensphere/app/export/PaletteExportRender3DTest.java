package org.tokensphere.app.export;

import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.tokensphere.app.render.TokenPalette;
import org.tokensphere.app.viewmodel.DisplaySettings.Theme;
import org.tokensphere.app.viewmodel.TokenColoring;
import org.tokensphere.preset.DisplayOptions;
import org.tokensphere.preset.DisplayOptions.Palette;
import org.tokensphere.preset.Preset;
import org.tokensphere.preset.PresetLibrary;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An export is drawn in the palette it is given: the deterministic preset's end state (every token on ±e_min),
 * coloured by pole, rendered once per palette. The tokens' pixels carry the hue of that palette's pole colours
 * (shading and highlights scale or whiten a colour, keeping its hue), and hardly any carry the other palette's.
 * Both images are saved under {@code target/}. Fails (does not skip) when 3D is unavailable.
 */
@DisabledIfSystemProperty(named = "glass.platform", matches = "Monocle")
class PaletteExportRender3DTest {
    @BeforeAll
    static void startToolkit() throws InterruptedException {
        org.tokensphere.app.FxTestSupport.startToolkit();
    }

    private static BufferedImage render(Palette palette, Path out) throws Exception {
        Preset p = PresetLibrary.shipped("deterministic");
        DisplayOptions d = p.display();
        DisplayOptions byPole = new DisplayOptions(d.camera(), DisplayOptions.Colouring.POLE, palette,
                DisplayOptions.Trails.OFF, d.projection(), false, List.of(), d.speed());
        assertTrue(AnimationExporter.render(new AnimationExporter.Job(p.toParams(), byPole, 2, 10, 400, 400, 1,
                false, out), (k, n) -> { }));
        return ImageIO.read(out.toFile());
    }

    /** Pixels within 2.5° of {@code colour}'s hue, saturated (> 0.5) and not dark (> 0.3). */
    private static int pixelsOfHue(BufferedImage img, Color colour) {
        int count = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                Color c = Color.rgb((rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255);
                double dh = Math.abs(c.getHue() - colour.getHue());
                if (Math.min(dh, 360 - dh) < 2.5 && c.getSaturation() > 0.5 && c.getBrightness() > 0.3) {
                    count++;
                }
            }
        }
        return count;
    }

    @Test
    void eachPaletteDrawsThePolesInItsOwnColours(@TempDir Path dir) throws Exception {
        assertTrue(Platform.isSupported(ConditionalFeature.SCENE3D), "SCENE3D must be supported (-Dprism.forceGPU)");
        Color[] safe = TokenPalette.colours(Theme.LIGHT, Palette.COLOURBLIND);
        Color[] red = TokenPalette.colours(Theme.LIGHT, Palette.REDBLUE);
        BufferedImage safeImage = render(Palette.COLOURBLIND, dir.resolve("safe.png"));
        BufferedImage redImage = render(Palette.REDBLUE, dir.resolve("red.png"));
        ImageIO.write(safeImage, "png", new java.io.File("target/palette-colourblind.png"));
        ImageIO.write(redImage, "png", new java.io.File("target/palette-redblue.png"));
        for (int pole : new int[] {TokenColoring.POLE_PLUS, TokenColoring.POLE_MINUS}) {
            int own = pixelsOfHue(safeImage, safe[pole]);
            int others = pixelsOfHue(safeImage, red[pole]);
            assertTrue(own > 30 && own > 4 * others, "colour-blind-safe export, pole " + pole + ": " + own + " vs "
                    + others);
            own = pixelsOfHue(redImage, red[pole]);
            others = pixelsOfHue(redImage, safe[pole]);
            assertTrue(own > 30 && own > 4 * others, "red/blue export, pole " + pole + ": " + own + " vs " + others);
        }
    }
}
