package org.tokensphere.cli;

import org.tokensphere.model.ParamParser;
import org.tokensphere.model.Params;
import org.tokensphere.model.Scheme;
import org.tokensphere.model.Simulation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code tokensphere bench}: steps per second of one run, after a warm-up (a quarter of the steps and at least one
 * second, unless {@code warmup} gives the number of steps). Every parameter of {@code run} is
 * accepted ({@link ParamParser}), on top of the workload of {@code src/bench/}: common noise, {@code σ_Q = 1},
 * {@code σ_b = 0.5}, {@code h = 0.01}, uniform start, splitting scheme, {@code d = 3}, {@code n = 10⁵}, or on a
 * preset ({@code --preset}).
 * {@code scheme=linear} drops the bias so the exact linear flow runs, and materializes every token every step.
 * With attention on ({@code β > 0}) it also prints pair interactions per second: the {@code 2N²} pairs of the two
 * attention evaluations of a Heun sub-step, i.e. the work of the direct double sum (the kernel itself computes
 * about half of the weights, since they are symmetric).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure steps per second of one run, e.g.",
            "  bench d=3 n=100000 steps=200 scheme=heun|splitting|linear threads=2",
            "  bench attention=sa beta=1 n=2000 sigmaQ=0 sigmaB=0 steps=200",
            "  bench --preset kuramoto n=100000 steps=400",
            "Keys: steps, warmup (default: steps/4 and at least 1 s), threads, batch (steps per call, default",
            "all: d = 3 fuses up to 16; batch=1 steps one at a time), and every parameter of run."})
final class BenchCommand implements Callable<Integer> {
    /** The keys of bench itself; every other key is a parameter of the run. */
    private static final Map<String, String> OWN_KEYS = Map.of("steps", "measured steps",
            "warmup", "steps before the clock starts (default: a quarter of the steps, and at least 1 s)",
            "threads", "worker threads", "batch", "steps per call of the simulation (default: all of them)");

