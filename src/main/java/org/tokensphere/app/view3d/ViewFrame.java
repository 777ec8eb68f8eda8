package org.tokensphere.app.view3d;

/**
 * Where the viewer looks from, in world coordinates: what the sprite builders need to face
 * the viewer and to tell the sphere's near side from its far side. Plain data, filled in place
 * (no allocation per frame); the arrays are read-only for everyone but {@link #set}.
 */
public final class ViewFrame {

    /** Unit vector pointing right on screen. */
    public final float[] right = {1f, 0f, 0f};
    /** Unit vector pointing up on screen. */
    public final float[] up = {0f, 0f, 1f};
    /** Unit vector from the scene towards the viewer, {@code right × up}. */
    public final float[] towardsViewer = {0f, -1f, 0f};
    private float farBelow = Float.NEGATIVE_INFINITY;

    /**
     * Sets the frame for a world turned by {@code tilt} (degrees about JavaFX X) after
     * {@code spin} (degrees about world z), see {@link CameraRig}.
     *
     * @param farBelow a point x is on the far side if {@code x·towardsViewer < farBelow}:
     *     1/(camera distance) for a unit sphere seen from that distance, −∞ for no far side
     */
    public void set(double tiltDeg, double spinDeg, double farBelow) {
        CameraRig.viewAxes(tiltDeg, spinDeg, right, up);
        towardsViewer[0] = right[1] * up[2] - right[2] * up[1];
        towardsViewer[1] = right[2] * up[0] - right[0] * up[2];
        towardsViewer[2] = right[0] * up[1] - right[1] * up[0];
        this.farBelow = (float) farBelow;
    }

    /** True if the point (x, y, z) is hidden behind the unit sphere's near face. */
    public boolean isFar(float x, float y, float z) {
        return x * towardsViewer[0] + y * towardsViewer[1] + z * towardsViewer[2] < farBelow;
    }
}
