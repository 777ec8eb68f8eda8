package org.tokensphere.cli;

import org.tokensphere.export.ImageFiles;
import org.tokensphere.export.SweepChart;
import org.tokensphere.io.AtomicFile;
import org.tokensphere.model.ParamAxis;
import org.tokensphere.model.ParamParser;
import org.tokensphere.model.Params;
import org.tokensphere.model.StopCondition;
import org.tokensphere.preset.Preset;
import org.tokensphere.preset.PresetException;
import org.tokensphere.preset.SweepDisplay;
import org.tokensphere.preset.SweepFile;
import org.tokensphere.preset.SweepLibrary;
import org.tokensphere.sweep.Sweep;
import org.tokensphere.sweep.SweepCsv;
import org.tokensphere.sweep.SweepExecutor;
import org.tokensphere.sweep.SweepProgress;
import org.tokensphere.sweep.SweepResult;
import org.tokensphere.sweep.SweepSeries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code tokensphere sweep}: runs a grid of one or two parameters with replicas per grid point and writes the
 * means and standard errors of every observable of {@code run} as long CSV (MATH.md §9, README.md "Sweeps").
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Run a grid of one or two parameters, with replicas, and write means and standard errors as CSV.",
        footer = {"", "Examples:",
            "  tokensphere sweep n=2 init=pair --vary rho0=-0.9:0.9:10 --time 10 --replicas 400 --out absorb.csv",
            "  tokensphere sweep n=2 init=pair rho0=-1 sigmaB=1 --vary d=2,3,10 --stop-when rho01>=0 --time 20 "
                + "--replicas 1000 --out lifetime.csv",
            "  tokensphere sweep --sweep fig3-d128 --out fig3.csv      (a shipped sweep; also a .json file)"})
