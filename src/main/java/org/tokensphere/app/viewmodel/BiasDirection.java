package org.tokensphere.app.viewmodel;

/**
 * The bias direction {@code v/|v|} as two angles a person can set: {@code v = cos θ e_d + sin θ (cos φ e_1 +
 * sin φ e_2)} for {@code d ≥ 3} (so for {@code d = 3} the usual spherical angles about the last axis), and
 * {@code v = (cos φ, sin φ)} on the circle. Angles in degrees.
 */
public final class BiasDirection {
    private BiasDirection() {
    }

    /** The unit vector in {@code R^d} for azimuth {@code φ} and polar angle {@code θ} (degrees). */
    public static double[] vector(int d, double azimuthDeg, double polarDeg) {
        double phi = Math.toRadians(azimuthDeg);
        double theta = Math.toRadians(polarDeg);
        double[] v = new double[d];
        if (d == 2) {
            v[0] = Math.cos(phi);
            v[1] = Math.sin(phi);
            return v;
        }
        v[0] = Math.sin(theta) * Math.cos(phi);
        v[1] = Math.sin(theta) * Math.sin(phi);
        v[d - 1] += Math.cos(theta);
        if (Math.abs(v[0]) + Math.abs(v[1]) + Math.abs(v[d - 1]) < 1e-12) {
            v[d - 1] = 1;
        }
        return v;
    }

    /**
     * {@code {φ, θ}} in degrees of the part of {@code v} in the span of {@code e_1, e_2, e_d} (the whole of
     * {@code v} for {@code d ≤ 3}); {@code φ} in [0, 360), {@code θ} in [0, 180].
     */
    public static double[] angles(double[] v) {
        int d = v.length;
        double x = v[0];
        double y = v[1];
        if (d == 2) {
            return new double[] {normalizeDegrees(Math.toDegrees(Math.atan2(y, x))), 90};
        }
        double z = v[d - 1];
        double phi = Math.abs(x) + Math.abs(y) < 1e-12 ? 0 : Math.toDegrees(Math.atan2(y, x));
        double theta = Math.toDegrees(Math.atan2(Math.hypot(x, y), z));
        return new double[] {normalizeDegrees(phi), theta};
    }

    private static double normalizeDegrees(double a) {
        double r = a % 360;
        return r < 0 ? r + 360 : r;
    }
}
