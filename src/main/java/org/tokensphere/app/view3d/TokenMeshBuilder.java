package org.tokensphere.app.view3d;

import java.util.Arrays;

/**
 * Arrays of one {@code TriangleMesh} that draws every token as a camera-facing triangle
 * ("sprite") carrying a round shaded disc from a {@link SpriteAtlas} texture.
 *
 * <p>One triangle per token keeps 20 000 tokens interactive: Prism rebuilds its vertex buffer
 * from the whole mesh whenever the points change, and a software renderer pays per triangle;
 * an octahedron (8 triangles) measured 4–5× slower per frame here. The texture's transparent
 * corners are discarded by Prism's shader (diffuse alpha 0), so the token looks like a disc.
 *
 * <p>Plain data, no scene graph. Token {@code i} owns points {@code 3i..3i+2} and face
 * {@code i}; the face's texture coordinate indices {@code 3c..3c+2} select atlas cell c: its
 * colour, dimmed when the token is on the far side of the sphere.
 * Buffers only grow (capacity doubles): as long as the token count does not grow past the
 * capacity, no method allocates, and while count and colours are unchanged the faces array is
 * not touched.
 */
public final class TokenMeshBuilder {

    /** Mesh points per token (triangle corners). */
    public static final int POINTS_PER_TOKEN = 3;
    /** Mesh faces per token. */
    public static final int FACES_PER_TOKEN = 1;
    /** Floats per token in the points array. */
    public static final int POINT_FLOATS_PER_TOKEN = 3 * POINTS_PER_TOKEN;
    /** Ints per token in the faces array (point index, texcoord index per corner). */
    public static final int FACE_INTS_PER_TOKEN = 6 * FACES_PER_TOKEN;

    private static final float SQRT3 = 1.7320508f;

    private float[] points = new float[0];
    private int[] faces = new int[0];
    private int[] colorOfToken = new int[0];
    private float[] texCoords = new float[0];
    private SpriteAtlas atlas;
    private int capacity;
    private int count = -1;
    private boolean coloursStale = true;

