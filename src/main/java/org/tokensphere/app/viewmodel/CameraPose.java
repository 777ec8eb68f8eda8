package org.tokensphere.app.viewmodel;

/**
 * Where the camera looks from, in the convention of presets ({@code DisplayOptions.Camera}): from
 * {@code distance·(cos el cos az, cos el sin az, sin el)} in the drawn coordinates, towards the centre of the
 * sphere, with the third axis up on screen. The screen's right is {@code (−sin az, cos az, 0)}, so the pose is
 * fully defined even looking straight down the third axis ({@code el = ±90°}). Plain data.
 *
 * @param azimuth   degrees about the third axis, from the first axis
 * @param elevation degrees above the plane of the first two axes
 * @param distance  distance from the centre in sphere radii
 */
public record CameraPose(double azimuth, double elevation, double distance) {
    /** The presets' default: an oblique view from 4 radii. */
    public static final CameraPose DEFAULT = new CameraPose(30, 20, 4);
    /** Nearest distance a preset may ask for, in radii. */
    public static final double MIN_DISTANCE = 1.5;
    /** Farthest distance a preset may ask for, in radii. */
    public static final double MAX_DISTANCE = 20;

    /**
     * The same view within the ranges a preset accepts: azimuth in (−180, 180], elevation in [−90, 90],
     * distance in [{@value #MIN_DISTANCE}, {@value #MAX_DISTANCE}] (a view zoomed further is saved at the limit).
     */
    public CameraPose normalized() {
        double az = Math.IEEEremainder(azimuth, 360);
        if (az <= -180) {
            az += 360;
        }
        double el = Math.max(-90, Math.min(90, elevation));
        double dist = Math.max(MIN_DISTANCE, Math.min(MAX_DISTANCE, distance));
        return new CameraPose(az == 0 ? 0 : az, el, dist); // no −0.0 in saved files
    }

    /** Unit vector from the centre towards the camera, in drawn coordinates. */
    public double[] towardViewer() {
        double az = Math.toRadians(azimuth);
        double el = Math.toRadians(elevation);
        return new double[] {Math.cos(el) * Math.cos(az), Math.cos(el) * Math.sin(az), Math.sin(el)};
    }

    /** Unit vector that points right on screen. */
    public double[] right() {
        double az = Math.toRadians(azimuth);
        return new double[] {-Math.sin(az), Math.cos(az), 0};
    }

    /** Unit vector that points up on screen ({@code towardViewer × right}). */
    public double[] up() {
        double az = Math.toRadians(azimuth);
        double el = Math.toRadians(elevation);
        return new double[] {-Math.sin(el) * Math.cos(az), -Math.sin(el) * Math.sin(az), Math.cos(el)};
    }

    /** The pose whose {@link #towardViewer()} is the unit vector {@code c} (azimuth 0 when looking down an axis). */
    public static CameraPose looking(double[] c, double distance) {
        double el = Math.toDegrees(Math.asin(Math.max(-1, Math.min(1, c[2]))));
        double horizontal = Math.hypot(c[0], c[1]);
        double az = horizontal < 1e-12 ? 0 : Math.toDegrees(Math.atan2(c[1], c[0]));
        return new CameraPose(az, el, distance);
    }
}
