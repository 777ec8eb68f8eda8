package org.tokensphere.app.export;

import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import org.tokensphere.app.render.FramePresenter;
import org.tokensphere.app.render.SphereViewAdapter;
import org.tokensphere.app.render.TokenPalette;
import org.tokensphere.app.viewmodel.CameraPose;
import org.tokensphere.app.viewmodel.DisplaySettings.ColourBy;
import org.tokensphere.app.viewmodel.DisplaySettings.ProjectionKind;
import org.tokensphere.app.viewmodel.DisplaySettings.Theme;
import org.tokensphere.app.viewmodel.EquationLatex;
import org.tokensphere.app.viewmodel.SessionState;
import org.tokensphere.engine.Frame;
import org.tokensphere.engine.ReadOnlyFloats;
import org.tokensphere.export.AnimationWriter;
import org.tokensphere.export.ImageFiles;
import org.tokensphere.model.Measurement;
import org.tokensphere.model.Params;
import org.tokensphere.model.Simulation;
import org.tokensphere.model.ThreadBudget;
import org.tokensphere.model.TokenPairs;
import org.tokensphere.preset.DisplayOptions;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Callable;

/**
 * Renders a run frame by frame — not a screen capture — at a fixed simulated time per frame
 * ({@code speed / fps}, the preset's playback speed), so the result is the same on a slow machine: a PNG of the
 * state at the end, or a GIF or MP4 of the whole run. The simulation steps on the calling (background) thread; each
 * frame is drawn by the same {@link FramePresenter} as the window on an off-screen 3D view on the FX thread. Files
 * are written through a temporary file: a cancel or a failure leaves an existing file as it was.
 */
public final class AnimationExporter {
    /** Most frames one export may have. */
    public static final int MAX_FRAMES = 20_000;

    /**
     * What to render.
     *
     * @param params   the run's parameters (seed included)
     * @param display  colouring, palette, projection, pairs and speed (simulated time per second of animation)
     * @param duration simulated time covered
     * @param fps      frames per second of the animation
     * @param width    width in pixels of the view at scale 1
     * @param height   height in pixels at scale 1
     * @param scale    1, 2 or 4: pixels per view pixel
     * @param dark     dark background
     * @param out      a .png, .gif or .mp4 file
     * @param overlays time, title and equation drawn beside the sphere ({@link Overlays#NONE} for none)
     */
    public record Job(Params params, DisplayOptions display, double duration, double fps, int width, int height,
                      int scale, boolean dark, Path out, Overlays overlays) {
        /** A job without overlays. */
        public Job(Params params, DisplayOptions display, double duration, double fps, int width, int height,
                   int scale, boolean dark, Path out) {
            this(params, display, duration, fps, width, height, scale, dark, out, Overlays.NONE);
        }

        public Job {
            overlays = overlays == null ? Overlays.NONE : overlays;
            if (!(duration >= 0 && duration <= 1e5)) {
                throw new IllegalArgumentException("duration = " + duration + " is out of range [0, 100000]");
            }
            if (!(fps > 0 && fps <= 120)) {
                throw new IllegalArgumentException("fps = " + fps + " is out of range (0, 120]");
            }
            if (width < 16 || height < 16 || width > 4096 || height > 4096) {
                throw new IllegalArgumentException("size " + width + "x" + height + " is out of range 16..4096");
            }
            String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!(name.endsWith(".png") || name.endsWith(".gif") || name.endsWith(".mp4"))) {
                throw new IllegalArgumentException("cannot write " + out + ": the output must end in .png, .gif or .mp4");
            }
            if (scale != 1 && scale != 2 && scale != 4) {
                throw new IllegalArgumentException("scale = " + scale + " must be 1, 2 or 4");
            }
            if (!png(out) && frameCount(duration, fps, display.speed()) > MAX_FRAMES) {
                throw new IllegalArgumentException("duration " + duration + " at " + fps + " fps and speed "
                        + display.speed() + " gives more than " + MAX_FRAMES + " frames");
            }
        }

        /** Frames the animation will have ({@code 1} for a PNG). */
        public int frames() {
            return png(out) ? 1 : frameCount(duration, fps, display.speed());
        }

