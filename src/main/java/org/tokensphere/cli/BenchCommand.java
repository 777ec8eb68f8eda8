package org.tokensphere.cli;

import org.tokensphere.model.Params;
import org.tokensphere.model.Scheme;
import org.tokensphere.model.Simulation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code tokensphere bench}: token-steps per second of the workload of {@code src/bench/} (common noise,
 * {@code σ_Q = 1}, {@code σ_b = 0.5}, {@code h = 0.01}, uniform start), after a warm-up of a quarter of the steps.
 * {@code scheme=linear} drops the bias so the exact linear flow runs, and materializes every token every step.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure token-steps per second: bench d=3 n=100000 steps=200 scheme=heun|splitting|linear threads=2")
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "key=value", description = "d, n, steps, scheme (heun, splitting, linear), threads, seed")
    List<String> keyValues = List.of();

    @Override
    public Integer call() {
        Map<String, String> kv = new HashMap<>(Map.of("d", "3", "n", "100000", "steps", "200", "scheme", "splitting",
                "threads", String.valueOf(Runtime.getRuntime().availableProcessors()), "seed", "1"));
        for (String a : keyValues) {
            String[] p = a.split("=", 2);
            if (p.length != 2 || !kv.containsKey(p[0])) {
                throw new IllegalArgumentException("bench: unknown argument '" + a + "' (known: d, n, steps, scheme, "
                        + "threads, seed)");
            }
            kv.put(p[0], p[1]);
        }
        int d = Integer.parseInt(kv.get("d"));
        int n = Integer.parseInt(kv.get("n"));
        int steps = Integer.parseInt(kv.get("steps"));
        int threads = Integer.parseInt(kv.get("threads"));
        String scheme = kv.get("scheme");
        boolean linear = scheme.equals("linear");
        Params p = Params.defaults().toBuilder().d(d).n(n).sigmaQ(1).sigmaB(linear ? 0 : 0.5).dt(0.01)
                .scheme(linear ? Scheme.AUTO : Scheme.valueOf(scheme.toUpperCase())).seed(Long.parseLong(kv.get("seed")))
                .build();
        try (Simulation sim = new Simulation(p, threads)) {
            for (int s = 0; s < Math.max(1, steps / 4); s++) {
                sim.step();
                sim.positions();
            }
            java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            if (linear) {
                for (int s = 0; s < steps; s++) {
                    sim.step();
                    sim.positions();
                }
            } else {
                sim.advance(steps);
            }
            double seconds = (System.nanoTime() - t0) * 1e-9;
            double cpuSeconds = (mx.getCurrentThreadCpuTime() - c0) * 1e-9;
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
            spec.commandLine().getOut().printf("java %s d=%d n=%d steps=%d threads=%d token_steps_per_s=%.3e "
                    + "mean_x0=%.6f max_norm_err=%.2e%s%n", scheme, d, n, steps, threads, n * (double) steps / seconds,
                    mean / n, maxErr, threads == 1 ? String.format(" per_cpu_second=%.3e", n * (double) steps / cpuSeconds)
                            : "");
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
