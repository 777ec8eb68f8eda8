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
import java.util.List;
import java.util.Locale;

/**
 * What an exported animation may carry beside the sphere, for talks: the simulated time (bottom left), a title
 * (top left, in up to two lines) and the equation being simulated, rendered by JLaTeXMath (bottom right, scaled
 * to fit). The sphere is drawn between the bands they take ({@link #layout}), so none of them covers a token;
 * each sits on a translucent plate so it reads on light and dark backgrounds; sizes follow the picture's height.
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

    /**
     * Where the sphere goes in a picture {@code w×h} pixels with these overlays: the band at the top that the title
     * takes and the band at the bottom that the time and the equation take ({@code eq} from
     * {@link #equationImage}, or null), so that no overlay covers the sphere.
     */
    public Layout layout(int w, int h, BufferedImage eq) {
        if (none()) {
            return new Layout(w, h, 0, 0);
        }
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        int margin = margin(h);
        int top = 0;
        if (!title.isEmpty()) {
            FontMetrics m = g.getFontMetrics(titleFont(h));
            top = margin + titleLines(m, w - 2 * margin).size() * lineHeight(m) + 2 * pad(m) + margin / 2;
        }
        int bottom = 0;
        if (time) {
            FontMetrics m = g.getFontMetrics(timeFont(h));
            bottom = margin + lineHeight(m) + 2 * pad(m) + margin / 2;
        }
        if (eq != null) {
            bottom = Math.max(bottom, margin + (int) Math.round(eq.getHeight() * equationScale(w, eq)) + margin / 2);
        }
        g.dispose();
        // The sphere keeps at least half the height, whatever the overlays.
        int spare = Math.max(0, top + bottom - h / 2);
        return new Layout(w, h, top - spare * top / Math.max(1, top + bottom), bottom - spare * bottom
                / Math.max(1, top + bottom));
    }

    /**
     * A picture {@link #width} × {@link #height} with the sphere drawn in the rows {@code [top, height − bottom)}.
     */
    public record Layout(int width, int height, int top, int bottom) {
        /** Rows left for the sphere. */
        public int sphereHeight() {
            return height - top - bottom;
        }
    }

    /**
     * The picture of {@code layout}: the view {@code sphere} on its background, centred on the rows left for the
     * sphere (the view may be as large as the picture, with the sphere drawn to fit those rows), and the overlays
     * over it in their bands, at simulated time {@code t}; {@code eq} from {@link #equationImage}. With no overlay,
     * {@code sphere} itself.
     */
    BufferedImage paint(BufferedImage sphere, Layout layout, double t, BufferedImage eq, boolean dark) {
        if (none()) {
            return sphere;
        }
        int w = layout.width();
        int h = layout.height();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(new Color(sphere.getRGB(0, 0)));
        g.fillRect(0, 0, w, h);
        g.drawImage(sphere, (w - sphere.getWidth()) / 2, layout.top() + (layout.sphereHeight() - sphere.getHeight()) / 2,
                null);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        int margin = margin(h);
        Color ink = dark ? new Color(0xF2F4F8) : new Color(0x1B2230);
        if (!title.isEmpty()) {
            g.setFont(titleFont(h));
            FontMetrics m = g.getFontMetrics();
            List<String> lines = titleLines(m, w - 2 * margin);
            int pad = pad(m);
            int width = lines.stream().mapToInt(m::stringWidth).max().orElse(0);
            plate(g, margin - pad, margin, width + 2 * pad, lines.size() * lineHeight(m) + 2 * pad, dark);
            g.setColor(ink);
            for (int k = 0; k < lines.size(); k++) {
                g.drawString(lines.get(k), margin, margin + pad + k * lineHeight(m) + m.getAscent());
            }
        }
        if (time) {
            g.setFont(timeFont(h));
            FontMetrics m = g.getFontMetrics();
            String s = String.format(Locale.ROOT, "t = %.2f", t);
            int pad = pad(m);
            int y = h - margin - pad - m.getDescent();
            plate(g, margin - pad, y - m.getAscent() - pad, m.stringWidth(s) + 2 * pad, lineHeight(m) + 2 * pad, dark);
            g.setColor(ink);
            g.drawString(s, margin, y);
        }
        if (eq != null) {
            double s = equationScale(w, eq);
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

    private static int margin(int h) {
        return Math.max(4, h / 40);
    }

    private static Font titleFont(int h) {
        return new Font(Font.SANS_SERIF, Font.BOLD, Math.max(9, h / 26));
    }

    private static Font timeFont(int h) {
        return new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(9, h / 30));
    }

    private static int pad(FontMetrics m) {
        return m.getHeight() / 4;
    }

    private static int lineHeight(FontMetrics m) {
        return m.getAscent() + m.getDescent();
    }

    private static double equationScale(int w, BufferedImage eq) {
        return Math.min(1, (w * 0.62) / eq.getWidth());
    }

    /** The title in at most two lines of at most {@code maxWidth} pixels, broken between words; "…" if cut. */
    List<String> titleLines(FontMetrics m, int maxWidth) {
        if (m.stringWidth(title) <= maxWidth) {
            return title.isEmpty() ? List.of() : List.of(title);
        }
        int space = title.lastIndexOf(' ');
        while (space > 0 && m.stringWidth(title.substring(0, space)) > maxWidth) {
            space = title.lastIndexOf(' ', space - 1);
        }
        if (space <= 0) {
            return List.of(cut(m, title, maxWidth));
        }
        String rest = title.substring(space + 1).strip();
        return List.of(title.substring(0, space), m.stringWidth(rest) <= maxWidth ? rest : cut(m, rest, maxWidth));
    }

    /** {@code s} shortened until it fits {@code maxWidth} with a trailing "…". */
    private static String cut(FontMetrics m, String s, int maxWidth) {
        String shown = s;
        while (m.stringWidth(shown + "…") > maxWidth && shown.length() > 1) {
            shown = shown.substring(0, shown.length() - 1);
        }
        return shown.strip() + "…";
    }

    private static void plate(Graphics2D g, int x, int y, int w, int h, boolean dark) {
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.72f));
        g.setColor(dark ? new Color(0x15181E) : new Color(0xF7F8FA));
        g.fill(new RoundRectangle2D.Double(x, y, w, h, h / 3.0, h / 3.0));
        g.setComposite(AlphaComposite.SrcOver);
    }
}