        private static int frameCount(double duration, double fps, double speed) {
            return (int) Math.min(Integer.MAX_VALUE, Math.round(duration / speed * fps) + 1);
        }
    }

    /** Told of each frame written; may ask to stop. */
    public interface Progress {
        /** {@code done} of {@code total} frames are written. */
        void frame(int done, int total);

        /** True to stop at the next frame (the file is then not written). */
        default boolean cancelled() {
            return false;
        }
    }

    private AnimationExporter() {
    }

    /** Parses a size {@code WIDTHxHEIGHT}; throws {@link IllegalArgumentException} saying what is expected. */
    public static int[] parseSize(String s) {
        String[] p = s.toLowerCase(Locale.ROOT).split("x");
        try {
            if (p.length == 2) {
                return new int[] {Integer.parseInt(p[0].trim()), Integer.parseInt(p[1].trim())};
            }
        } catch (NumberFormatException ignored) {
            // The message below says what is expected.
        }
        throw new IllegalArgumentException("size '" + s + "' is not of the form WIDTHxHEIGHT, e.g. 720x720");
    }

    /** Fails with a plain message unless the JavaFX toolkit runs with 3D support. */
    public static void require3d() {
        if (!Platform.isSupported(javafx.application.ConditionalFeature.SCENE3D)) {
            throw new IllegalStateException("3D rendering is not available here (no OpenGL pipeline): run on a "
                    + "desktop, or under Xvfb with -Dprism.forceGPU=true");
        }
    }

    /**
     * Renders {@code job}; returns true when the file was written, false when cancelled. Call from a background
     * thread while the toolkit runs. Throws {@link IllegalArgumentException} naming the problem (unwritable path).
     */
    public static boolean render(Job job, Progress progress) {
        require3d();
        Params p = job.params();
        int[][] pairs = pairs(job.display(), p.n());
        int total = job.frames();
        BufferedImage equation = job.overlays().equationImage(EquationLatex.of(p), job.height() * job.scale(),
                job.dark());
        Overlays.Layout layout = job.overlays().layout(job.width() * job.scale(), job.height() * job.scale(), equation);
        double fraction = layout.sphereHeight() / (double) layout.height();
        SphereViewAdapter view = onFx(() -> view(job, fraction));
        FramePresenter presenter = new FramePresenter();
        ColourBy colourBy = SessionState.colourBy(job.display().colouring());
        ProjectionKind projection = SessionState.projection(job.display().projection());
        // The shared workers: an export beside the window's engine takes no threads of its own.
        try (Simulation sim = new Simulation(p, ThreadBudget.parallel())) {
            ReadOnlyFloats initial = Frame.still(0, sim, Measurement.DEFAULT, pairs, null).positions();
            if (png(job.out())) {
                sim.advanceTo(job.duration());
                BufferedImage img = job.overlays().paint(draw(view, presenter,
                        Frame.still(1, sim, Measurement.DEFAULT, pairs, initial), colourBy, projection, job.scale()),
                        layout, sim.time(), equation, job.dark());
                if (progress.cancelled()) {
                    return false;
                }
                ImageFiles.writePng(img, job.out());
                progress.frame(1, 1);
                return true;
            }
            double perFrame = job.display().speed() / job.fps();
            try (AnimationWriter writer = AnimationWriter.open(job.out(), job.fps())) {
                for (int k = 0; k < total; k++) {
                    if (progress.cancelled()) {
                        return false;
                    }
                    sim.advanceTo(Math.min(job.duration(), k * perFrame));
                    writer.add(job.overlays().paint(draw(view, presenter,
                            Frame.still(k + 1, sim, Measurement.DEFAULT, pairs, initial), colourBy, projection,
                            job.scale()), layout, sim.time(), equation, job.dark()));
                    progress.frame(k + 1, total);
                }
                writer.finish();
                return true;
            }
        }
    }

    /**
     * The view, the size of the picture, with the sphere drawn {@code fraction} as large as the preset's camera
     * shows it (the rows the overlays leave it, {@link Overlays#layout}); arrows that reach beyond the sphere may
     * go on into the overlays' bands.
     */
    private static SphereViewAdapter view(Job job, double fraction) {
        SphereViewAdapter v = new SphereViewAdapter(job.width(), job.height());
        v.setDarkBackground(job.dark());
        v.setPalette(TokenPalette.colours(job.dark() ? Theme.DARK : Theme.LIGHT, job.display().palette()));
        // Markers are sized like the window's, relative to the picture (the arrows keep clear of the tokens anyway).
        v.setTokenSize(TokenPalette.markerScale(job.params().n()));
        v.setCircleMode(job.params().d() == 2);
        DisplayOptions.Camera c = job.display().camera();
        v.setCamera(new CameraPose(c.azimuth(), c.elevation(), farther(c.distance(), fraction)));
        v.setTrails(job.display().trails().on(), Math.max(1, (int) Math.round(job.display().trails().seconds() * job.fps())));
        // The view lives in a scene so that CSS and layout apply; no window is shown.
        new Scene(new Group(v.node()), job.width(), job.height());
        v.node().resize(job.width(), job.height());
        return v;
    }

    /**
     * The camera distance at which the unit sphere looks {@code fraction} as large as from {@code distance}: its
     * apparent radius, against the fixed field of view, is {@code tan(asin(1/d)) = 1/√(d² − 1)}.
     */
    static double farther(double distance, double fraction) {
        return fraction >= 1 ? distance : Math.sqrt(1 + (distance * distance - 1) / (fraction * fraction));
    }

    private static BufferedImage draw(SphereViewAdapter view, FramePresenter presenter, Frame f, ColourBy by,
                                      ProjectionKind projection, int scale) {
        return onFx(() -> {
            presenter.present(f, view, by, projection);
            WritableImage img = view.sphereView().snapshot(scale);
            return SwingFXUtils.fromFXImage(img, null);
        });
    }

    /** The preset's pairs that can be traced among {@code n} tokens (parameters may have lowered {@code n}). */
    private static int[][] pairs(DisplayOptions display, int n) {
        return java.util.Arrays.stream(display.pairIndices())
                .filter(pr -> TokenPairs.problem(pr[0], pr[1], n) == null)
                .limit(TokenPairs.MAX_TRACED).toArray(int[][]::new);
    }

    private static boolean png(Path out) {
        return out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png");
    }

    /** Runs {@code work} on the FX thread and waits for it. */
    static <T> T onFx(Callable<T> work) {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("the exporter must not run on the FX thread");
        }
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.call());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("rendering interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("rendering failed: " + e.getCause(), e.getCause());
        }
    }
}
