package org.tokensphere.app.view3d;

import java.util.Arrays;

/**
 * Arrays of one {@code TriangleMesh} that draws the positions of the last F frames as small
 * flat triangles ("dabs"), fading with age.
 *
 * <p>A ring of F slots of n dabs. Each frame only the oldest slot is overwritten with the
 * current positions and becomes the newest. Fading costs no per-dab work: a dab of slot
 * {@code s} with colour {@code c} uses texture coordinate {@code s·K + c}, and only those F·K
 * texture coordinates are re-pointed each frame, slot {@code s} to the palette row of its age
 * (row 0 newest, row F−1 oldest; the image has one row per age, one column per colour).
 *
 * <p>With a stride k > 1 only tokens 0, k, 2k, … leave a trail, to bound the number of dabs.
 *
 * <p>A dab is an equilateral triangle of circumradius r centred on the position and facing the
 * viewer as the camera was when it was written (see {@link TokenMeshBuilder#fillSprites}).
 * Dabs on the sphere's far side are collapsed to a point and so not drawn: the trails write no
 * depth, so they would show through at full strength and be read as the near side's.
 * Plain data, no scene graph; nothing allocates unless n, F or K grow.
 */
public final class TrailMeshBuilder {

    /** Mesh points per dab. */
    public static final int POINTS_PER_DAB = 3;
    /** Floats per dab in the points array. */
    public static final int POINT_FLOATS_PER_DAB = 3 * POINTS_PER_DAB;
    /** Ints per dab in the faces array (one triangle, point and texcoord index per corner). */
    public static final int FACE_INTS_PER_DAB = 6;

    private float[] points = new float[0];
    private int[] faces = new int[0];
    private float[] texCoords = new float[0];
    private int[] slotColors = new int[0];
    /** Tokens that leave a trail: ⌈n / stride⌉. */
    private int count = -1;
    private int tokens = -1;
    private int stride = 1;
    private int frames;
    private int paletteSize;
    private int head;
    private final float[] scratch = new float[3];

    /** True if the arrays already describe n tokens, F frames, K colours and this stride. */
    public boolean matches(int n, int frames, int paletteSize, int stride) {
        return n == tokens && frames == this.frames && paletteSize == this.paletteSize
                && stride == this.stride;
    }

    /** Smallest stride that keeps {@code n} tokens × {@code frames} within {@code maxDabs}. */
    public static int strideFor(int n, int frames, int maxDabs) {
        long dabs = (long) n * frames;
        return (int) Math.max(1, (dabs + maxDabs - 1) / maxDabs);
    }

    /**
     * Starts a new trail: every slot holds the current positions.
     *
     * @param xyz positions, {@code xyz[3i..3i+2]}; not modified
     * @param colorIndex palette index per token or null for all 0; clamped into [0, K)
     * @param frames number of slots F, at least 1
     * @param paletteSize number of colours K, at least 1
     * @param stride only every stride-th token leaves a trail, at least 1
     * @param radius dab circumradius, scene units
     * @param view the viewer's right and up vectors, near and far side; not modified
     */
    public void reset(float[] xyz, int n, int[] colorIndex, int frames, int paletteSize,
            int stride, float radius, ViewFrame view) {
        if (n < 0 || frames < 1 || paletteSize < 1 || stride < 1) {
            throw new IllegalArgumentException("n=" + n + " frames=" + frames + " K=" + paletteSize
                    + " stride=" + stride);
        }
        int m = (n + stride - 1) / stride; // tokens that leave a trail
        this.tokens = n;
        this.stride = stride;
        this.count = m;
        this.frames = frames;
        this.paletteSize = paletteSize;
        int dabs = m * frames;
        if (points.length < dabs * POINT_FLOATS_PER_DAB) {
            points = new float[dabs * POINT_FLOATS_PER_DAB];
            faces = new int[dabs * FACE_INTS_PER_DAB];
            slotColors = new int[dabs];
        }
        if (texCoords.length < 2 * frames * paletteSize) {
            texCoords = new float[2 * frames * paletteSize];
        }
        for (int s = 0; s < frames; s++) {
            fillDabs(xyz, m, stride, radius, view, s * m * POINT_FLOATS_PER_DAB);
            for (int i = 0; i < m; i++) {
                int d = s * m + i;
                int f = d * FACE_INTS_PER_DAB;
                faces[f] = 3 * d;
                faces[f + 2] = 3 * d + 1;
                faces[f + 4] = 3 * d + 2;
                slotColors[d] = -1;
            }
            writeFaceColors(s, colorIndex);
        }
        head = frames - 1;
        writeAges();
    }