    /**
     * Sets the number of tokens described by the arrays.
     *
     * @return true if the lengths of the points and faces arrays changed, i.e. the mesh
     *     topology has to be copied again; false if {@code n} equals the current count
     */
    public boolean setCount(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n < 0: " + n);
        }
        if (n == count) {
            return false;
        }
        if (n > capacity) {
            int newCapacity = Math.max(n, 2 * capacity);
            points = Arrays.copyOf(points, newCapacity * POINT_FLOATS_PER_TOKEN);
            faces = Arrays.copyOf(faces, newCapacity * FACE_INTS_PER_TOKEN);
            colorOfToken = Arrays.copyOf(colorOfToken, newCapacity);
            for (int i = capacity; i < newCapacity; i++) {
                for (int k = 0; k < 3; k++) {
                    faces[FACE_INTS_PER_TOKEN * i + 2 * k] = POINTS_PER_TOKEN * i + k;
                }
            }
            capacity = newCapacity;
        }
        count = n;
        coloursStale = true;
        return true;
    }

    /**
     * Writes the sprite corners of the first {@link #count()} tokens into {@link #points()}.
     *
     * @param xyz token centres, {@code xyz[3i..3i+2]}; not modified
     * @param radius disc radius on screen, scene units (the triangle's circumradius is 2r)
     * @param view the viewer's right and up vectors; not modified
     */
    public void fillPoints(float[] xyz, float radius, ViewFrame view) {
        fillSprites(xyz, count(), 1, 2 * radius, view.right, view.up, points, 0);
    }

    /**
     * The kernel of {@link #fillPoints}: writes {@code 9 n} floats into {@code out} from
     * {@code offset}, the corners of an equilateral triangle of circumradius
     * {@code circumradius} centred on each position and facing the viewer: corner 0 up,
     * corner 1 lower left, corner 2 lower right. Allocates nothing.
     */
    public static void fillSprites(float[] xyz, int n, float circumradius, float[] right,
            float[] up, float[] out, int offset) {
        fillSprites(xyz, n, 1, circumradius, right, up, out, offset);
    }

    /**
     * As {@link #fillSprites(float[], int, float, float[], float[], float[], int)} for the
     * tokens {@code 0, stride, 2·stride, …} ({@code n} of them).
     */
    public static void fillSprites(float[] xyz, int n, int stride, float circumradius,
            float[] right, float[] up, float[] out, int offset) {
        // corner offsets: 2r·up, −√3 r·right − r·up, √3 r·right − r·up with r = circumradius/2
        float r = circumradius / 2;
        float ux = 2 * r * up[0];
        float uy = 2 * r * up[1];
        float uz = 2 * r * up[2];
        float ax = -SQRT3 * r * right[0] - r * up[0];
        float ay = -SQRT3 * r * right[1] - r * up[1];
        float az = -SQRT3 * r * right[2] - r * up[2];
        float bx = SQRT3 * r * right[0] - r * up[0];
        float by = SQRT3 * r * right[1] - r * up[1];
        float bz = SQRT3 * r * right[2] - r * up[2];
        int step = 3 * stride;
        for (int i = 0, s = 0, o = offset; i < n; i++, s += step, o += POINT_FLOATS_PER_TOKEN) {
            float x = xyz[s];
            float y = xyz[s + 1];
            float z = xyz[s + 2];
            out[o] = x + ux;
            out[o + 1] = y + uy;
            out[o + 2] = z + uz;
            out[o + 3] = x + ax;
            out[o + 4] = y + ay;
            out[o + 5] = z + az;
            out[o + 6] = x + bx;
            out[o + 7] = y + by;
            out[o + 8] = z + bz;
        }
    }

    /**
     * Points each token's face at its palette cell: the near-side cell {@code c}, or the dimmed
     * cell {@code K + c} for a token on the far side of the sphere ({@link ViewFrame#isFar});
     * the atlas has 2K cells, see {@link SpriteAtlas}.
     *
     * @param xyz token centres, {@code xyz[3i..3i+2]}; not modified
     * @param colorIndex palette index per token (length at least {@link #count()}), or null for
     *     all 0; indices outside {@code [0, paletteSize)} are clamped; not modified
     * @param paletteSize number of colours K, at least 1
     * @param view tells near from far side; not modified
     * @return true if the faces or the texture coordinates changed (copy both to the mesh)
     */
    public boolean setColors(float[] xyz, int[] colorIndex, int paletteSize, ViewFrame view) {
        boolean changed = false;
        if (atlas == null || atlas.colours() != 2 * paletteSize) {
            atlas = new SpriteAtlas(2 * paletteSize);
            texCoords = new float[6 * atlas.colours()];
            atlas.fillTexCoords(texCoords);
            coloursStale = true;
            changed = true;
        }
        for (int i = 0, n = count(); i < n; i++) {
            int c = clamp(colorIndex == null ? 0 : colorIndex[i], paletteSize);
            if (view.isFar(xyz[3 * i], xyz[3 * i + 1], xyz[3 * i + 2])) {
                c += paletteSize;
            }
            if (coloursStale || c != colorOfToken[i]) {
                colorOfToken[i] = c;
                int f = FACE_INTS_PER_TOKEN * i;
                faces[f + 1] = 3 * c;
                faces[f + 3] = 3 * c + 1;
                faces[f + 5] = 3 * c + 2;
                changed = true;
            }
        }
        coloursStale = false;
        return changed;
    }

    /** {@code c} clamped into {@code [0, k)}. */
    static int clamp(int c, int k) {
        return c < 0 ? 0 : (c >= k ? k - 1 : c);
    }

    /** Number of tokens the arrays currently describe (0 before the first {@link #setCount}). */
    public int count() {
        return Math.max(count, 0);
    }

    /** Mesh points; the first {@link #pointsLength()} floats are valid. */
    public float[] points() {
        return points;
    }

    /** {@code 9 · count}. */
    public int pointsLength() {
        return count() * POINT_FLOATS_PER_TOKEN;
    }

    /** Mesh faces, {@code VertexFormat.POINT_TEXCOORD}; the first {@link #facesLength()} are valid. */
    public int[] faces() {
        return faces;
    }

    /** {@code 6 · count}. */
    public int facesLength() {
        return count() * FACE_INTS_PER_TOKEN;
    }

    /** Texture coordinates of the atlas (3 per cell, 2K cells), valid after {@link #setColors}. */
    public float[] texCoords() {
        return texCoords;
    }

    /** {@code 6 · 2K}. */
    public int texCoordsLength() {
        return texCoords.length;
    }

    /** Atlas layout used by the texture coordinates (null before {@link #setColors}). */
    public SpriteAtlas atlas() {
        return atlas;
    }

    /** Token that owns mesh face {@code face} (as reported by a pick), or −1. */
    public static int tokenOfFace(int face) {
        return face < 0 ? -1 : face / FACES_PER_TOKEN;
    }
}
