package org.tokensphere.cli;

import org.tokensphere.model.ParamParser;
import org.tokensphere.model.Params;
import org.tokensphere.preset.DisplayOptions;
import org.tokensphere.preset.Preset;
import org.tokensphere.preset.ShareCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code tokensphere share}: prints the share code of a run — a preset with {@code key=value} changes — so that
 * {@code --preset CODE} (or the app) gives exactly that run again. The arguments are those of {@code run}.
 */
@Command(name = "share", mixinStandardHelpOptions = true,
        description = "Print the share code of a run: one line that --preset, the app and tokensphere:// links accept.",
        footer = {"", "Examples:", "  tokensphere share --preset rqf", "  tokensphere share --preset rqf n=1000 seed=7",
            "  tokensphere run --preset \"$(tokensphere share --preset rqf n=1000)\" --every 1"})
final class ShareCommand implements Callable<Integer> {
    /** Title of a run that starts from no preset. */
    static final String DEFAULT_TITLE = "TokenSphere run";
    /** Duration of a run that starts from no preset: run's default --time. */
    static final double DEFAULT_DURATION = 5;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "key=value", description = "Parameters with the names of MATH.md, as for run.")
    List<String> keyValues = new ArrayList<>();

    @Mixin
    CommonOptions.PresetOption preset = new CommonOptions.PresetOption();

    @Mixin
    CommonOptions.TimeOption time = new CommonOptions.TimeOption();

    @Mixin
    CommonOptions.SeedOption seed = new CommonOptions.SeedOption();

    @Option(names = "--title", paramLabel = "TEXT", description = "Title shown in the app (default: the preset's).")
    String title;

    @Option(names = "--link", description = "Print the link form, tokensphere://1/...")
    boolean link;

    @Override
    public Integer call() {
        Preset start = preset.resolved();
        Params p = seed.applyTo(ParamParser.parse(start != null ? start.toParams() : Params.defaults(), keyValues));
        DisplayOptions display = start != null ? start.display() : DisplayOptions.DEFAULT;
        String code = ShareCode.encode(Preset.from(p, title != null ? title : start != null ? start.title()
                : DEFAULT_TITLE, "", time.or(start, DEFAULT_DURATION),
                fitPairs(display, p.n())));
        PrintWriter out = spec.commandLine().getOut();
        out.println(link ? ShareCode.link(code) : code);
        out.flush();
        return 0;
    }

    /** {@code display} without the traced pairs that name a token beyond {@code n} (after {@code n=} changed). */
    static DisplayOptions fitPairs(DisplayOptions display, int n) {
        List<List<Integer>> kept = display.pairs().stream().filter(pr -> pr.get(0) < n && pr.get(1) < n).toList();
        if (kept.size() == display.pairs().size()) {
            return display;
        }
        return new DisplayOptions(display.camera(), display.colouring(), display.palette(), display.trails(),
                display.projection(), display.autoRotate(), kept.isEmpty() ? List.of(Arrays.asList(0, 1)) : kept,
                display.speed());
    }
}