    /**
     * Overwrites the oldest slot with the current positions; it becomes the newest.
     * Requires {@link #matches} for the same n, F, K (call {@link #reset} otherwise).
     *
     * @return true if that slot's faces changed (a token's colour differs from F frames ago)
     */
    public boolean push(float[] xyz, int[] colorIndex, float radius, ViewFrame view) {
        head = (head + 1) % frames;
        fillDabs(xyz, count, stride, radius, view, head * count * POINT_FLOATS_PER_DAB);
        boolean facesChanged = writeFaceColors(head, colorIndex);
        writeAges();
        return facesChanged;
    }

    private boolean writeFaceColors(int slot, int[] colorIndex) {
        boolean changed = false;
        for (int i = 0, d = slot * count; i < count; i++, d++) {
            int c = TokenMeshBuilder.clamp(colorIndex == null ? 0 : colorIndex[i * stride], paletteSize);
            if (c != slotColors[d]) {
                slotColors[d] = c;
                int t = slot * paletteSize + c;
                int f = d * FACE_INTS_PER_DAB;
                faces[f + 1] = t;
                faces[f + 3] = t;
                faces[f + 5] = t;
                changed = true;
            }
        }
        return changed;
    }

    private void writeAges() {
        for (int s = 0; s < frames; s++) {
            int age = Math.floorMod(head - s, frames);
            float v = (age + 0.5f) / frames;
            for (int c = 0; c < paletteSize; c++) {
                int t = 2 * (s * paletteSize + c);
                texCoords[t] = (c + 0.5f) / paletteSize;
                texCoords[t + 1] = v;
            }
        }
    }

    /**
     * Turns every dab to face the given view, keeping its centre (the corners' mean).
     * For a paused trail seen from a turning camera. Allocates nothing.
     */
    public void reaim(float radius, ViewFrame view) {
        float[] centre = scratch;
        for (int o = 0, end = pointsLength(); o < end; o += POINT_FLOATS_PER_DAB) {
            for (int k = 0; k < 3; k++) {
                centre[k] = (points[o + k] + points[o + 3 + k] + points[o + 6 + k]) / 3f;
            }
            fillDabs(centre, 1, 1, radius, view, o);
        }
    }

    /** Sprites for tokens 0, stride, 2·stride, … from {@code offset}; far-side ones collapsed. */
    private void fillDabs(float[] xyz, int n, int stride, float radius, ViewFrame view, int offset) {
        TokenMeshBuilder.fillSprites(xyz, n, stride, radius, view.right, view.up, points, offset);
        for (int i = 0, s = 0, o = offset; i < n; i++, s += 3 * stride, o += POINT_FLOATS_PER_DAB) {
            if (view.isFar(xyz[s], xyz[s + 1], xyz[s + 2])) {
                for (int corner = 0; corner < 3; corner++) {
                    points[o + 3 * corner] = xyz[s];
                    points[o + 3 * corner + 1] = xyz[s + 1];
                    points[o + 3 * corner + 2] = xyz[s + 2];
                }
            }
        }
    }

    /** Slot written by the last {@link #reset} or {@link #push}. */
    public int headSlot() {
        return head;
    }

    /** First float of slot {@code s} in {@link #points()}. */
    public int slotPointsOffset(int s) {
        return s * count * POINT_FLOATS_PER_DAB;
    }

    /** Floats per slot in {@link #points()}. */
    public int slotPointsLength() {
        return count * POINT_FLOATS_PER_DAB;
    }

    /** First int of slot {@code s} in {@link #faces()}. */
    public int slotFacesOffset(int s) {
        return s * count * FACE_INTS_PER_DAB;
    }

    /** Ints per slot in {@link #faces()}. */
    public int slotFacesLength() {
        return count * FACE_INTS_PER_DAB;
    }

    /** Mesh points; the first {@link #pointsLength()} are valid. */
    public float[] points() {
        return points;
    }

    public int pointsLength() {
        return Math.max(count, 0) * frames * POINT_FLOATS_PER_DAB;
    }

    /** Mesh faces, {@code VertexFormat.POINT_TEXCOORD}; the first {@link #facesLength()} are valid. */
    public int[] faces() {
        return faces;
    }

    public int facesLength() {
        return Math.max(count, 0) * frames * FACE_INTS_PER_DAB;
    }

    /** Mesh texture coordinates, F·K pairs; the first {@link #texCoordsLength()} are valid. */
    public float[] texCoords() {
        return texCoords;
    }

    public int texCoordsLength() {
        return 2 * frames * paletteSize;
    }

    /** Opacity of a dab of age {@code age} (0 newest) in a trail of {@code frames} frames. */
    public static double fadeAlpha(int age, int frames) {
        return 0.85 * (frames - age) / frames;
    }
}
