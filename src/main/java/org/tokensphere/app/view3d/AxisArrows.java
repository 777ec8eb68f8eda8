package org.tokensphere.app.view3d;

import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Point3D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.Cylinder;
import javafx.scene.transform.Rotate;
import javafx.scene.transform.Translate;
import org.fxyz3d.shapes.primitives.ConeMesh;

/**
 * The three arrows of {@link AxisKind}, in world coordinates (unit sphere). Each arrow is built
 * once along +y (JavaFX {@link Cylinder} shaft, FXyz3D {@link ConeMesh} heads) and shown,
 * hidden or re-aimed by one {@link Rotate}.
 */
final class AxisArrows {

    /** Distance from the origin to an arrow tip, scene units. */
    static final double LENGTH = 1.28;
    private static final double SHAFT_RADIUS = 0.009;
    private static final double HEAD_RADIUS = 0.035;
    private static final double HEAD_LENGTH = 0.10;

    /** Where the outer shafts of arrows clear of the sphere start: just outside the tokens (radius 1). */
    static final double CLEAR_FROM = 1.06;

    private final Group root = new Group();
    /** Per arrow: the shaft through the centre, and the shafts outside the sphere only. */
    private final Map<AxisKind, Node[]> shafts = new EnumMap<>(AxisKind.class);
    private final Map<AxisKind, Group> arrows = new EnumMap<>(AxisKind.class);
    private final Map<AxisKind, Rotate> aims = new EnumMap<>(AxisKind.class);

    AxisArrows() {
        for (AxisKind kind : AxisKind.values()) {
            boolean both = kind != AxisKind.BIAS;
            PhongMaterial material = new PhongMaterial(colour(kind));
            material.setSpecularColor(Color.gray(0.6));
            Group arrow = build(both, material);
            shafts.put(kind, new Node[] {arrow.getChildren().get(0), arrow.getChildren().get(1)});
            Rotate aim = new Rotate();
            arrow.getTransforms().add(aim);
            arrow.setVisible(false);
            arrow.setMouseTransparent(true);
            arrows.put(kind, arrow);
            aims.put(kind, aim);
            root.getChildren().add(arrow);
        }
        setClearOfSphere(true);
    }

    Node node() {
        return root;
    }

    /**
     * True (the default, in the window and in exports): the arrows are drawn outside the sphere only, from just
     * beyond the tokens to their heads, so no arrow covers a cluster on the axis (a collapsed cluster is one token's
     * disc, which a shaft through it hides); false: one shaft through the centre.
     */
    void setClearOfSphere(boolean clear) {
        for (Node[] s : shafts.values()) {
            s[0].setVisible(!clear);
            s[1].setVisible(clear);
        }
    }

    /** Colour of an arrow: pole axis orange, attractor magenta, bias green. */
    static Color colour(AxisKind kind) {
        switch (kind) {
            case POLE_AXIS: return Color.web("#ff9f1c");
            case ATTRACTOR: return Color.web("#d94bd9");
            default: return Color.web("#3ccf6e");
        }
    }

    /** Shows the arrow along the unit vector {@code axis3} (normalised here), or hides it if null. */
    void set(AxisKind kind, double[] axis3) {
        Group arrow = arrows.get(kind);
        if (axis3 == null) {
            arrow.setVisible(false);
            return;
        }
        if (axis3.length < 3) {
            throw new IllegalArgumentException("axis needs 3 components");
        }
        aim(aims.get(kind), axis3[0], axis3[1], axis3[2]);
        arrow.setVisible(true);
    }

    /** Sets {@code r} to a rotation taking +y to the direction of (x, y, z); identity for 0. */
    static void aim(Rotate r, double x, double y, double z) {
        double len = Math.sqrt(x * x + y * y + z * z);
        if (!(len > 1e-12)) {
            r.setAngle(0);
            return;
        }
        x /= len;
        y /= len;
        z /= len;
        // axis e_y × a = (z, 0, −x); angle acos(a_y)
        double sin = Math.hypot(z, x);
        if (sin < 1e-9) {
            r.setAxis(Rotate.X_AXIS);
            r.setAngle(y > 0 ? 0 : 180);
            return;
        }
        r.setAxis(new Point3D(z / sin, 0, -x / sin));
        r.setAngle(Math.toDegrees(Math.atan2(sin, y)));
    }

    private static Group build(boolean both, PhongMaterial material) {
        double shaftFrom = both ? -LENGTH + HEAD_LENGTH : 0;
        double shaftTo = LENGTH - HEAD_LENGTH;
        Cylinder shaft = new Cylinder(SHAFT_RADIUS, shaftTo - shaftFrom, 12);
        shaft.setTranslateY((shaftFrom + shaftTo) / 2);
        shaft.setMaterial(material);
        Group outer = new Group(outerShaft(1, material));
        if (both) {
            outer.getChildren().add(outerShaft(-1, material));
        }
        outer.setVisible(false);
        Group g = new Group(shaft, outer, head(true, material));
        if (both) {
            g.getChildren().add(head(false, material));
        }
        return g;
    }

    /** The shaft from {@link #CLEAR_FROM} to the head on the side {@code sign} (+1 or −1). */
    private static Node outerShaft(int sign, PhongMaterial material) {
        double to = LENGTH - HEAD_LENGTH;
        Cylinder c = new Cylinder(SHAFT_RADIUS, to - CLEAR_FROM, 12);
        c.setTranslateY(sign * (CLEAR_FROM + to) / 2);
        c.setMaterial(material);
        return c;
    }

    /** A cone with its tip at y = ±LENGTH; ConeMesh has its tip at 0 and its base at +height. */
    private static Node head(boolean up, PhongMaterial material) {
        ConeMesh cone = new ConeMesh(24, HEAD_RADIUS, HEAD_LENGTH);
        cone.setMaterial(material);
        cone.setCullFace(CullFace.NONE);
        if (up) {
            cone.getTransforms().addAll(new Translate(0, LENGTH, 0), new Rotate(180, Rotate.X_AXIS));
        } else {
            cone.getTransforms().add(new Translate(0, -LENGTH, 0));
        }
        return cone;
    }
}
