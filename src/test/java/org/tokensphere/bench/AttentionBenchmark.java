package org.tokensphere.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.tokensphere.model.AttentionKernel;
import org.tokensphere.model.AttentionKind;
import org.tokensphere.model.InitialState;
import org.tokensphere.model.InitialStates;
import org.tokensphere.model.Parallel;
import org.tokensphere.model.ParamParser;
import org.tokensphere.model.Params;
import org.tokensphere.model.Simulation;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The attention workloads of the performance goals (README "Performance"): {@code kernel} is one evaluation of
 * all attention vectors ({@link AttentionKernel#vectors}, {@code N²} pair interactions, 16 test particles as in a
 * simulation); {@code step} is one simulation step of attention alone ({@code α = 1}, no noise, {@code h = 0.01}:
 * two evaluations and the Heun sub-step). A workload is {@code kind:d:n:β}. Run with
 * {@code bash src/bench/jmh.sh AttentionBenchmark} (add {@code -prof gc} for the allocation per operation).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AttentionBenchmark {
    @Param({"sa:3:2000:1", "sa:3:500:9", "sa:64:2000:1", "usa:2:100000:0"})
    public String workload;

    @Param({"1", "2"})
    public int threads;

    private Parallel parallel;
    private AttentionKernel kernel;
    private Simulation sim;
    private double[] theta;
    private double[] probes;
    private double[] out;
    private double[] probeOut;
    private AttentionKind kind;
    private double beta;

    @Setup(Level.Trial)
    public void setUp() {
        String[] w = workload.split(":");
        kind = AttentionKind.valueOf(w[0].toUpperCase());
        int d = Integer.parseInt(w[1]);
        int n = Integer.parseInt(w[2]);
        beta = Double.parseDouble(w[3]);
        theta = InitialStates.sample(InitialState.UNIFORM, n, d, 1);
        probes = InitialStates.sample(InitialState.UNIFORM, 2 * Simulation.TRACKED_PAIRS, d, 2);
        out = new double[n * d];
        probeOut = new double[probes.length];
        parallel = new Parallel(threads);
        kernel = new AttentionKernel(n, d, parallel);
        Params p = ParamParser.parse(Params.defaults(), List.of("attention=" + w[0], "d=" + d, "n=" + n,
                "beta=" + beta, "sigmaQ=0", "dt=0.01", "scheme=heun"));
        sim = new Simulation(p, threads);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        sim.close();
        parallel.close();
    }

    /** All attention vectors of the ensemble and of 16 test particles. */
    @Benchmark
    public double kernel() {
        kernel.vectors(theta, probes, 2 * Simulation.TRACKED_PAIRS, kind, beta, out, probeOut);
        return out[0];
    }

    /** One simulation step: two evaluations and the Heun sub-step. */
    @Benchmark
    public double step() {
        sim.step();
        return sim.time();
    }
}
