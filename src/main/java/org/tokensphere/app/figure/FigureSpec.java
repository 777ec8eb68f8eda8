package org.tokensphere.app.figure;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What figure to write: its panels, its size in physical units (points, 1/72 inch), the resolution of a PNG and
 * the file, whose extension (.svg, .pdf, .png) gives the format.
 *
 * @param panels   the panels, left to right (the sphere first if present)
 * @param widthPt  width in points, 72 to 3600 (1 to 50 inches)
 * @param heightPt height in points, likewise
 * @param dpi      pixels per inch of a PNG, 50 to 1200 (vector formats ignore it)
 * @param out      the file
 */
public record FigureSpec(List<FigurePanel> panels, double widthPt, double heightPt, int dpi, Path out) {
    private static final Pattern SIZE = Pattern.compile("\\s*([0-9]*\\.?[0-9]+)\\s*x\\s*([0-9]*\\.?[0-9]+)\\s*(in|cm|mm|pt)\\s*");

    /** The formats, by file extension. */
    public enum Format { SVG, PDF, PNG }

    public FigureSpec {
        panels = List.copyOf(panels);
        if (panels.isEmpty()) {
            throw new IllegalArgumentException("--panels: name at least one panel");
        }
        for (double v : new double[] {widthPt, heightPt}) {
            if (!(v >= 72 && v <= 3600)) {
                throw new IllegalArgumentException("--size: " + fmt(widthPt / 72) + "x" + fmt(heightPt / 72)
                        + "in is out of range: each side from 1 to 50 inches");
            }
        }
        if (dpi < 50 || dpi > 1200) {
            throw new IllegalArgumentException("--dpi = " + dpi + " is out of range [50, 1200]");
        }
        format(out);
        if (format(out) == Format.PNG && (long) pixels(widthPt, dpi) * pixels(heightPt, dpi) > 100_000_000L) {
            throw new IllegalArgumentException("--size and --dpi make a PNG of more than 100 million pixels");
        }
    }

    /** The format of {@code out}, by its extension; refused unless .svg, .pdf or .png. */
    public static Format format(Path out) {
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        for (Format f : Format.values()) {
            if (name.endsWith("." + f.name().toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new IllegalArgumentException("cannot write " + out + ": a figure must end in .svg, .pdf or .png");
    }

    /** The format of this figure's file. */
    public Format format() {
        return format(out);
    }

    /** Width in pixels of a PNG. */
    public int widthPx() {
        return pixels(widthPt, dpi);
    }

    /** Height in pixels of a PNG. */
    public int heightPx() {
        return pixels(heightPt, dpi);
    }

    private static int pixels(double pt, int dpi) {
        return (int) Math.round(pt / 72 * dpi);
    }

    /** A size such as {@code 7x3in}, {@code 18x8cm}, {@code 180x80mm} or {@code 504x216pt}, as {width, height} in points. */
    public static double[] parseSize(String s) {
        Matcher m = SIZE.matcher(s.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("--size '" + s + "' is not of the form WIDTHxHEIGHT with a unit in, cm, "
                    + "mm or pt, e.g. 7x3in");
        }
        double unit = switch (m.group(3)) {
            case "in" -> 72;
            case "cm" -> 72 / 2.54;
            case "mm" -> 72 / 25.4;
            default -> 1;
        };
        return new double[] {Double.parseDouble(m.group(1)) * unit, Double.parseDouble(m.group(2)) * unit};
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }
}
