package org.tokensphere.app.view3d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Point3D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.shape.Cylinder;
import javafx.scene.transform.Rotate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AxisArrowsTest {

    /**
     * Tokens first: with the arrows clear of the sphere (the default, window and exports), no visible part of any
     * arrow comes within the unit ball along its axis, where a cluster on the axis sits; switched off, one shaft
     * runs through the centre.
     */
    @Test
    void arrowsClearOfTheSphereLeaveTheUnitBallFree() {
        AxisArrows arrows = new AxisArrows();
        Group root = (Group) arrows.node();
        for (Node arrow : root.getChildren()) {
            for (Cylinder c : cylinders(arrow)) {
                double from = c.getTranslateY() - c.getHeight() / 2;
                double to = c.getTranslateY() + c.getHeight() / 2;
                assertTrue(from >= 1 || to <= -1, "a shaft from " + from + " to " + to);
            }
        }
        arrows.setClearOfSphere(false);
        boolean throughCentre = false;
        for (Node arrow : root.getChildren()) {
            for (Cylinder c : cylinders(arrow)) {
                throughCentre |= c.getTranslateY() - c.getHeight() / 2 < 0 && c.getTranslateY() + c.getHeight() / 2 > 0;
            }
        }
        assertTrue(throughCentre, "switched off, the arrows run through the centre");
    }

    /** The visible cylinders (shafts) of an arrow (the arrow itself shows only once its axis is set). */
    private static List<Cylinder> cylinders(Node arrow) {
        List<Cylinder> out = new ArrayList<>();
        if (arrow instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                if (child instanceof Cylinder c && c.isVisible()) {
                    out.add(c);
                } else if (child.isVisible()) {
                    out.addAll(cylinders(child));
                }
            }
        }
        return out;
    }

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
