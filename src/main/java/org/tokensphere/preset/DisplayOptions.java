package org.tokensphere.preset;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.tokensphere.model.TokenPairs;

import java.util.ArrayList;
import java.util.List;

/**
 * How a preset is shown: camera, colouring, trails, projection, rotation, the pairs whose scalar products are
 * plotted, and the playback speed. Every field has a default ({@link #DEFAULT}), so a preset may leave any out.
 *
 * @param camera     where the camera looks from
 * @param colouring  how tokens are coloured
 * @param palette    the colours of poles and clusters; written only when it is not the default, so a preset that
 *                   keeps the default reads in every TokenSphere of schema 2
 * @param trails     short trails behind the tokens
 * @param projection how {@code d > 3} is drawn in three dimensions
 * @param autoRotate true to turn the view slowly about the vertical axis
 * @param pairs      token index pairs {@code [i, j]} whose scalar products {@code ρ_ij(t)} are plotted
 * @param speed      simulated time per second of animation, in (0, 100]
 */
@JsonPropertyOrder({"camera", "colouring", "palette", "trails", "projection", "autoRotate", "pairs", "speed"})
public record DisplayOptions(Camera camera, Colouring colouring,
                             @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = Palette.IsDefault.class)
                             Palette palette, Trails trails, Projection projection, boolean autoRotate,
                             List<List<Integer>> pairs, double speed) {

    /**
     * The defaults: oblique view, pole colouring, the colour-blind-safe palette, no trails, first three
     * coordinates, the pair (0, 1), speed 1.
     */
    public static final DisplayOptions DEFAULT = new DisplayOptions(Camera.DEFAULT, Colouring.POLE, Trails.OFF,
            Projection.FIRST3, false, List.of(List.of(0, 1)), 1);

    /** The options with the default palette ({@link Palette#COLOURBLIND}). */
    public DisplayOptions(Camera camera, Colouring colouring, Trails trails, Projection projection,
                          boolean autoRotate, List<List<Integer>> pairs, double speed) {
        this(camera, colouring, Palette.DEFAULT, trails, projection, autoRotate, pairs, speed);
    }

    /** How tokens are coloured. */
    public enum Colouring {
        /** By the pole each token is nearest to, {@code sign⟨x_i, u⟩} with {@code ±u} the pole axis. */
        POLE,
        /** By each token's starting position, so mixing and separation stay visible. */
        INITIAL,
        /** By cluster (groups with {@code ρ > 1−δ}). */
        CLUSTER
    }

    /** The colours of the two poles and of the clusters. */
    public enum Palette {
        /** Okabe–Ito: vermillion and blue poles, clusters told apart with every kind of colour vision. */
        COLOURBLIND,
        /** The original red and blue. */
        REDBLUE;

        /** The palette a preset gets when it names none. */
        public static final Palette DEFAULT = COLOURBLIND;

        /** Jackson's filter that leaves the default palette out of a written preset. */
        static final class IsDefault {
            @Override
            public boolean equals(Object value) {
                return value == null || value == DEFAULT;
            }

            @Override
            public int hashCode() {
                return 0;
            }
        }
    }

    /** How tokens of {@code S^{d−1}}, {@code d > 3}, are drawn in three dimensions. */
    public enum Projection {
        /** The first three coordinates. */
        FIRST3,
        /** The three principal axes of the current positions. */
        PCA
    }

    /**
     * The camera, looking at the centre of the sphere from
     * {@code distance·(cos el cos az, cos el sin az, sin el)} in the drawn coordinates (the first three, or the
     * principal axes), with the third axis up.
     *
     * @param azimuth   degrees about the third axis, from the first axis, in [−360, 360]
     * @param elevation degrees above the plane of the first two axes, in [−90, 90] (90: looking down the third axis)
     * @param distance  distance from the centre in sphere radii, in [1.5, 20]
     */
    @JsonPropertyOrder({"azimuth", "elevation", "distance"})
    public record Camera(double azimuth, double elevation, double distance) {
        /** An oblique view from 4 radii. */
        public static final Camera DEFAULT = new Camera(30, 20, 4);

        public Camera {
            Limits.range("azimuth", azimuth, -360, 360);
            Limits.range("elevation", elevation, -90, 90);
            Limits.range("distance", distance, 1.5, 20);
        }
    }

    /**
     * Trails behind the tokens.
     *
     * @param on      true to draw them
     * @param seconds their length in seconds of animation, in [0, 60]
     */
    @JsonPropertyOrder({"on", "seconds"})
    public record Trails(boolean on, double seconds) {
        /** No trails (length 1 s when switched on). */
        public static final Trails OFF = new Trails(false, 1);

        public Trails {
            Limits.range("seconds", seconds, 0, 60);
        }
    }

    public DisplayOptions {
        if (camera == null || colouring == null || trails == null || projection == null || pairs == null) {
            throw new IllegalArgumentException("camera, colouring, trails, projection and pairs must all be given");
        }
        palette = palette == null ? Palette.DEFAULT : palette;
        if (pairs.size() > TokenPairs.MAX_LISTED) {
            throw new IllegalArgumentException("pairs: " + pairs.size() + " pairs, at most " + TokenPairs.MAX_LISTED);
        }
        List<List<Integer>> copy = new ArrayList<>();
        for (int k = 0; k < pairs.size(); k++) {
            List<Integer> pair = List.copyOf(pairs.get(k));
            if (pair.size() != 2) {
                throw new IllegalArgumentException("pairs[" + k + "] = " + pair + " is not two token indices [i, j]");
            }
            // The number of tokens is checked with the parameters (Preset).
            TokenPairs.check("pairs[" + k + "] = " + pair, pair.get(0), pair.get(1), Integer.MAX_VALUE);
            copy.add(pair);
        }
        pairs = List.copyOf(copy);
        Limits.rangeOpenBelow("speed", speed, 0, 100);
    }

    /** These options with {@code p} as the palette. */
    public DisplayOptions withPalette(Palette p) {
        return new DisplayOptions(camera, colouring, p, trails, projection, autoRotate, pairs, speed);
    }

    /** The pairs as {@code int[k][2]}, a new array. */
    public int[][] pairIndices() {
        int[][] out = new int[pairs.size()][];
        for (int k = 0; k < out.length; k++) {
            out[k] = new int[] {pairs.get(k).get(0), pairs.get(k).get(1)};
        }
        return out;
    }
}
