package org.tokensphere.app.view3d;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TokenMeshBuilderTest {

    private static final long SEED = 20240611L;
    /** A tilted, turned view without a far side, and the same seen from distance 5. */
    private static final ViewFrame VIEW = new ViewFrame();
    private static final ViewFrame FROM_5 = new ViewFrame();
    private static final float[] RIGHT = VIEW.right;
    private static final float[] UP = VIEW.up;
    private static final float[] TOWARDS_VIEWER = VIEW.towardsViewer;

    static {
        VIEW.set(90 + 25, -40, Double.NEGATIVE_INFINITY);
        FROM_5.set(90 + 25, -40, 1 / 5.0);
    }

    private static float[] randomPositions(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        float[] xyz = new float[3 * n];
        for (int i = 0; i < 3 * n; i++) {
            xyz[i] = (float) (2 * rng.nextDouble() - 1);
        }
        return xyz;
    }

    @Test
    void arraySizesFollowTheCount() {
        TokenMeshBuilder b = new TokenMeshBuilder();
        assertTrue(b.setCount(7));
        b.setColors(new float[21], null, 5, VIEW);
        assertEquals(7 * 9, b.pointsLength());
        assertEquals(7 * 6, b.facesLength());
        assertEquals(2 * 5 * 3 * 2, b.texCoordsLength(), "three corners per cell, front and back cells");
        assertTrue(b.points().length >= b.pointsLength());
        assertTrue(b.faces().length >= b.facesLength());
    }

    @Test
    void spriteIsCentredOnTheTokenAndFacesTheViewer() {
        int n = 50;
        float r = 0.02f;
        float[] xyz = randomPositions(n, SEED);
        TokenMeshBuilder b = new TokenMeshBuilder();
        b.setCount(n);
        b.fillPoints(xyz, r, VIEW);
        float[] p = b.points();
        float[] view = cross(RIGHT, UP);
        assertArrayEquals(TOWARDS_VIEWER, view, 1e-6f, "towards the viewer is right × up");
        for (int i = 0; i < n; i++) {
            double[] mean = new double[3];
            for (int v = 0; v < 3; v++) {
                double d2 = 0;
                double along = 0;
                for (int k = 0; k < 3; k++) {
                    double d = p[9 * i + 3 * v + k] - xyz[3 * i + k];
                    mean[k] += p[9 * i + 3 * v + k] / 3.0;
                    d2 += d * d;
                    along += d * view[k];
                }
                assertEquals(2 * r, Math.sqrt(d2), 1e-6, "circumradius 2r, corner " + v);
                assertEquals(0, along, 1e-6, "corner in the screen plane");
            }
            for (int k = 0; k < 3; k++) {
                assertEquals(xyz[3 * i + k], mean[k], 1e-6, "centre of token " + i);
            }
            // corner 0 is straight up
            double upness = 0;
            for (int k = 0; k < 3; k++) {
                upness += (p[9 * i + k] - xyz[3 * i + k]) * UP[k];
            }
            assertEquals(2 * r, upness, 1e-6);
        }
    }

    @Test
    void faceOfATokenUsesItsPointsAndItsColoursCell() {
        int n = 4;
        float[] xyz = randomPositions(n, SEED);
        TokenMeshBuilder b = new TokenMeshBuilder();
        b.setCount(n);
        assertTrue(b.setColors(xyz, new int[] {0, 2, 1, 9}, 3, VIEW));
        int[] f = b.faces();
        int[] expectedColour = {0, 2, 1, 2}; // 9 clamped to the last colour
        for (int face = 0; face < n; face++) {
            int token = TokenMeshBuilder.tokenOfFace(face);
            assertEquals(face, token);
            for (int corner = 0; corner < 3; corner++) {
                assertEquals(3 * token + corner, f[6 * face + 2 * corner], "point");
                assertEquals(3 * expectedColour[token] + corner, f[6 * face + 2 * corner + 1], "texcoord");
            }
        }
        assertFalse(b.setColors(xyz, new int[] {0, 2, 1, 9}, 3, VIEW),
                "same colours: nothing changed");
        assertTrue(b.setColors(xyz, null, 3, VIEW));
        assertEquals(0, f[6 * 3 + 1]);
    }

    @Test
    void tokensOnTheFarSideUseTheDimmedCell() {
        float[] xyz = new float[9];
        for (int k = 0; k < 3; k++) {
            xyz[k] = TOWARDS_VIEWER[k];              // facing the viewer
            xyz[3 + k] = -TOWARDS_VIEWER[k];         // straight behind
            xyz[6 + k] = 0.1f * TOWARDS_VIEWER[k] + RIGHT[k]; // just behind the limb
        }
        TokenMeshBuilder b = new TokenMeshBuilder();
        b.setCount(3);
        b.setColors(xyz, new int[] {1, 1, 0}, 2, FROM_5);
        int[] f = b.faces();
        assertEquals(3 * 1, f[1], "front: cell c");
        assertEquals(3 * (2 + 1), f[6 + 1], "back: cell K + c");
        assertEquals(3 * (2 + 0), f[12 + 1], "behind the silhouette: back cell");
        assertEquals(2 * 2, b.atlas().colours());
    }

    @Test
    void noAllocationWhileTheCountIsUnchanged() {
        int n = 1000;
        TokenMeshBuilder b = new TokenMeshBuilder();
        int[] colours = new int[n];
        assertTrue(b.setCount(n));
        b.fillPoints(randomPositions(n, SEED), 0.02f, VIEW);
        b.setColors(new float[3 * n], colours, 3, VIEW);
        float[] points = b.points();
        float[] tex = b.texCoords();
        int[] faces = b.faces();
        int[] facesCopy = faces.clone();
        for (int frame = 0; frame < 5; frame++) {
            assertFalse(b.setCount(n));
            b.fillPoints(randomPositions(n, SEED + frame), 0.02f, VIEW);
            assertFalse(b.setColors(new float[3 * n], colours, 3, VIEW));
            assertSame(points, b.points());
            assertSame(tex, b.texCoords());
            assertSame(faces, b.faces());
        }
        assertArrayEquals(facesCopy, b.faces(), "faces untouched while colours are unchanged");
        colours[7] = 2;
        assertTrue(b.setColors(new float[3 * n], colours, 3, VIEW));
        assertSame(faces, b.faces());
        assertTrue(b.setCount(n / 2), "shrinking changes the topology");
        assertSame(points, b.points(), "but keeps the buffers");
        assertSame(faces, b.faces());
    }

    private static float[] cross(float[] a, float[] b) {
        return new float[] {
            a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }
}
