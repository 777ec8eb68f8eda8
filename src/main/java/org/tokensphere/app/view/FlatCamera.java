package org.tokensphere.app.view;

import org.tokensphere.app.render.SphereProjection;
import org.tokensphere.app.viewmodel.CameraPose;

import java.util.Arrays;

/**
 * The camera of the software-drawn view ({@link SphereProjection}, which the vector figures share): a rotation whose rows are the screen's right, up and the direction
 * towards the viewer (orthographic, so that is all of it), and a zoom. Orbiting turns about the screen's axes;
 * a preset's camera ({@link CameraPose}) is set and read back in the presets' convention.
 */
final class FlatCamera {
    /** Zoom times camera distance ({@link SphereProjection#ZOOM_AT_UNIT_DISTANCE}). */
    static final double ZOOM_AT_UNIT_DISTANCE = SphereProjection.ZOOM_AT_UNIT_DISTANCE;
    private static final double MIN_ZOOM = SphereProjection.MIN_ZOOM;
    private static final double MAX_ZOOM = SphereProjection.MAX_ZOOM;

    /** Row-major rotation: drawn coordinates to (right, up, towards the viewer). Written in place. */
    final double[] rot = new double[9];
    private double zoom = 1;
    private long version;

    /** Bumped by every change. */
    long version() {
        return version;
    }

    /** Screen radius of the sphere, relative to its default. */
    double zoom() {
        return zoom;
    }

    /** The default view: oblique, or straight down the third axis for the circle. */
    void reset(boolean circle) {
        version++;
        zoom = 1;
        Arrays.fill(rot, 0);
        rot[0] = rot[4] = rot[8] = 1;
        if (!circle) {
            orbit(Math.toRadians(-35), Math.toRadians(-18));
        }
    }

    /**
     * Looks from where {@code pose} says: the rows of the rotation become its right, up and towards-the-viewer
     * vectors; its distance becomes a zoom that draws the sphere about as large as the 3D view does from there
     * ({@link #ZOOM_AT_UNIT_DISTANCE}), within the zoom's range.
     */
    void setPose(CameraPose pose) {
        version++;
        SphereProjection.rotation(pose, rot);
        zoom = SphereProjection.zoomFor(pose.distance());
    }

    /** The camera now, in the presets' convention (a view rolled by orbiting is read by where it looks from). */
    CameraPose pose() {
        double[] c = {rot[6], rot[7], rot[8]};
        CameraPose p = CameraPose.looking(c, ZOOM_AT_UNIT_DISTANCE / zoom);
        if (Math.hypot(c[0], c[1]) < 1e-9) { // looking down the third axis: the azimuth is in the screen's right
            p = new CameraPose(Math.toDegrees(Math.atan2(-rot[0], rot[1])), p.elevation(), p.distance());
        }
        return p;
    }

    /** Rotates about the screen's vertical axis by {@code a}, then about its horizontal axis by {@code b}. */
    void orbit(double a, double b) {
        version++;
        double[] ry = {Math.cos(a), 0, Math.sin(a), 0, 1, 0, -Math.sin(a), 0, Math.cos(a)};
        double[] rx = {1, 0, 0, 0, Math.cos(b), -Math.sin(b), 0, Math.sin(b), Math.cos(b)};
        double[] t = mul(rx, mul(ry, rot));
        System.arraycopy(t, 0, rot, 0, 9);
    }

    /** Zooms by {@code factor}, within the zoom's range. */
    void zoomBy(double factor) {
        version++;
        zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom * factor));
    }

    private static double[] mul(double[] a, double[] b) {
        double[] c = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                c[3 * i + j] = a[3 * i] * b[j] + a[3 * i + 1] * b[3 + j] + a[3 * i + 2] * b[6 + j];
            }
        }
        return c;
    }
}
