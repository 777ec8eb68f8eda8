package org.tokensphere.app.viewmodel;

import org.tokensphere.app.viewmodel.DisplaySettings.ColourBy;
import org.tokensphere.app.viewmodel.DisplaySettings.ProjectionKind;
import org.tokensphere.model.Params;
import org.tokensphere.model.TokenPairs;
import org.tokensphere.preset.DisplayOptions;
import org.tokensphere.preset.DisplayOptions.Colouring;
import org.tokensphere.preset.DisplayOptions.Palette;
import org.tokensphere.preset.DisplayOptions.Projection;
import org.tokensphere.preset.Preset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a preset sets in the app, in the app's own terms, and back: the parameters of the run, the camera, the
 * colouring, trails, projection, rotation, the traced pairs and the speed. {@link #of(Preset)} maps a preset to
 * it (with {@link #notes()} saying what the app could not take as given), {@link #toPreset} maps the app's state
 * to a preset; a state taken from a preset gives that preset back. Plain Java, no toolkit.
 *
 * @param params       the parameters of the run (seed and initial state included)
 * @param camera       where the camera looks from
 * @param colourBy     what a token's colour says
 * @param projection   how {@code d > 3} is drawn
 * @param trails       trails on or off
 * @param trailSeconds trail length in seconds of animation
 * @param autoRotate   slow rotation of the view
 * @param pairs        traced pairs {@code {i, j}}, at most {@link TokenPairs#MAX_TRACED}; never modified
 * @param speed        simulated time per second of animation
 * @param notes        what was changed to fit the app (e.g. pairs beyond the eighth dropped), or empty
 * @param palette      the colours of poles and clusters
 */
public record SessionState(Params params, CameraPose camera, ColourBy colourBy, ProjectionKind projection,
                           boolean trails, double trailSeconds, boolean autoRotate, int[][] pairs, double speed,
                           List<String> notes, Palette palette) {

    public SessionState {
        pairs = copy(pairs);
        notes = List.copyOf(notes);
        palette = palette == null ? Palette.DEFAULT : palette;
    }

    /** A state with the default palette. */
    public SessionState(Params params, CameraPose camera, ColourBy colourBy, ProjectionKind projection,
                        boolean trails, double trailSeconds, boolean autoRotate, int[][] pairs, double speed,
                        List<String> notes) {
        this(params, camera, colourBy, projection, trails, trailSeconds, autoRotate, pairs, speed, notes,
                Palette.DEFAULT);
    }

    /** The state a preset describes; what does not fit the app is adjusted and said in {@link #notes()}. */
    public static SessionState of(Preset preset) {
        DisplayOptions d = preset.display();
        List<String> notes = new ArrayList<>();
        int[][] pairs = d.pairIndices();
        if (pairs.length > TokenPairs.MAX_TRACED) {
            notes.add("the preset traces " + pairs.length + " pairs; the app traces the first "
                    + TokenPairs.MAX_TRACED);
            pairs = Arrays.copyOf(pairs, TokenPairs.MAX_TRACED);
        }
        double speed = d.speed();
        if (speed < ParamsViewModel.MIN_SPEED) {
            notes.add(String.format(Locale.ROOT, "speed %.4g is below the app's slowest, %s; it runs at %s", speed,
                    NumberText.fmt(ParamsViewModel.MIN_SPEED), NumberText.fmt(ParamsViewModel.MIN_SPEED)));
            speed = ParamsViewModel.MIN_SPEED;
        }
        DisplayOptions.Camera c = d.camera();
        return new SessionState(preset.toParams(), new CameraPose(c.azimuth(), c.elevation(), c.distance()),
                colourBy(d.colouring()), projection(d.projection()), d.trails().on(), d.trails().seconds(),
                d.autoRotate(), pairs, speed, notes, d.palette());
    }

    /** A preset of this state, lasting {@code duration}; refuses (IllegalArgumentException) what a preset refuses. */
    public Preset toPreset(String title, String description, double duration) {
        return Preset.from(params, title, description, duration, displayOptions());
    }

    /** The display part, within the ranges a preset accepts (camera normalized, trail length clamped to 60 s). */
    public DisplayOptions displayOptions() {
        CameraPose c = camera.normalized();
        List<List<Integer>> list = new ArrayList<>();
        for (int[] p : pairs) {
            list.add(List.of(p[0], p[1]));
        }
        return new DisplayOptions(new DisplayOptions.Camera(c.azimuth(), c.elevation(), c.distance()),
                colouring(colourBy), palette, new DisplayOptions.Trails(trails, Math.max(0, Math.min(60, trailSeconds))),
                projection(projection), autoRotate, list, speed);
    }

    /** The app's colouring for a preset's. */
    public static ColourBy colourBy(Colouring c) {
        return switch (c) {
            case POLE -> ColourBy.POLE;
            case INITIAL -> ColourBy.INITIAL_POSITION;
            case CLUSTER -> ColourBy.CLUSTER;
        };
    }

    /** A preset's colouring for the app's. */
    public static Colouring colouring(ColourBy c) {
        return switch (c) {
            case POLE -> Colouring.POLE;
            case INITIAL_POSITION -> Colouring.INITIAL;
            case CLUSTER -> Colouring.CLUSTER;
        };
    }

    /** The app's projection for a preset's. */
    public static ProjectionKind projection(Projection p) {
        return p == Projection.PCA ? ProjectionKind.PRINCIPAL : ProjectionKind.FIRST_THREE;
    }

    /** A preset's projection for the app's. */
    public static Projection projection(ProjectionKind p) {
        return p == ProjectionKind.PRINCIPAL ? Projection.PCA : Projection.FIRST3;
    }

    /** The traced pairs, a copy. */
    @Override
    public int[][] pairs() {
        return copy(pairs);
    }

    private static int[][] copy(int[][] a) {
        int[][] c = new int[a.length][];
        for (int k = 0; k < a.length; k++) {
            c[k] = a[k].clone();
        }
        return c;
    }
}
