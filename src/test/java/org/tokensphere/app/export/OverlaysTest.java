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

    /** The overlays {@code o} painted into a 400×400 picture around a sphere image that fills its rows. */
    private static BufferedImage painted(Overlays o, double t, BufferedImage eq, Overlays.Layout[] layout) {
        layout[0] = o.layout(400, 400, eq);
        return o.paint(plain(400, layout[0].sphereHeight()), layout[0], t, eq, false);
    }

    @Test
    void eachOverlayIsDrawnInItsBandAndNoneLeavesTheFrameAlone() {
        BufferedImage frame = plain(400, 400);
        assertSame(frame, Overlays.NONE.paint(frame, Overlays.NONE.layout(400, 400, null), 1, null, false));
        Overlays.Layout[] l = new Overlays.Layout[1];
        BufferedImage titled = painted(new Overlays(false, "RQF", false), 1, null, l);
        assertTrue(l[0].top() > 0 && l[0].bottom() == 0, "a band at the top only: " + l[0]);
        assertTrue(changed(frame, titled, 0, 0, 200, l[0].top()), "the title, top left");
        assertTrue(!changed(frame, titled, 0, l[0].top(), 400, 400), "the sphere's rows untouched");
        BufferedImage timed = painted(new Overlays(true, "", false), 2.5, null, l);
        assertTrue(l[0].top() == 0 && l[0].bottom() > 0, "a band at the bottom only: " + l[0]);
        assertTrue(changed(frame, timed, 0, 400 - l[0].bottom(), 150, 400), "t = 2.50, bottom left");
        assertTrue(!changed(frame, timed, 0, 0, 400, 400 - l[0].bottom()), "the sphere's rows untouched");
        Overlays eq = new Overlays(false, "", true);
        BufferedImage formula = eq.equationImage(EquationLatex.of(Params.defaults()), 400, false);
        BufferedImage withEq = painted(eq, 0, formula, l);
        assertTrue(l[0].bottom() >= formula.getHeight() * Math.min(1, 0.62 * 400 / formula.getWidth()),
                "the band holds the equation: " + l[0]);
        assertTrue(changed(frame, withEq, 200, 400 - l[0].bottom(), 400, 400), "the equation, bottom right");
        assertTrue(!changed(frame, withEq, 0, 0, 400, 400 - l[0].bottom()), "the sphere's rows untouched");
        assertEquals(400, withEq.getWidth());
        assertEquals(400, withEq.getHeight());
    }

    @Test
    void aLongTitleTakesTwoLinesBrokenBetweenWordsAndOnlyThenIsCut() {
        java.awt.FontMetrics m = plain(1, 1).createGraphics().getFontMetrics(
                new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 20));
        String title = "Random quadratic form: two antipodal clusters";
        int width = m.stringWidth("Random quadratic form: two") + 2;
        assertEquals(java.util.List.of("Random quadratic form: two", "antipodal clusters"),
                new Overlays(false, title, false).titleLines(m, width));
        assertEquals(java.util.List.of(title), new Overlays(false, title, false).titleLines(m, 10_000));
        java.util.List<String> cut = new Overlays(false, title + " " + title, false).titleLines(m, width);
        assertEquals(2, cut.size());
        assertTrue(cut.get(1).endsWith("…") && m.stringWidth(cut.get(1)) <= width, cut.toString());
        Overlays two = new Overlays(false, title, false);
        Overlays one = new Overlays(false, "RQF", false);
        assertTrue(two.layout(300, 300, null).top() > one.layout(300, 300, null).top(), "two lines, a taller band");
    }

    @Test
    void theCameraMovesBackUntilTheSphereFitsTheRowsTheOverlaysLeave() {
        for (double d : new double[] {1.5, 4, 20}) {
            for (double f : new double[] {0.5, 0.8, 1}) {
                double apparent = Math.tan(Math.asin(1 / AnimationExporter.farther(d, f)));
                assertEquals(f * Math.tan(Math.asin(1 / d)), apparent, 1e-12, "d = " + d + ", fraction " + f);
            }
        }
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
