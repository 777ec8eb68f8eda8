package org.tokensphere.app.export;

import org.tokensphere.app.render.LatexPainter;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.Locale;

/**
 * What an exported animation may carry over the sphere, for talks: the simulated time (bottom left), a title
 * (top left) and the equation being simulated, rendered by JLaTeXMath (bottom right, scaled to fit). Each sits on
 * a translucent plate so it reads on light and dark backgrounds; sizes follow the picture's height.
 *
 * @param time     show {@code t = …}
 * @param title    the title, or empty for none (one line, at most 200 characters)
 * @param equation show the equation
 */
public record Overlays(boolean time, String title, boolean equation) {
    /** No overlay. */
    public static final Overlays NONE = new Overlays(false, "", false);

    public Overlays {
        title = title == null ? "" : title.strip();
        if (title.length() > 200 || title.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("title must be one line of at most 200 characters");
        }
    }

    /** Parses {@code time,title,equation} (any of them, or {@code none}) with the title's text. */
    public static Overlays parse(String list, String title) {
        boolean t = false;
        boolean ti = false;
        boolean eq = false;
        for (String part : list.split(",")) {
            switch (part.strip().toLowerCase(Locale.ROOT)) {
                case "time" -> t = true;
                case "title" -> ti = true;
                case "equation" -> eq = true;
                case "none", "" -> { }
                default -> throw new IllegalArgumentException("--overlay: unknown overlay '" + part.strip()
                        + "' (known: time, title, equation, none)");
            }
        }
        return new Overlays(t, ti ? title : "", eq);
    }

    /** True when there is nothing to draw. */
    public boolean none() {
        return !time && title.isEmpty() && !equation;
    }

    /** The equation, rendered once for a picture {@code height} pixels high, or null. */
    BufferedImage equationImage(String latex, int height, boolean dark) {
        return equation ? LatexPainter.image(latex, Math.max(10f, height * 0.028f), dark ? 0xF2F4F8 : 0x1B2230) : null;
    }

    /** Draws the overlays on {@code img} at simulated time {@code t}; {@code eq} from {@link #equationImage}. */
    BufferedImage paint(BufferedImage img, double t, BufferedImage eq, boolean dark) {
        if (none()) {
            return img;
        }
        BufferedImage out = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(img, 0, 0, null);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        int h = img.getHeight();
        int w = img.getWidth();
        int margin = Math.max(4, h / 40);
        Color ink = dark ? new Color(0xF2F4F8) : new Color(0x1B2230);
        if (!title.isEmpty()) {
            Font f = new Font(Font.SANS_SERIF, Font.BOLD, Math.max(9, h / 26));
            text(g, title, f, margin, margin, w - 2 * margin, ink, dark, true);
        }
        if (time) {
            Font f = new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(9, h / 30));
            text(g, String.format(Locale.ROOT, "t = %.2f", t), f, margin, h - margin, w / 2, ink, dark, false);
        }
        if (eq != null) {
            double s = Math.min(1, (w * 0.62) / eq.getWidth());
            int ew = (int) Math.round(eq.getWidth() * s);
            int eh = (int) Math.round(eq.getHeight() * s);
            int x = w - margin - ew;
            int y = h - margin - eh;
            plate(g, x, y, ew, eh, dark);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.drawImage(eq, x, y, ew, eh, null);
        }
        g.dispose();
        return out;
    }

    private static void text(Graphics2D g, String s, Font f, int x, int edge, int maxWidth, Color ink, boolean dark,
                             boolean top) {
        g.setFont(f);
        FontMetrics m = g.getFontMetrics();
        String shown = s;
        while (m.stringWidth(shown) > maxWidth && shown.length() > 4) {
            shown = shown.substring(0, shown.length() - 2);
        }
        if (!shown.equals(s)) {
            shown = shown.substring(0, shown.length() - 1) + "…";
        }
        int pad = m.getHeight() / 4;
        int y = top ? edge + pad + m.getAscent() : edge - pad - m.getDescent();
        plate(g, x - pad, y - m.getAscent() - pad, m.stringWidth(shown) + 2 * pad, m.getAscent() + m.getDescent()
                + 2 * pad, dark);
        g.setColor(ink);
        g.drawString(shown, x, y);
    }

    private static void plate(Graphics2D g, int x, int y, int w, int h, boolean dark) {
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.72f));
        g.setColor(dark ? new Color(0x15181E) : new Color(0xF7F8FA));
        g.fill(new RoundRectangle2D.Double(x, y, w, h, h / 3.0, h / 3.0));
        g.setComposite(AlphaComposite.SrcOver);
    }
}
