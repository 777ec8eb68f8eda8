package org.tokensphere.app.view3d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TrailMeshBuilderTest {

    private static final float[] TWO = {0.6f, 0f, 0.8f, 0f, 0f, -1f};

    /** Looking along +y (elevation 0, azimuth 0): right = +x, up = +z; no far side. */
    private static final ViewFrame VIEW = new ViewFrame();
    /** Looking along +x instead: right = −y. */
    private static final ViewFrame TURNED = new ViewFrame();

    static {
        VIEW.set(90, 0, Double.NEGATIVE_INFINITY);
        TURNED.set(90, -90, Double.NEGATIVE_INFINITY);
    }

    @Test
    void reaimKeepsTheCentresAndTurnsTheDabs() {
        TrailMeshBuilder b = new TrailMeshBuilder();
        b.reset(TWO, 2, null, 2, 1, 1, 0.01f, VIEW);
        b.reaim(0.01f, TURNED);
        float[] p = b.points();
        for (int d = 0; d < 4; d++) {
            int token = d % 2;
            for (int k = 0; k < 3; k++) {
                double mean = (p[9 * d + k] + p[9 * d + 3 + k] + p[9 * d + 6 + k]) / 3;
                assertEquals(TWO[3 * token + k], mean, 1e-6);
            }
            assertEquals(TWO[3 * token], p[9 * d + 3], 1e-6, "corners now move along y, not x");
        }
    }

    @Test
    void pushOverwritesTheOldestSlotAndAgesTheRest() {
        int frames = 3;
        int k = 2;
        TrailMeshBuilder b = new TrailMeshBuilder();
        b.reset(TWO, 2, new int[] {0, 1}, frames, k, 1, 0.01f, VIEW);
        assertTrue(b.matches(2, frames, k, 1));
        assertEquals(2 * frames * 9, b.pointsLength());
        assertEquals(2 * frames * 6, b.facesLength());
        assertEquals(2 * frames * k, b.texCoordsLength());
        float[] points = b.points();
        int[] faces = b.faces();
        float[] tex = b.texCoords();

        float[] moved = {0f, 1f, 0f, 1f, 0f, 0f};
        assertFalse(b.push(moved, new int[] {0, 1}, 0.01f, VIEW), "colours unchanged");
        int s = b.headSlot();
        assertEquals(0, s, "ring wraps to slot 0");
        assertEquals(1f, (points[b.slotPointsOffset(s) + 1] + points[b.slotPointsOffset(s) + 4]
                + points[b.slotPointsOffset(s) + 7]) / 3, 1e-6);
        // texcoord of (slot, colour) sits on the row of that slot's age: newest row 0
        for (int slot = 0; slot < frames; slot++) {
            int age = Math.floorMod(s - slot, frames);
            assertEquals((age + 0.5f) / frames, tex[2 * (slot * k) + 1], 1e-7, "slot " + slot);
        }
        assertTrue(b.push(moved, new int[] {1, 1}, 0.01f, VIEW), "token 0 changed colour");
        int f = b.slotFacesOffset(b.headSlot());
        assertEquals(b.headSlot() * k + 1, faces[f + 1]);
        assertSame(points, b.points());
        assertSame(faces, b.faces());
        assertSame(tex, b.texCoords());
    }

    @Test
    void aStrideKeepsTheDabCountWithinTheBudget() {
        assertEquals(1, TrailMeshBuilder.strideFor(5_000, 8, 40_000));
        assertEquals(4, TrailMeshBuilder.strideFor(20_000, 8, 40_000));
        assertEquals(20, TrailMeshBuilder.strideFor(100_000, 8, 40_000));
        float[] xyz = new float[3 * 5];
        for (int i = 0; i < 5; i++) {
            xyz[3 * i] = i; // token i at x = i
        }
        TrailMeshBuilder b = new TrailMeshBuilder();
        b.reset(xyz, 5, new int[] {0, 1, 1, 0, 1}, 2, 2, 2, 0.01f, VIEW);
        assertEquals(3 * 2 * 9, b.pointsLength(), "tokens 0, 2, 4 in 2 slots");
        float[] p = b.points();
        for (int d = 0; d < 3; d++) {
            assertEquals(2 * d, (p[9 * d] + p[9 * d + 3] + p[9 * d + 6]) / 3, 1e-6, "dab of token " + 2 * d);
        }
        assertEquals(1, b.faces()[6 * 1 + 1], "dab 1 is token 2's colour 1 in slot 0");
        assertTrue(b.matches(5, 2, 2, 2));
    }

    @Test
    void farSideDabsCollapseToTheirPosition() {
        ViewFrame fromFive = new ViewFrame();
        fromFive.set(90, 0, 1 / 5.0); // looking along +y: the far side is y > −0.2
        float[] xyz = {0f, -1f, 0f, 0f, 1f, 0f}; // near, far
        TrailMeshBuilder b = new TrailMeshBuilder();
        b.reset(xyz, 2, null, 1, 1, 1, 0.01f, fromFive);
        float[] p = b.points();
        assertEquals(0.015f, p[2] - p[5], 1e-6, "near dab keeps its size: corner 0 at +r, corner 1 at −r/2 along up");
        for (int corner = 0; corner < 3; corner++) {
            assertEquals(0f, p[9 + 3 * corner], 0f);
            assertEquals(1f, p[9 + 3 * corner + 1], 0f);
            assertEquals(0f, p[9 + 3 * corner + 2], 0f, "far dab is a point");
        }
    }
}
