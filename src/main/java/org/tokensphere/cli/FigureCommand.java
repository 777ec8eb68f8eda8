package org.tokensphere.cli;

import org.tokensphere.app.figure.FigureData;
import org.tokensphere.app.figure.FigureFiles;
import org.tokensphere.app.figure.FigurePanel;
import org.tokensphere.app.figure.FigureSpec;
import org.tokensphere.model.ParamParser;
import org.tokensphere.model.Params;
import org.tokensphere.preset.DisplayOptions;
import org.tokensphere.preset.Preset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code tokensphere figure}: simulates a preset to a given time and writes a publication figure — the tokens on
 * the sphere and charts over time — as vector SVG or PDF, or as PNG. Needs no display.
 */
@Command(name = "figure", mixinStandardHelpOptions = true,
        description = "Write a publication figure (SVG or PDF as vector graphics, or PNG) of a run at time T.",
        footer = {"", "Panels: sphere, pairs, order, histogram, lyapunov, clusters, energy.", "", "Examples:",
            "  tokensphere figure --preset rqf --time 10 --panels sphere,pairs,order --out rqf.pdf --size 7x3in",
            "  tokensphere figure --preset sa-metastable --time 60 --panels sphere,clusters,energy --out sa.svg"})
final class FigureCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "key=value", description = "Parameters overriding the preset's (names of MATH.md).")
    List<String> keyValues = new ArrayList<>();

    @Mixin
    CommonOptions.PresetOption preset = new CommonOptions.PresetOption();

    @Mixin
    CommonOptions.TimeOption time = new CommonOptions.TimeOption();

    @Option(names = "--panels", paramLabel = "LIST", description = "Comma list of panels (default: sphere,pairs,order).")
    String panels = "sphere,pairs,order";

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output: .svg, .pdf or .png.")
    Path out;

    @Option(names = "--size", paramLabel = "WxH(in|cm|mm|pt)", description = "Page size (default 7x3in).")
    String size = "7x3in";

    @Option(names = "--dpi", paramLabel = "N", description = "Pixels per inch of a PNG (default 300).")
    int dpi = 300;

    @Option(names = "--palette", paramLabel = "colourblind|redblue", description = "Colours of poles, clusters and "
            + "curves (default: the preset's; colourblind unless it says otherwise).")
    String palette;

    @Override
    public Integer call() {
        Preset start = preset.resolvedOr("rqf");
        Params params = ParamParser.parse(start.toParams(), keyValues);
        double t = time.or(start, start.duration());
        if (!(t >= 0 && t <= 1e5)) {
            throw new IllegalArgumentException("--time = " + t + " is out of range [0, 100000]");
        }
        double[] wh = FigureSpec.parseSize(size);
        FigureSpec figure = new FigureSpec(FigurePanel.parse(panels), wh[0], wh[1], dpi, out);
        org.tokensphere.io.AtomicFile.begin(out).close(); // a bad folder is refused before the run is simulated
        long t0 = System.nanoTime();
        DisplayOptions display = palette == null ? start.display()
                : start.display().withPalette(RenderCommand.parsePalette(palette));
        FigureData data = FigureData.simulate(params, display, t, start.title());
        FigureFiles.write(data, figure);
        spec.commandLine().getOut().printf(Locale.ROOT, "wrote %s: %s at t = %s, %.2f x %.2f in, %d bytes, %.1f s%n",
                out, panels, t, wh[0] / 72, wh[1] / 72, out.toFile().length(), (System.nanoTime() - t0) * 1e-9);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
