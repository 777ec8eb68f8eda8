package org.tokensphere.app.view3d;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.geometry.Point3D;
import javafx.scene.transform.Rotate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AxisArrowsTest {

    @ParameterizedTest
    @CsvSource({"0,1,0", "0,-1,0", "1,0,0", "0,0,1", "0,0,-1", "0.3,-0.5,0.81", "-2,1,3"})
    void aimTakesPlusYOntoTheAxis(double x, double y, double z) {
        Rotate r = new Rotate();
        AxisArrows.aim(r, x, y, z);
        Point3D tip = r.transform(0, 1, 0);
        double len = Math.sqrt(x * x + y * y + z * z);
        assertEquals(x / len, tip.getX(), 1e-9);
        assertEquals(y / len, tip.getY(), 1e-9);
        assertEquals(z / len, tip.getZ(), 1e-9);
    }
}
