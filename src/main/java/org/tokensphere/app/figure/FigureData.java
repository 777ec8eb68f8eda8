package org.tokensphere.app.figure;

import org.tokensphere.app.render.FramePresenter;
import org.tokensphere.app.render.TokenPalette;
import org.tokensphere.app.render.TokenSnapshot;
import org.tokensphere.app.viewmodel.CameraPose;
import org.tokensphere.app.viewmodel.DisplaySettings.ColourBy;
import org.tokensphere.app.viewmodel.DisplaySettings.ProjectionKind;
import org.tokensphere.app.viewmodel.DisplaySettings.Theme;
import org.tokensphere.app.viewmodel.SessionState;
import org.tokensphere.app.viewmodel.TokenColoring;
import org.tokensphere.engine.Frame;
import org.tokensphere.model.Measurement;
import org.tokensphere.model.ObservableValues;
import org.tokensphere.model.Params;
import org.tokensphere.model.Simulation;
import org.tokensphere.preset.DisplayOptions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Everything a figure draws: the tokens as the window would show them at the figure's time (projected and
 * coloured by the same {@link FramePresenter}), the camera, the palette, the traced pairs and the observables
 * over time.
 *
 * @param title   what the figure shows (a preset's title), for the file's metadata
 * @param time    simulated time of the tokens shown
 * @param d       dimension (above 3 the sphere is a projection)
 * @param tokens  the tokens, arrows and circle mode as the presenter put them
 * @param camera  where the sphere is seen from
 * @param palette colours of the slots, as AWT colours
 * @param pairs   the traced pairs {i, j}
 * @param series  the observables from time 0 to {@code time}
 */
public record FigureData(String title, double time, int d, TokenSnapshot tokens, CameraPose camera,
                         java.awt.Color[] palette, int[][] pairs, FigureSeries series) {
    /** Samples of the observables a simulated figure takes over its time span. */
    static final int SAMPLES = 240;

    /**
     * The frame on screen {@code f} (its history included), seen from {@code camera}, coloured {@code by} in
     * {@code palette} (on white, as printed).
     */
    public static FigureData of(Frame f, CameraPose camera, ColourBy by, ProjectionKind projection,
                                DisplayOptions.Palette palette, String title) {
        TokenSnapshot tokens = present(f, by, projection);
        return new FigureData(title, f.time(), f.d(), tokens, camera, awt(palette), f.pairs(),
                FigureSeries.of(f.history(), f.pairs().length, f.values().lyapunovTheory()));
    }

    /**
     * Simulates {@code params} from time 0 to {@code time} (no window), measuring the observables at
     * {@value #SAMPLES} evenly spaced times, and shows the end as {@code display} says (camera, colouring,
     * projection, palette, traced pairs).
     */
    public static FigureData simulate(Params params, DisplayOptions display, double time, String title) {
        int[][] pairs = Arrays.stream(display.pairIndices()).filter(p -> p[0] < params.n() && p[1] < params.n())
                .limit(8).toArray(int[][]::new);
        List<ObservableValues> values = new ArrayList<>();
        try (Simulation sim = new Simulation(params, Math.max(1, Runtime.getRuntime().availableProcessors()))) {
            org.tokensphere.engine.ReadOnlyFloats initial = Frame.still(0, sim, Measurement.DEFAULT, pairs, null).positions();
            for (int k = 0; k <= SAMPLES; k++) {
                sim.advanceTo(time * k / SAMPLES);
                values.add(Measurement.DEFAULT.measure(sim, pairs));
            }
            Frame end = Frame.still(1, sim, Measurement.DEFAULT, pairs, initial);
            DisplayOptions.Camera c = display.camera();
            TokenSnapshot tokens = present(end, SessionState.colourBy(display.colouring()),
                    SessionState.projection(display.projection()));
            return new FigureData(title, sim.time(), params.d(), tokens,
                    new CameraPose(c.azimuth(), c.elevation(), c.distance()), awt(display.palette()), pairs, FigureSeries.of(values));
        }
    }

    private static TokenSnapshot present(Frame f, ColourBy by, ProjectionKind projection) {
        TokenSnapshot tokens = new TokenSnapshot();
        tokens.setCircleMode(f.d() == 2);
        new FramePresenter().present(f, tokens, by, projection);
        return tokens;
    }

    /** The colour of the {@code k}-th curve of a chart: the palette's cluster colours in turn. */
    java.awt.Color curve(int k) {
        return palette[TokenColoring.CLUSTER_BASE + k % TokenColoring.CLUSTERS];
    }

    private static java.awt.Color[] awt(DisplayOptions.Palette palette) {
        javafx.scene.paint.Color[] fx = TokenPalette.colours(Theme.LIGHT, palette);
        java.awt.Color[] out = new java.awt.Color[fx.length];
        for (int k = 0; k < fx.length; k++) {
            out[k] = awt(fx[k]);
        }
        return out;
    }

    /** An AWT colour of a JavaFX one. */
    static java.awt.Color awt(javafx.scene.paint.Color c) {
        return new java.awt.Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue(), (float) c.getOpacity());
    }
}
