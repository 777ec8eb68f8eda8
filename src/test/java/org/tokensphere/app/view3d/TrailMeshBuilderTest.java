package org.tokensphere.app.view3d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TrailMeshBuilderTest {

    private static final float[] TWO = {0.6f, 0f, 0.8f, 0f, 0f, -1f};

    private static final float[] RIGHT = {1f, 0f, 0f};
    private static final float[] UP = {0f, 0f, 1f};

    @Test
    void reaimKeepsTheCentresAndTurnsTheDabs() {
        TrailMeshBuilder b = new TrailMeshBuilder();
        b.reset(TWO, 2, null, 2, 1, 1, 0.01f, RIGHT, UP);
        float[] newRight = {0f, 1f, 0f};
        b.reaim(0.01f, newRight, UP);
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
        b.reset(TWO, 2, new int[] {0, 1}, frames, k, 1, 0.01f, RIGHT, UP);
        assertTrue(b.matches(2, frames, k, 1));
        assertEquals(2 * frames * 9, b.pointsLength());
        assertEquals(2 * frames * 6, b.facesLength());
        assertEquals(2 * frames * k, b.texCoordsLength());
        float[] points = b.points();
        int[] faces = b.faces();
        float[] tex = b.texCoords();

        float[] moved = {0f, 1f, 0f, 1f, 0f, 0f};
        assertFalse(b.push(moved, new int[] {0, 1}, 0.01f, RIGHT, UP), "colours unchanged");
        int s = b.headSlot();
        assertEquals(0, s, "ring wraps to slot 0");
        assertEquals(1f, (points[b.slotPointsOffset(s) + 1] + points[b.slotPointsOffset(s) + 4]
                + points[b.slotPointsOffset(s) + 7]) / 3, 1e-6);
        // texcoord of (slot, colour) sits on the row of that slot's age: newest row 0
        for (int slot = 0; slot < frames; slot++) {
            int age = Math.floorMod(s - slot, frames);
            assertEquals((age + 0.5f) / frames, tex[2 * (slot * k) + 1], 1e-7, "slot " + slot);
        }
        assertTrue(b.push(moved, new int[] {1, 1}, 0.01f, RIGHT, UP), "token 0 changed colour");
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
        b.reset(xyz, 5, new int[] {0, 1, 1, 0, 1}, 2, 2, 2, 0.01f, RIGHT, UP);
        assertEquals(3 * 2 * 9, b.pointsLength(), "tokens 0, 2, 4 in 2 slots");
        float[] p = b.points();
        for (int d = 0; d < 3; d++) {
            assertEquals(2 * d, (p[9 * d] + p[9 * d + 3] + p[9 * d + 6]) / 3, 1e-6, "dab of token " + 2 * d);
        }
        assertEquals(1, b.faces()[6 * 1 + 1], "dab 1 is token 2's colour 1 in slot 0");
        assertTrue(b.matches(5, 2, 2, 2));
    }
}
