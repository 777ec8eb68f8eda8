package org.tokensphere.app.view3d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Point3D;
import javafx.scene.transform.Rotate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpriteAtlasTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 12, 256, 257})
    void everyColourHasItsOwnCellAndTheDiscIsInscribed(int colours) {
        SpriteAtlas atlas = new SpriteAtlas(colours);
        assertTrue(atlas.cols() * atlas.rows() >= colours);
        assertTrue(atlas.cols() * (atlas.rows() - 1) < colours, "no empty row");
        for (int c = 0; c < colours; c++) {
            double cu = (c % atlas.cols() + 0.5) / atlas.cols();
            double cv = (c / atlas.cols() + 0.5) / atlas.rows();
            for (int k = 0; k < 3; k++) {
                double u = atlas.u(c, k);
                double v = atlas.v(c, k);
                assertTrue(u >= (c % atlas.cols()) / (double) atlas.cols() - 1e-6
                        && u <= (c % atlas.cols() + 1) / (double) atlas.cols() + 1e-6, "u in cell");
                assertTrue(v >= (c / atlas.cols()) / (double) atlas.rows() - 1e-6
                        && v <= (c / atlas.cols() + 1) / (double) atlas.rows() + 1e-6, "v in cell");
                // corners at twice the disc radius (a quarter cell) from the cell centre
                double du = (u - cu) * atlas.cols();
                double dv = (v - cv) * atlas.rows();
                assertEquals(0.5, Math.hypot(du, dv), 1e-6);
            }
        }
    }

    /** The sprite axes must be the inverse of the world transform tilt · spin applied to screen axes. */
    @ParameterizedTest
    @CsvSource({"90,0", "108,-30", "180,0", "0,45", "131,217"})
    void viewAxesMatchJavaFxRotations(double tiltDeg, double spinDeg) {
        Rotate tilt = new Rotate(tiltDeg, Rotate.X_AXIS);
        Rotate spin = new Rotate(spinDeg, Rotate.Z_AXIS);
        float[] right = new float[3];
        float[] up = new float[3];
        CameraRig.viewAxes(tiltDeg, spinDeg, right, up);
        Point3D r = tilt.createConcatenation(spin).transform(right[0], right[1], right[2]);
        Point3D u = tilt.createConcatenation(spin).transform(up[0], up[1], up[2]);
        assertEquals(1, r.getX(), 1e-6);
        assertEquals(0, r.getY(), 1e-6);
        assertEquals(0, r.getZ(), 1e-6);
        assertEquals(0, u.getX(), 1e-6);
        assertEquals(-1, u.getY(), 1e-6, "up on screen is JavaFX −Y");
        assertEquals(0, u.getZ(), 1e-6);
    }
}
