package org.tokensphere.app.render;

import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** LaTeX to an image with JLaTeXMath, for the explanation panel and the overlays of exported animations. */
public final class LatexPainter {
    private LatexPainter() {
    }

    /** {@code latex} at {@code size} points in colour {@code colour} (RGB), on a transparent ARGB image. */
    public static BufferedImage image(String latex, float size, int colour) {
        TeXFormula formula = new TeXFormula(latex);
        TeXIcon icon = formula.createTeXIcon(TeXConstants.STYLE_DISPLAY, size);
        int pad = Math.round(size / 4);
        icon.setInsets(new Insets(pad, pad, pad, pad));
        icon.setForeground(new Color(colour));
        BufferedImage img = new BufferedImage(Math.max(1, icon.getIconWidth()), Math.max(1, icon.getIconHeight()),
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        icon.paintIcon(null, g, 0, 0);
        g.dispose();
        return img;
    }
}
