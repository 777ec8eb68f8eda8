package org.tokensphere.app.figure;

import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.tokensphere.app.render.SphereProjection;
import org.tokensphere.app.render.TokenSnapshot;
import org.tokensphere.app.view3d.AxisKind;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Map;

/**
 * The sphere panel of a figure in vector form, through the software view's projection ({@link SphereProjection},
 * orthographic, the same camera): the disc, the grid behind, the arrows, the tokens behind the sphere (faded),
 * the grid in front and the tokens in front last — tokens are never hidden by an arrow. Markers are sized from the
 * sphere's size on the page, so a larger figure gets larger markers. In SVG the tokens are circles in the
 * groups {@code <g id="tokens">} (behind the sphere) and {@code <g id="tokens-front">}.
 */
final class FigureSphere {
    /** Arrow colours by {@link AxisKind} (those of the window's views). */
    private static final Color[] ARROWS = {new Color(0xE08A00), new Color(0xD94BD9), new Color(0x2FB85E)};
    private static final Color DISC = new Color(0xE9EDF3);
    private static final Color GRID = new Color(0xC3CCD8);

    private FigureSphere() {
    }

    /** Radius of a token's marker for {@code n} tokens on a sphere of radius {@code r}. */
    static double markerRadius(int n, double r) {
        return r * Math.max(0.008, Math.min(0.05, 0.7 / Math.sqrt(Math.max(n, 1) + 75.0)));
    }

