import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.MultipleGradientPaint.CycleMethod;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Draws the TokenSphere icon — a translucent sphere with two antipodal clusters of tokens, coloured like the app's
 * poles — at every size the installers need, and writes them (run from the repository root):
 * <pre>java installer/icon/IconMaker.java</pre>
 * assets/icon.png (1024 px, the source image), installer/linux/tokensphere.png (256 px),
 * installer/windows/tokensphere.ico (16–256 px) and installer/macos/tokensphere.icns (16–1024 px). Each size is
 * drawn afresh, not scaled down, so small icons keep a few large dots instead of a blur. Fixed seed: the same
 * files every time.
 */
public final class IconMaker {
    /** Pole colours of the app (TokenPalette: POLE_PLUS, POLE_MINUS in the light theme). */
    private static final Color PLUS = new Color(0xe4572e);
    private static final Color MINUS = new Color(0x2e6fab);
    /** Pole axis u (x right, y up, z towards the viewer), normalized below. */
    private static final double[] AXIS = {0.50, 0.55, 0.67};

    private record Dot(double x, double y, double z, Color colour) { }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        ImageIO.write(draw(1024), "png", root.resolve("assets/icon.png").toFile());
        ImageIO.write(draw(256), "png", root.resolve("installer/linux/tokensphere.png").toFile());
        Files.write(root.resolve("installer/windows/tokensphere.ico"), ico(16, 24, 32, 48, 64, 256));
        Files.write(root.resolve("installer/macos/tokensphere.icns"), icns());
    }

    /** The icon at {@code size} × {@code size} pixels, transparent outside the sphere. */
    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double c = size / 2.0;
        double r = size * 0.45;
        List<Dot> dots = dots(size);

        // Tokens behind the glass, then the glass, then the tokens in front of it.
        drawDots(g, dots, c, r, size, false);
        g.setPaint(new RadialGradientPaint(new Point2D.Double(c - 0.35 * r, c - 0.40 * r), (float) (1.45 * r),
                new float[] {0f, 0.55f, 1f},
                new Color[] {new Color(236, 243, 250, 120), new Color(170, 196, 222, 120), new Color(58, 86, 120, 200)},
                CycleMethod.NO_CYCLE));
        g.fill(new Ellipse2D.Double(c - r, c - r, 2 * r, 2 * r));
        if (size >= 32) {
            // The equator, tilted like the view: a faint ellipse.
            g.setStroke(new BasicStroke((float) Math.max(1, size / 160.0)));
            g.setColor(new Color(255, 255, 255, 90));
            g.draw(new Ellipse2D.Double(c - r, c - 0.28 * r, 2 * r, 0.56 * r));
        }
        g.setStroke(new BasicStroke((float) Math.max(1, size / 110.0)));
        g.setColor(new Color(40, 62, 90, 210));
        g.draw(new Ellipse2D.Double(c - r, c - r, 2 * r, 2 * r));
        drawDots(g, dots, c, r, size, true);
        // Specular highlight on the glass.
        g.setPaint(new RadialGradientPaint(new Point2D.Double(c - 0.42 * r, c - 0.50 * r), (float) (0.42 * r),
                new float[] {0f, 1f}, new Color[] {new Color(255, 255, 255, 150), new Color(255, 255, 255, 0)}));
        g.fill(new Ellipse2D.Double(c - 0.84 * r, c - 0.92 * r, 0.84 * r, 0.84 * r));
        g.dispose();
        return img;
    }

    /** Two antipodal clusters around ±AXIS; fewer, larger dots for small icons. */
    private static List<Dot> dots(int size) {
        int perCluster = size <= 24 ? 3 : size <= 64 ? 8 : 24;
        double spread = size <= 24 ? 0.07 : 0.14;
        double norm = Math.sqrt(AXIS[0] * AXIS[0] + AXIS[1] * AXIS[1] + AXIS[2] * AXIS[2]);
        Random random = new Random(20240501L);
        List<Dot> out = new ArrayList<>();
        for (int sign : new int[] {1, -1}) {
            for (int i = 0; i < perCluster; i++) {
                double x = sign * AXIS[0] / norm + spread * random.nextGaussian();
                double y = sign * AXIS[1] / norm + spread * random.nextGaussian();
                double z = sign * AXIS[2] / norm + spread * random.nextGaussian();
                double len = Math.sqrt(x * x + y * y + z * z);
                out.add(new Dot(x / len, y / len, z / len, sign > 0 ? PLUS : MINUS));
            }
        }
        out.sort(Comparator.comparingDouble(Dot::z));
        return out;
    }

    /** Draws the dots on one side of the sphere as small shaded balls, back to front. */
    private static void drawDots(Graphics2D g, List<Dot> dots, double c, double r, int size, boolean front) {
        double base = size <= 24 ? size / 7.5 : size <= 64 ? size / 15.0 : size / 32.0;
        for (Dot d : dots) {
            if ((d.z() >= 0) != front) {
                continue;
            }
            double px = c + r * d.x();
            double py = c - r * d.y();
            double rad = base * (0.8 + 0.25 * d.z());
            Color col = d.colour();
            Color light = blend(col, Color.WHITE, 0.55);
            Color dark = blend(col, Color.BLACK, 0.35);
            g.setPaint(new RadialGradientPaint(new Point2D.Double(px - 0.35 * rad, py - 0.35 * rad), (float) (1.3 * rad),
                    new float[] {0f, 0.5f, 1f}, new Color[] {light, col, dark}));
            g.fill(new Ellipse2D.Double(px - rad, py - rad, 2 * rad, 2 * rad));
        }
    }

    private static Color blend(Color a, Color b, double t) {
        return new Color((int) Math.round(a.getRed() * (1 - t) + b.getRed() * t),
                (int) Math.round(a.getGreen() * (1 - t) + b.getGreen() * t),
                (int) Math.round(a.getBlue() * (1 - t) + b.getBlue() * t));
    }

    private static byte[] png(int size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(draw(size), "png", out);
        return out.toByteArray();
    }

    /** A Windows icon with PNG-compressed images (read by Windows Vista and later). */
    static byte[] ico(int... sizes) throws IOException {
        List<byte[]> images = new ArrayList<>();
        for (int s : sizes) {
            images.add(png(s));
        }
        int offset = 6 + 16 * sizes.length;
        ByteBuffer head = ByteBuffer.allocate(offset).order(ByteOrder.LITTLE_ENDIAN);
        head.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        for (int i = 0; i < sizes.length; i++) {
            head.put((byte) (sizes[i] >= 256 ? 0 : sizes[i])).put((byte) (sizes[i] >= 256 ? 0 : sizes[i]));
            head.put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32);
            head.putInt(images.get(i).length).putInt(offset);
            offset += images.get(i).length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(head.array());
        for (byte[] image : images) {
            out.write(image);
        }
        return out.toByteArray();
    }

    /** A macOS icon: PNG images under the types icp4 (16), icp5 (32), ic07 (128), ic08 (256), ic09 (512), ic10 (1024). */
    static byte[] icns() throws IOException {
        String[] types = {"icp4", "icp5", "ic07", "ic08", "ic09", "ic10"};
        int[] sizes = {16, 32, 128, 256, 512, 1024};
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(body);
        for (int i = 0; i < types.length; i++) {
            byte[] image = png(sizes[i]);
            data.writeBytes(types[i]);
            data.writeInt(8 + image.length);
            data.write(image);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream file = new DataOutputStream(out);
        file.writeBytes("icns");
        file.writeInt(8 + body.size());
        file.write(body.toByteArray());
        return out.toByteArray();
    }
}
