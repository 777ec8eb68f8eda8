package org.tokensphere.app.view3d;

import javafx.scene.AmbientLight;
import javafx.scene.DepthTest;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.Sphere;
import javafx.scene.transform.Rotate;
import org.fxyz3d.shapes.primitives.TorusMesh;

/**
 * The static pieces: a translucent unit sphere, a latitude/longitude grid of thin FXyz3D tori,
 * and, for circle mode (d = 2), the unit circle in the xy plane. World coordinates.
 *
 * <p>Draw order matters because JavaFX does not sort translucent geometry. The sphere writes
 * no depth ({@link DepthTest#DISABLE}) and comes after the grid and arrows but before the
 * tokens: it tints everything drawn before it, while the tokens, drawn after it, are never
 * hidden behind it and their soft (partly transparent) sprite rims blend over the tinted
 * backdrop instead of punching holes into a sphere drawn later. Tokens on the far side are
 * dimmed by their own texture instead (see {@link TokenMeshBuilder#setColors}). The grid is
 * lit by its own white ambient light only, so it shows its colour flat.
 */
final class Backdrop {

    /** Grid lines at every 30° of longitude and latitude. */
    private static final int STEP_DEG = 30;
    private static final double GRID_TUBE = 0.0028;
    private static final double RING_TUBE = 0.006;
    private static final double SPHERE_RADIUS = 1.0;

    private final Sphere sphere = new Sphere(SPHERE_RADIUS, 64);
    private final PhongMaterial sphereMaterial = new PhongMaterial();
    private final Group grid = new Group();
    private final TorusMesh ring = new TorusMesh(160, 6, 1.0, RING_TUBE);
    private final PhongMaterial lineMaterial = new PhongMaterial();
    private final Group lines = new Group();

    Backdrop() {
        sphere.setMaterial(sphereMaterial);
        sphere.setCullFace(CullFace.BACK);
        sphere.setDepthTest(DepthTest.DISABLE);
        sphere.setMouseTransparent(true);

        for (int lat = -90 + STEP_DEG; lat < 90; lat += STEP_DEG) {
            double h = Math.sin(Math.toRadians(lat));
            TorusMesh circle = torus(Math.cos(Math.toRadians(lat)), GRID_TUBE);
            circle.setTranslateZ(h);
            grid.getChildren().add(circle);
        }
        for (int lon = 0; lon < 180; lon += STEP_DEG) {
            // a great circle in the plane spanned by e_z and (cos lon, sin lon, 0)
            TorusMesh circle = torus(1.0, GRID_TUBE);
            circle.getTransforms().addAll(new Rotate(lon, Rotate.Z_AXIS), new Rotate(90, Rotate.X_AXIS));
            grid.getChildren().add(circle);
        }
        ring.setMaterial(lineMaterial);
        ring.setVisible(false);

        AmbientLight flat = new AmbientLight(Color.WHITE);
        flat.getScope().addAll(grid, ring);
        lines.getChildren().addAll(flat, grid, ring);
        lines.setMouseTransparent(true);
        setDark(true);
    }

    private TorusMesh torus(double radius, double tube) {
        TorusMesh t = new TorusMesh(96, 4, radius, tube);
        t.setMaterial(lineMaterial);
        return t;
    }

    /** Grid, ring and their light; first in the world group. Excluded from the scene's lights. */
    Node lines() {
        return lines;
    }

    /** The translucent sphere; after the lines, before the tokens. */
    Node sphere() {
        return sphere;
    }

    /** Nodes the main lights must not reach (they have their own flat light). */
    Node[] flatLit() {
        return new Node[] {grid, ring};
    }

    void setDark(boolean dark) {
        if (dark) {
            sphereMaterial.setDiffuseColor(premultiplied(0.45, 0.58, 0.85, 0.30));
            sphereMaterial.setSpecularColor(Color.gray(0.30));
            lineMaterial.setDiffuseColor(Color.color(0.40, 0.45, 0.55));
        } else {
            sphereMaterial.setDiffuseColor(premultiplied(0.50, 0.60, 0.80, 0.25));
            sphereMaterial.setSpecularColor(Color.gray(0.45));
            lineMaterial.setDiffuseColor(Color.color(0.66, 0.70, 0.78));
        }
        sphereMaterial.setSpecularPower(24);
    }

    /**
     * Prism blends a translucent material as premultiplied (src + (1 − α)·dst) but does not
     * multiply the diffuse colour by α itself; without this a 30 % sphere looks nearly opaque.
     */
    private static Color premultiplied(double r, double g, double b, double alpha) {
        return Color.color(r * alpha, g * alpha, b * alpha, alpha);
    }

    /** Circle mode shows only the unit circle; sphere mode the sphere and its grid. */
    void setCircleMode(boolean circle) {
        ring.setVisible(circle);
        grid.setVisible(!circle);
        sphere.setVisible(!circle);
    }
}