    /** Draws {@code data}'s sphere into {@code area}. */
    static void draw(Graphics2D g, FigureData data, Rectangle2D area) {
        TokenSnapshot t = data.tokens();
        double side = Math.min(area.getWidth(), area.getHeight());
        double cx = area.getCenterX();
        double cy = area.getCenterY();
        double[] rot = new double[9];
        if (t.circle()) {
            rot[0] = rot[4] = rot[8] = 1;
        } else {
            SphereProjection.rotation(data.camera(), rot);
        }
        // The window's scale, kept small enough that the arrows (1.22 radii) stay inside the panel.
        double r = Math.min(SphereProjection.radius(side, side, SphereProjection.zoomFor(data.camera().distance())),
                0.38 * side);
        g.setColor(DISC);
        g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
        g.setStroke(new BasicStroke((float) Math.max(0.4, r / 220)));
        if (!t.circle()) {
            g.setColor(blend(GRID, DISC, 0.55));
            g.draw(grid(rot, cx, cy, r, false));
        }
        float[] xyz = t.xyz();
        int[] slots = t.colourSlots();
        double mr = markerRadius(t.n(), r);
        arrows(g, t.axes(), rot, cx, cy, r); // under every token: a cluster on the axis is never hidden
        g.setStroke(new BasicStroke((float) Math.max(0.4, r / 220)));
        begin(g, "tokens");
        tokens(g, data, xyz, slots, rot, cx, cy, r, mr, false);
        end(g);
        g.setColor(GRID);
        if (!t.circle()) {
            g.draw(grid(rot, cx, cy, r, true));
        }
        g.draw(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
        begin(g, "tokens-front");
        tokens(g, data, xyz, slots, rot, cx, cy, r, mr, true);
        end(g);
    }

    private static void tokens(Graphics2D g, FigureData data, float[] xyz, int[] slots, double[] rot, double cx,
                               double cy, double r, double mr, boolean front) {
        Color[] palette = data.palette();
        for (int i = 0; i < slots.length; i++) {
            double x = xyz[3 * i];
            double y = xyz[3 * i + 1];
            double z = xyz[3 * i + 2];
            boolean inFront = data.tokens().circle() || SphereProjection.depth(rot, x, y, z) >= 0;
            if (inFront != front) {
                continue;
            }
            Color c = slots[i] >= 0 && slots[i] < palette.length ? palette[slots[i]] : Color.GRAY;
            Color fill = front ? c : blend(c, DISC, 0.5);
            Ellipse2D.Double dot = new Ellipse2D.Double(SphereProjection.screenX(rot, cx, r, x, y, z) - mr,
                    SphereProjection.screenY(rot, cy, r, x, y, z) - mr, 2 * mr, 2 * mr);
            g.setColor(fill);
            g.fill(dot); // one circle per token, no outline: in SVG, one element each

        }
    }

    private static void arrows(Graphics2D g, Map<AxisKind, double[]> axes, double[] rot, double cx, double cy,
                               double r) {
        g.setStroke(new BasicStroke((float) Math.max(0.8, r / 70), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (Map.Entry<AxisKind, double[]> e : axes.entrySet()) {
            double[] a = e.getValue();
            double norm = Math.sqrt(a[0] * a[0] + a[1] * a[1] + a[2] * a[2]);
            if (!(norm > 1e-9)) {
                continue;
            }
            g.setColor(ARROWS[e.getKey().ordinal()]);
            double len = 1.22 / norm;
            for (int sign = -1; sign <= 1; sign += 2) {
                double ex = SphereProjection.screenX(rot, cx, r, sign * len * a[0], sign * len * a[1], sign * len * a[2]);
                double ey = SphereProjection.screenY(rot, cy, r, sign * len * a[0], sign * len * a[1], sign * len * a[2]);
                g.draw(new Line2D.Double(cx, cy, ex, ey));
                double l = Math.hypot(ex - cx, ey - cy);
                if (l > 1) {
                    double ux = (ex - cx) / l;
                    double uy = (ey - cy) / l;
                    double head = r * 0.09;
                    Path2D.Double h = new Path2D.Double();
                    h.moveTo(ex - head * (ux + 0.5 * uy), ey - head * (uy - 0.5 * ux));
                    h.lineTo(ex, ey);
                    h.lineTo(ex - head * (ux - 0.5 * uy), ey - head * (uy + 0.5 * ux));
                    g.draw(h);
                }
            }
        }
    }

    /** Meridians every 30° and parallels every 30°, the part in front of the sphere or the part behind. */
    private static Path2D grid(double[] rot, double cx, double cy, double r, boolean front) {
        Path2D.Double p = new Path2D.Double();
        int steps = 96;
        for (int m = 0; m < 6; m++) {
            double phi = m * Math.PI / 6;
            curve(p, rot, cx, cy, r, front, steps, s -> {
                double th = 2 * Math.PI * s / steps;
                return new double[] {Math.sin(th) * Math.cos(phi), Math.sin(th) * Math.sin(phi), Math.cos(th)};
            });
        }
        for (int q = 1; q < 6; q++) {
            double th = q * Math.PI / 6;
            curve(p, rot, cx, cy, r, front, steps, s -> {
                double phi = 2 * Math.PI * s / steps;
                return new double[] {Math.sin(th) * Math.cos(phi), Math.sin(th) * Math.sin(phi), Math.cos(th)};
            });
        }
        return p;
    }

    private static void curve(Path2D.Double p, double[] rot, double cx, double cy, double r, boolean front,
                              int steps, java.util.function.IntFunction<double[]> at) {
        boolean drawing = false;
        for (int s = 0; s <= steps; s++) {
            double[] v = at.apply(s);
            boolean side = SphereProjection.depth(rot, v[0], v[1], v[2]) >= 0;
            double x = SphereProjection.screenX(rot, cx, r, v[0], v[1], v[2]);
            double y = SphereProjection.screenY(rot, cy, r, v[0], v[1], v[2]);
            if (side == front) {
                if (drawing) {
                    p.lineTo(x, y);
                } else {
                    p.moveTo(x, y);
                    drawing = true;
                }
            } else {
                drawing = false;
            }
        }
    }

    private static void begin(Graphics2D g, String id) {
        if (g instanceof SVGGraphics2D) {
            g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, id);
        }
    }

    static void end(Graphics2D g) {
        if (g instanceof SVGGraphics2D) {
            g.setRenderingHint(SVGHints.KEY_END_GROUP, "");
        }
    }

    static void group(Graphics2D g, String id) {
        begin(g, id);
    }

    private static Color blend(Color a, Color b, double t) {
        return new Color((int) Math.round(a.getRed() * t + b.getRed() * (1 - t)),
                (int) Math.round(a.getGreen() * t + b.getGreen() * (1 - t)),
                (int) Math.round(a.getBlue() * t + b.getBlue() * (1 - t)));
    }
}