public final class SweepCommand implements java.util.concurrent.Callable<Integer> {
    /** Exit code of a sweep stopped by Ctrl+C (128 + SIGINT). */
    public static final int INTERRUPTED = 130;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "key=value", description = "Parameters that are not varied, as for run.")
    List<String> keyValues = new ArrayList<>();

    @Option(names = "--sweep", paramLabel = "FILE|NAME", description = "Start from a sweep file or a shipped sweep "
            + "(fig3-d8, fig3-d128, fig3-d1024, absorption, bias-lifetime); the other options override it.")
    String sweepFile;

    @Mixin
    CommonOptions.PresetOption preset = new CommonOptions.PresetOption();

    @Option(names = "--vary", paramLabel = "NAME=a:b:k|v1,v2,...", description = "A varied parameter: k values from "
            + "a to b (a:b:k:log: geometric), or a list. Once or twice.")
    List<String> vary = new ArrayList<>();

    @Mixin
    CommonOptions.TimeOption time = new CommonOptions.TimeOption();

    @Option(names = "--every", paramLabel = "DT", description = "Sampling interval (default: only t = 0 and T).")
    Double every;

    @Option(names = "--replicas", paramLabel = "R", description = "Replicas per grid point (default 16).")
    Integer replicas;

    @Mixin
    CommonOptions.SeedOption seed = new CommonOptions.SeedOption();

    @Mixin
    CommonOptions.ThreadsOption threadsOption = new CommonOptions.ThreadsOption();

    @Option(names = "--stop-when", paramLabel = "COND", description = "Stop each replica when COND first holds, "
            + "e.g. rho01>=0; adds tStop_mean, tStop_se (mean of min(tStop, t)) and stopped.")
    String stopWhen;

    @Mixin
    CommonOptions.CsvOutOption outOption = new CommonOptions.CsvOutOption();

    @Option(names = "--png", paramLabel = "FILE.png", description = "Also draw the sweep: a heatmap or curves "
            + "with ±2 s.e. bands, and the theory where one is known.")
    Path png;

    @Option(names = "--observable", paramLabel = "NAME", description = "What --png draws: a column of run, tStop or "
            + "stopped (default: the sweep file's, else polarOrder).")
    String observable;

    @Option(names = "--chart", paramLabel = "heatmap|curves", description = "The chart of --png (default: the "
            + "sweep file's, else heatmap).")
    SweepDisplay.Chart chart;

    @Option(names = "--quiet", description = "No progress on standard error.")
    boolean quiet;

    /** How the sweep is drawn: the file's display, then --observable and --chart. */
    private SweepDisplay display = SweepDisplay.DEFAULT;

    private final SweepExecutor executor;

    /** A sweep on this machine. */
    public SweepCommand() {
        this(SweepExecutor.LOCAL);
    }

    /** A sweep run by {@code executor} (e.g. on Spark). */
    public SweepCommand(SweepExecutor executor) {
        this.executor = executor;
    }

    @Override
    public Integer call() throws Exception {
        Sweep sweep = build();
        int threads = threadsOption.checked();
        Path out = outOption.out;
        if (out != null) {
            AtomicFile.begin(out).abort();
        }
        if (png != null) {
            SweepSeries.check(sweep, display.observable()); // refused before running
            AtomicFile.begin(png).abort();
        }
        PrintWriter err = spec.commandLine().getErr();
        AtomicBoolean cancelled = new AtomicBoolean();
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            cancelled.set(true);
            try {
                finished.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "tokensphere-sweep-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            if (!quiet) {
                err.println("sweep: " + sweep.points() + " grid points × " + sweep.replicas() + " replicas, "
                        + sweep.samples() + " sample times, on " + executor.describe(threads));
                err.flush();
            }
            long start = System.nanoTime();
            SweepResult result;
            try {
                result = executor.run(sweep, threads, cancelled::get, progressPrinter(err));
            } catch (CancellationException e) {
                err.println();
                err.println("sweep: stopped; no file written");
                err.flush();
                return INTERRUPTED;
            }
            String producer = spec.root().version()[0];
            if (out == null) {
                PrintWriter w = spec.commandLine().getOut();
                SweepCsv.write(w, result, producer);
                w.flush();
            } else {
                try (AtomicFile.Pending pending = AtomicFile.begin(out);
                     Writer w = Files.newBufferedWriter(pending.temp(), StandardCharsets.UTF_8)) {
                    SweepCsv.write(w, result, producer);
                    w.close();
                    if (cancelled.get()) {
                        pending.abort();
                        err.println("sweep: stopped; no file written");
                        return INTERRUPTED;
                    }
                    pending.commit();
                } catch (java.io.IOException e) {
                    throw new IllegalArgumentException("cannot write " + out + ": " + e.getMessage());
                }
            }
            if (png != null) {
                SweepChart.Kind kind = display.chart() == SweepDisplay.Chart.CURVES ? SweepChart.Kind.CURVES
                        : SweepChart.Kind.HEATMAP;
                SweepSeries series = new SweepSeries(result, display.observable());
                ImageFiles.writePng(new SweepChart(series, kind, 1200, 800).render(title(sweep)), png);
            }
            if (!quiet) {
                err.println("\rsweep: done in " + SweepProgress.duration((System.nanoTime() - start) * 1e-9)
                        + (out == null ? "" : ", written to " + out));
                err.flush();
            }
            return 0;
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // Shutting down already: the hook is running and waits for the latch counted down above.
            }
        }
    }

    /** The sweep the arguments describe: a file or a preset, then key=value, then the options. */
    Sweep build() {
        SweepFile file = null;
        if (sweepFile != null) {
            try {
                file = SweepLibrary.resolve(sweepFile);
            } catch (PresetException e) {
                throw new IllegalArgumentException("sweep " + sweepFile + ": " + e.getMessage(), e);
            }
        }
        Params base;
        Preset p = preset.resolved();
        if (p != null) {
            base = p.toParams();
        } else {
            base = file != null ? file.parameters().toParams() : Params.defaults();
        }
        base = seed.applyTo(ParamParser.parse(base, keyValues));
        List<ParamAxis> axes = new ArrayList<>();
        List<String> varied = vary.isEmpty() && file != null ? file.vary() : vary;
        if (varied.isEmpty()) {
            throw new IllegalArgumentException("--vary: give the parameter to vary, e.g. --vary beta=0:9:10");
        }
        for (String v : varied) {
            try {
                axes.add(ParamAxis.parse(v));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--vary " + v + ": " + e.getMessage());
            }
        }
        double t = time.time != null ? time.time : file != null ? file.time() : 5;
        double dt = every != null ? every : file != null && time.time == null ? file.every() : t;
        int r = replicas != null ? replicas : file != null ? file.replicas() : 16;
        StopCondition stop = stopWhen != null ? RunCommand.stopCondition(stopWhen)
                : file != null && !file.stopWhen().isEmpty() ? StopCondition.parse(file.stopWhen()) : null;
        SweepDisplay shown = file != null ? file.display() : SweepDisplay.DEFAULT;
        try {
            display = new SweepDisplay(observable != null ? observable : shown.observable(),
                    chart != null ? chart : shown.chart());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--observable: " + e.getMessage());
        }
        title = file != null && vary.isEmpty() ? file.title() : null;
        return new Sweep(base, axes, t, dt, r, stop);
    }

    private String title;

    /** The title of the drawing: the sweep file's, else what was varied. */
    private String title(Sweep sweep) {
        if (title != null) {
            return title;
        }
        List<String> names = new ArrayList<>();
        sweep.axes().forEach(a -> names.add(a.name()));
        return "sweep over " + String.join(" and ", names) + ", " + sweep.replicas() + " replicas per grid point";
    }

    /** Progress on standard error: a line rewritten in place on a terminal, else one line every 10 s. */
    private java.util.function.Consumer<SweepProgress> progressPrinter(PrintWriter err) {
        if (quiet) {
            return p -> { };
        }
        boolean terminal = System.console() != null;
        long interval = terminal ? 500_000_000L : 10_000_000_000L;
        AtomicLong last = new AtomicLong(System.nanoTime());
        return p -> {
            long now = System.nanoTime();
            long before = last.get();
            if (now - before >= interval && last.compareAndSet(before, now)) {
                synchronized (err) {
                    err.print(terminal ? "\rsweep: " + p.line() + "   " : "sweep: " + p.line() + "\n");
                    err.flush();
                }
            }
        };
    }
}
