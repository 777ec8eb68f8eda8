package org.tokensphere.app.view3d;

/**
 * Layout of the token texture: one square cell per palette colour, in a grid of
 * {@link #cols()} × {@link #rows()} cells (kept near square so a 256-colour palette still
 * fits a small image). Each cell holds a disc of radius 1/4 cell centred in it, transparent
 * around it. A token is an equilateral triangle of circumradius 2r around its disc of radius
 * r; its three corners map to the cell points (½, 0), (½ − √3/4, ¾), (½ + √3/4, ¾) (cell
 * units, v down), so the disc is the triangle's inscribed circle. Plain data.
 */
public final class SpriteAtlas {

    private static final float HALF_SQRT3 = 0.8660254f;
    /** Corner positions inside a cell (s, t), in the order of {@link TokenMeshBuilder}'s corners. */
    static final float[] CORNER_S = {0.5f, 0.5f - HALF_SQRT3 / 2, 0.5f + HALF_SQRT3 / 2};
    static final float[] CORNER_T = {0f, 0.75f, 0.75f};

    private final int colours;
    private final int cols;
    private final int rows;

    /** Layout for a palette of {@code colours} ≥ 1 colours. */
    public SpriteAtlas(int colours) {
        if (colours < 1) {
            throw new IllegalArgumentException("colours < 1: " + colours);
        }
        this.colours = colours;
        this.cols = (int) Math.ceil(Math.sqrt(colours));
        this.rows = (colours + cols - 1) / cols;
    }

    public int colours() {
        return colours;
    }

    public int cols() {
        return cols;
    }

    public int rows() {
        return rows;
    }

    /** Texture u of corner {@code corner} (0..2) of a token of colour {@code c}. */
    public float u(int c, int corner) {
        return ((c % cols) + CORNER_S[corner]) / cols;
    }

    /** Texture v of corner {@code corner} (0..2) of a token of colour {@code c}. */
    public float v(int c, int corner) {
        return ((c / cols) + CORNER_T[corner]) / rows;
    }

    /**
     * Writes the {@code 3·colours} texture coordinates (u, v pairs) into {@code out}:
     * index {@code 3c + corner} belongs to corner {@code corner} of colour {@code c}.
     */
    public void fillTexCoords(float[] out) {
        for (int c = 0; c < colours; c++) {
            for (int k = 0; k < 3; k++) {
                out[2 * (3 * c + k)] = u(c, k);
                out[2 * (3 * c + k) + 1] = v(c, k);
            }
        }
    }
}
