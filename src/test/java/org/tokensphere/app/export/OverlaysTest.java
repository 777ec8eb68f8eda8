package org.tokensphere.app.export;

import org.junit.jupiter.api.Test;
import org.tokensphere.app.viewmodel.EquationLatex;
import org.tokensphere.model.Params;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The overlays of exported animations: parsed from the command line, drawn where they belong, nothing else. */
class OverlaysTest {
    private static BufferedImage plain(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0x336699));
        g.fillRect(0, 0, w, h);
        g.dispose();
        return img;
    }

    private static boolean changed(BufferedImage a, BufferedImage b, int x0, int y0, int x1, int y1) {
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void eachOverlayIsDrawnInItsCornerAndNoneLeavesTheFrameAlone() {
        BufferedImage frame = plain(400, 400);
        assertSame(frame, Overlays.NONE.paint(frame, 1, null, false));
        BufferedImage titled = new Overlays(false, "RQF", false).paint(frame, 1, null, false);
        assertTrue(changed(frame, titled, 0, 0, 200, 60), "the title, top left");
        assertTrue(!changed(frame, titled, 0, 340, 400, 400), "nothing at the bottom");
        BufferedImage timed = new Overlays(true, "", false).paint(frame, 2.5, null, false);
        assertTrue(changed(frame, timed, 0, 340, 150, 400), "t = 2.50, bottom left");
        assertTrue(!changed(frame, timed, 0, 0, 400, 300), "nothing above");
        Overlays eq = new Overlays(false, "", true);
        BufferedImage formula = eq.equationImage(EquationLatex.of(Params.defaults()), 400, false);
        BufferedImage withEq = eq.paint(frame, 0, formula, false);
        assertTrue(changed(frame, withEq, 200, 300, 400, 400), "the equation, bottom right");
        assertEquals(400, withEq.getWidth());
        assertNotEquals(null, formula);
    }

    @Test
    void theCommandLineListIsParsedAndAnUnknownOverlayIsRefusedNamingIt() {
        assertEquals(new Overlays(true, "T", true), Overlays.parse("time,title,equation", "T"));
        assertEquals(new Overlays(true, "", false), Overlays.parse("time", "T"), "no title unless asked for");
        assertTrue(Overlays.parse("none", "T").none());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Overlays.parse("clock", ""));
        assertTrue(e.getMessage().startsWith("--overlay: unknown overlay 'clock'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Overlays(false, "a\nb", false));
    }
}
