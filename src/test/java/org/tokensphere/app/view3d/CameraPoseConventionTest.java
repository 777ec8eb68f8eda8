package org.tokensphere.app.view3d;

import org.junit.jupiter.api.Test;
import org.tokensphere.app.viewmodel.CameraPose;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The 3D view's orbit camera turns a preset's camera into what the convention says is right and up on screen. */
class CameraPoseConventionTest {

    @Test
    void spinAndTiltOfAPoseShowTheConventionsRightAndUp() {
        float[] right = new float[3];
        float[] up = new float[3];
        for (double az = -360; az <= 360; az += 40) {
            for (double el = -90; el <= 90; el += 18) {
                CameraPose pose = new CameraPose(az, el, 4);
                // What CameraRig.setPose sets: spin = −az − 90°, tilt = 90° + el.
                CameraRig.viewAxes(90 + el, Math.IEEEremainder(-az - 90, 360), right, up);
                double[] r = pose.right();
                double[] u = pose.up();
                for (int k = 0; k < 3; k++) {
                    assertEquals(r[k], right[k], 1e-6, "right, az " + az + " el " + el);
                    assertEquals(u[k], up[k], 1e-6, "up, az " + az + " el " + el);
                }
            }
        }
    }
}
