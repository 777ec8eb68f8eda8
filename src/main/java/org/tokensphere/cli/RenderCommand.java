package org.tokensphere.cli;

import org.tokensphere.model.ParamParser;
import javafx.application.Platform;
import org.tokensphere.app.export.AnimationExporter;
import org.tokensphere.app.export.Overlays;
import org.tokensphere.model.Params;
import org.tokensphere.preset.DisplayOptions;
import org.tokensphere.preset.Preset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code tokensphere render}: renders a preset to a PNG, GIF or MP4 without showing a window, frame by frame at a
 * fixed simulated time per frame. The 3D view needs an OpenGL display: a desktop session or Xvfb.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Render a preset to frame.png, movie.gif or movie.mp4 without a window (needs a display or "
                + "Xvfb for 3D).",
        footer = {"", "Examples:", "  tokensphere render --preset rqf --out rqf.mp4 --duration 8 --fps 30",
            "  xvfb-run -a tokensphere render --preset deterministic --out det.png --size 600x600 --scale 2",
            "  tokensphere render --preset rqf --out talk.mp4 --overlay time,title,equation"})
final class RenderCommand implements Callable<Integer> {
    /** Exit code when there is no display to render on. */
    static final int NO_DISPLAY = 3;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "key=value", description = "Parameters overriding the preset's (the keys "
            + "of tokensphere run).")
    List<String> keyValues = new ArrayList<>();

    @Mixin
    CommonOptions.PresetOption preset = new CommonOptions.PresetOption();

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output: .png (the final state), "
            + ".gif (looping) or .mp4 (H.264).")
    Path out;

    @Option(names = "--duration", paramLabel = "T", description = "Simulated time (default: the preset's duration).")
    Double duration;

    @Option(names = "--fps", paramLabel = "F", description = "Frames per second of the animation (default 25).")
    double fps = 25;

    @Option(names = "--speed", paramLabel = "S", description = "Simulated time per second of animation (default: the "
            + "preset's).")
    Double speed;

    @Option(names = "--size", paramLabel = "WxH", description = "Size in pixels at scale 1 (default 720x720).")
    String size = "720x720";

    @Option(names = "--scale", paramLabel = "1|2|4", description = "Pixels per view pixel (default 1).")
    int scale = 1;

    @Option(names = "--dark", description = "Dark background.")
    boolean dark;

    @Option(names = "--palette", paramLabel = "colourblind|redblue", description = "Colours of poles and clusters "
            + "(default: the preset's; colourblind unless it says otherwise).")
    String palette;

    @Option(names = "--overlay", paramLabel = "LIST", description = "Drawn in each frame beside the sphere, for "
            + "talks: any of time, title, equation (comma list; default none).")
    String overlay = "none";

    @Option(names = "--title", paramLabel = "TEXT", description = "The title overlay (default: the preset's title).")
    String title;

    @Override
    public Integer call() {
        Preset start = preset.resolvedOr("rqf");
        Params params = ParamParser.parse(start.toParams(), keyValues);
        DisplayOptions display = start.display();
        if (speed != null) {
            if (!(speed > 0 && speed <= 100)) {
                throw new IllegalArgumentException("--speed = " + speed + " is out of range (0, 100]");
            }
            display = new DisplayOptions(display.camera(), display.colouring(), display.palette(), display.trails(),
                    display.projection(), display.autoRotate(), display.pairs(), speed);
        }
        if (palette != null) {
            DisplayOptions.Palette chosen = parsePalette(palette);
            display = display.withPalette(chosen);
        }
        int[] wh = AnimationExporter.parseSize(size);
        AnimationExporter.Job job = new AnimationExporter.Job(params, display,
                duration != null ? duration : start.duration(), fps, wh[0], wh[1], scale, dark, out,
                Overlays.parse(overlay, title != null ? title : start.title()));
        Path dir = out.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IllegalArgumentException("cannot write " + out + ": folder " + dir + " does not exist");
        }
        PrintWriter err = spec.commandLine().getErr();
        String problem = startToolkit();
        if (problem != null) {
            err.println("tokensphere render: " + problem);
            err.flush();
            return NO_DISPLAY;
        }
        long t0 = System.nanoTime();
        int total = job.frames();
        try {
            AnimationExporter.render(job, (done, all) -> {
                if (done == all || done % Math.max(1, all / 10) == 0) {
                    err.printf(Locale.ROOT, "rendered %d/%d frames%n", done, all);
                    err.flush();
                }
            });
        } catch (IllegalStateException e) {
            err.println("tokensphere render: " + e.getMessage());
            err.flush();
            return NO_DISPLAY;
        } finally {
            Platform.exit();
        }
        double seconds = (System.nanoTime() - t0) * 1e-9;
        long bytes = out.toFile().length();
        spec.commandLine().getOut().printf(Locale.ROOT, "wrote %s: %d frame%s, %dx%d pixels, %d bytes, %.1f s%n",
                out, total, total == 1 ? "" : "s", wh[0] * scale, wh[1] * scale, bytes, seconds);
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** The palette named {@code text} (any case); refused with the names there are. */
    static DisplayOptions.Palette parsePalette(String text) {
        for (DisplayOptions.Palette p : DisplayOptions.Palette.values()) {
            if (p.name().equalsIgnoreCase(text.strip())) {
                return p;
            }
        }
        throw new IllegalArgumentException("--palette = " + text + " is not one of colourblind, redblue");
    }

    /** Starts JavaFX with the OpenGL pipeline; returns a plain message when there is no display, else null. */
    static String startToolkit() {
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
        if (linux && System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null) {
            return "3D rendering needs a display, and there is none (DISPLAY is not set). Run it under Xvfb: "
                    + "xvfb-run -a -s \"-screen 0 1600x1000x24\" tokensphere render ...";
        }
        if (System.getProperty("prism.forceGPU") == null) {
            System.setProperty("prism.forceGPU", "true");
        }
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
            started.await();
        } catch (IllegalStateException alreadyRunning) {
            // The toolkit runs already (inside the app or a test).
        } catch (UnsupportedOperationException | InterruptedException e) {
            return "3D rendering needs a display, and none could be opened (" + e.getMessage() + "). Run it under "
                    + "Xvfb: xvfb-run -a tokensphere render ...";
        }
        Platform.setImplicitExit(false);
        return null;
    }
}
