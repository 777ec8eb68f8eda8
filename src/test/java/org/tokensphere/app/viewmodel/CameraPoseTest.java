package org.tokensphere.app.viewmodel;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The presets' camera convention: where the camera is, and which way is right and up on screen. */
class CameraPoseTest {
    private static final double EPS = 1e-12;

    @Test
    void theCameraSitsWhereTheConventionSays() {
        assertArrayEquals(new double[] {1, 0, 0}, new CameraPose(0, 0, 4).towardViewer(), EPS);
        assertArrayEquals(new double[] {0, 1, 0}, new CameraPose(90, 0, 4).towardViewer(), EPS);
        assertArrayEquals(new double[] {0, 0, 1}, new CameraPose(0, 90, 4).towardViewer(), EPS);
        // From +x, looking back at the centre with the third axis up, the +y axis points right.
        assertArrayEquals(new double[] {0, 1, 0}, new CameraPose(0, 0, 4).right(), EPS);
        assertArrayEquals(new double[] {0, 0, 1}, new CameraPose(0, 0, 4).up(), EPS);
    }

    @Test
    void rightUpAndTowardTheViewerAreARightHandedFrame() {
        for (double az = -350; az <= 350; az += 35) {
            for (double el = -90; el <= 90; el += 15) {
                CameraPose p = new CameraPose(az, el, 4);
                double[] r = p.right();
                double[] u = p.up();
                double[] c = p.towardViewer();
                assertEquals(1, dot(r, r), EPS);
                assertEquals(1, dot(u, u), EPS);
                assertEquals(0, dot(r, u), EPS);
                assertEquals(0, dot(r, c), EPS);
                assertEquals(0, dot(u, c), EPS);
                assertArrayEquals(c, cross(r, u), 1e-12, "right × up points to the viewer");
                assertEquals(0, r[2], EPS, "the screen's right is horizontal: third axis up");
            }
        }
    }

    @Test
    void normalizedKeepsTheViewWithinThePresetRanges() {
        CameraPose n = new CameraPose(530, -120, 0.5).normalized();
        assertEquals(170, n.azimuth(), 1e-9);
        assertEquals(-90, n.elevation());
        assertEquals(CameraPose.MIN_DISTANCE, n.distance());
        assertEquals(180, new CameraPose(-180, 0, 4).normalized().azimuth());
        assertEquals(Double.doubleToLongBits(0.0),
                Double.doubleToLongBits(new CameraPose(-360, 0, 4).normalized().azimuth()), "no −0 in files");
    }

    @Test
    void lookingFromADirectionGivesThatPose() {
        CameraPose p = new CameraPose(-123, 37, 6);
        CameraPose back = CameraPose.looking(p.towardViewer(), 6);
        assertEquals(-123, back.azimuth(), 1e-9);
        assertEquals(37, back.elevation(), 1e-9);
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    private static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }
}
