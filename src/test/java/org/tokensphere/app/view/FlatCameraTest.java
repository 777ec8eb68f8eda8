package org.tokensphere.app.view;

import org.junit.jupiter.api.Test;
import org.tokensphere.app.viewmodel.CameraPose;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The software view takes a preset's camera and gives it back. */
class FlatCameraTest {

    @Test
    void aPoseSetIsThePoseRead() {
        FlatRenderer r = new FlatRenderer();
        for (double az = -170; az <= 180; az += 35) {
            for (double el = -90; el <= 90; el += 30) {
                CameraPose set = new CameraPose(az, el, 5);
                r.setPose(set);
                CameraPose read = r.pose();
                assertEquals(az, read.azimuth(), 1e-9, "azimuth at el " + el);
                assertEquals(el, read.elevation(), 1e-9);
                assertEquals(5, read.distance(), 1e-9);
            }
        }
    }

    @Test
    void aDistanceBeyondTheZoomRangeIsReadAtItsLimit() {
        FlatRenderer r = new FlatRenderer();
        r.setPose(new CameraPose(0, 0, 100));
        assertEquals(FlatCamera.ZOOM_AT_UNIT_DISTANCE / 0.3, r.pose().distance(), 1e-9);
    }
}
