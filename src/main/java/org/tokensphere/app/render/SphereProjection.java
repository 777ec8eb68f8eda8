package org.tokensphere.app.render;

import org.tokensphere.app.viewmodel.CameraPose;

/**
 * The orthographic projection of the software-drawn view, shared with the vector figures: a camera rotation whose
 * rows are the screen's right, up and the direction towards the viewer, and a sphere drawn with radius
 * {@code 0.40·zoom} of the picture's smaller side about its centre. Screen {@code y} grows downwards.
 */
public final class SphereProjection {
    /** Radius of the unit sphere at zoom 1, as a fraction of the picture's smaller side. */
    public static final double SPHERE_FRACTION = 0.40;
    /**
     * Zoom times camera distance: the 3D view's camera (32° field of view) sees a unit sphere from distance
     * {@code D} with a radius of {@code 1/(2 tan 16° D)} of the view's height; this projection draws it with
     * {@code 0.40·zoom} of the smaller side.
     */
    public static final double ZOOM_AT_UNIT_DISTANCE = 1 / (2 * Math.tan(Math.toRadians(16))) / SPHERE_FRACTION;
    /** Zoom range. */
    public static final double MIN_ZOOM = 0.3;
    /** Zoom range. */
    public static final double MAX_ZOOM = 6;

    private SphereProjection() {
    }

    /** Writes into {@code rot} (9 numbers, row-major) the rotation of a camera at {@code pose}. */
    public static void rotation(CameraPose pose, double[] rot) {
        double[] r = pose.right();
        double[] u = pose.up();
        double[] c = pose.towardViewer();
        for (int k = 0; k < 3; k++) {
            rot[k] = r[k];
            rot[3 + k] = u[k];
            rot[6 + k] = c[k];
        }
    }

    /** The zoom at which a camera {@code distance} radii away sees the sphere about as large as the 3D view does. */
    public static double zoomFor(double distance) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, ZOOM_AT_UNIT_DISTANCE / distance));
    }

    /** Screen radius of the unit sphere in a {@code w × h} picture. */
    public static double radius(double w, double h, double zoom) {
        return SPHERE_FRACTION * Math.min(w, h) * zoom;
    }

    /** Screen x of the point (x, y, z) for a sphere of screen radius {@code r} centred at {@code cx}. */
    public static double screenX(double[] rot, double cx, double r, double x, double y, double z) {
        return cx + r * (rot[0] * x + rot[1] * y + rot[2] * z);
    }

    /** Screen y (downwards) of the point (x, y, z). */
    public static double screenY(double[] rot, double cy, double r, double x, double y, double z) {
        return cy - r * (rot[3] * x + rot[4] * y + rot[5] * z);
    }

    /** Depth towards the viewer of the point (x, y, z): positive in front of the sphere's centre. */
    public static double depth(double[] rot, double x, double y, double z) {
        return rot[6] * x + rot[7] * y + rot[8] * z;
    }
}