    /** Shortest warm-up when none is given. */
    private static final long WARMUP_NANOS = 1_000_000_000L;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "key=value", description = "steps, warmup, threads, and the parameters of run "
            + "(d, n, sigmaQ, attention, beta, ...); scheme=linear runs the exact linear flow")
    List<String> keyValues = List.of();

    @Mixin
    CommonOptions.PresetOption preset = new CommonOptions.PresetOption();

    @Override
    public Integer call() {
        Map<String, String> own = new LinkedHashMap<>(Map.of("steps", "200",
                "threads", String.valueOf(Runtime.getRuntime().availableProcessors())));
        List<String> runArgs = new ArrayList<>();
        boolean linear = false;
        for (String a : keyValues) {
            String[] kv = a.split("=", 2);
            String key = kv[0].trim();
            if (kv.length != 2) {
                throw new IllegalArgumentException("bench: '" + a + "' is not of the form key=value");
            } else if (OWN_KEYS.containsKey(key)) {
                own.put(key, kv[1].trim());
            } else if (!ParamParser.KEYS.containsKey(key)) {
                throw new IllegalArgumentException("bench: unknown key '" + key + "' (known: "
                        + String.join(", ", OWN_KEYS.keySet()) + " and the parameters of run: "
                        + String.join(", ", ParamParser.KEYS.keySet()) + ")");
            } else if (key.equals("scheme") && kv[1].trim().equalsIgnoreCase("linear")) {
                linear = true;
            } else {
                runArgs.add(a);
            }
        }
        int steps = positive(own, "steps");
        int warmup = own.containsKey("warmup") ? nonNegative(own, "warmup") : -1;
        int threads = positive(own, "threads");
        int batch = own.containsKey("batch") ? positive(own, "batch") : Integer.MAX_VALUE;
        Params base = preset.preset != null ? preset.resolved().toParams()
                : Params.defaults().toBuilder().n(100_000).sigmaQ(1).sigmaB(linear ? 0 : 0.5).dt(0.01)
                .scheme(linear ? Scheme.AUTO : Scheme.SPLITTING).build();
        Params p = ParamParser.parse(base, runArgs);
        if (linear && !p.linearFlowApplies()) {
            throw new IllegalArgumentException("bench: scheme=linear needs quadratic driving alone (no bias, "
                    + "attention or independent noise)");
        }
        // The warm-up runs on a run of its own, so the measured run always starts at the same state and its
        // checksum depends on the parameters and steps only.
        try (Simulation warm = new Simulation(p, threads)) {
            if (warmup >= 0) {
                run(warm, warmup, linear, batch);
            } else {
                // A quarter of the steps, and at least one second, so that the JIT has compiled the kernels.
                long start = System.nanoTime();
                int done = 0;
                while (done < Math.max(1, steps / 4) || System.nanoTime() - start < WARMUP_NANOS) {
                    int k = Math.max(1, steps / 16);
                    run(warm, k, linear, batch);
                    done += k;
                }
            }
        }
        try (Simulation sim = new Simulation(p, threads)) {
            ThreadMXBean mx = ManagementFactory.getThreadMXBean();
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            run(sim, steps, linear, batch);
            double seconds = (System.nanoTime() - t0) * 1e-9;
            double cpuSeconds = (mx.getCurrentThreadCpuTime() - c0) * 1e-9;
            spec.commandLine().getOut().println(report(sim, p, linear, steps, threads, seconds, cpuSeconds));
            spec.commandLine().getOut().flush();
        }
        return 0;
    }

    private static void run(Simulation sim, int steps, boolean linear, int batch) {
        if (linear) {
            for (int s = 0; s < steps; s++) {
                sim.step();
                sim.positions();
            }
        } else {
            for (int done = 0; done < steps; done += batch) {
                sim.advance(Math.min(batch, steps - done));
            }
        }
    }

    /** One line: what ran, the rates, and a checksum (mean first coordinate, largest {@code ||x| − 1|}). */
    private static String report(Simulation sim, Params p, boolean linear, int steps, int threads, double seconds,
                                 double cpuSeconds) {
        int n = p.n();
        int d = p.d();
        double[] x = sim.positions();
        double mean = 0;
        double maxErr = 0;
        for (int i = 0; i < n; i++) {
            mean += x[i * d];
            double s = 0;
            for (int k = 0; k < d; k++) {
                s += x[i * d + k] * x[i * d + k];
            }
            maxErr = Math.max(maxErr, Math.abs(Math.sqrt(s) - 1));
        }
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "java %s d=%d n=%d steps=%d threads=%d",
                linear ? "linear" : p.scheme().name().toLowerCase(Locale.ROOT), d, n, steps, threads));
        boolean attention = p.effectiveAlpha() > 0;
        if (attention) {
            line.append(String.format(Locale.ROOT, " attention=%s beta=%s",
                    p.attention().name().toLowerCase(Locale.ROOT), p.effectiveBeta()));
        }
        line.append(String.format(Locale.ROOT, " steps_per_s=%.4g token_steps_per_s=%.3e", steps / seconds,
                n * (double) steps / seconds));
        if (attention && p.effectiveBeta() > 0) {
            line.append(String.format(Locale.ROOT, " pair_interactions_per_s=%.3e",
                    2.0 * n * (double) n * steps / seconds));
        }
        line.append(String.format(Locale.ROOT, " seconds=%.4g mean_x0=%.6f max_norm_err=%.2e", seconds, mean / n,
                maxErr));
        if (threads == 1) {
            // All the work runs on this thread: rates per second of its CPU time, which a busy machine does not
            // dilute as it does wall time.
            line.append(String.format(Locale.ROOT, " per_cpu_second=%.3e cpu_steps_per_s=%.4g",
                    n * (double) steps / cpuSeconds, steps / cpuSeconds));
        }
        return line.toString();
    }

    private static int positive(Map<String, String> own, String key) {
        int v = whole(own, key);
        if (v < 1) {
            throw new IllegalArgumentException("bench: " + key + " = " + v + " must be at least 1");
        }
        return v;
    }

    private static int nonNegative(Map<String, String> own, String key) {
        int v = whole(own, key);
        if (v < 0) {
            throw new IllegalArgumentException("bench: " + key + " = " + v + " must be at least 0");
        }
        return v;
    }

    private static int whole(Map<String, String> own, String key) {
        try {
            return Integer.parseInt(own.get(key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bench: " + key + ": '" + own.get(key) + "' is not a whole number");
        }
    }
}
