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
import org.tokensphere.model.Params;
import org.tokensphere.model.Scheme;
import org.tokensphere.model.Simulation;

import java.util.concurrent.TimeUnit;

/**
 * Time per simulation step (divide {@code n} by it for token-steps per second) for the workload of
 * {@code src/bench/}: common noise, {@code σ_Q = 1}, {@code σ_b = 0.5} (per-token integrators) or {@code σ_b = 0}
 * (the exact linear flow, which also materializes every token each step, i.e. one frame per step).
 * {@code step} is one {@link Simulation#step()}; {@code advance16} is {@code advance(16)}, which fuses the 16
 * steps at d = 3 (time per 16 steps). Run with {@code bash src/bench/jmh.sh}; {@code -prof gc} shows the bytes
 * allocated per step ({@code gc.alloc.rate.norm}); {@code -jvmArgsAppend -Dtokensphere.noStepCheck=true} leaves
 * out the check of every token, to measure what it costs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class TokenStepBenchmark {
    @Param({"3", "64"})
    public int d;

    @Param({"1000", "100000"})
    public int n;

    @Param({"splitting", "heun", "linear"})
    public String scheme;

    @Param({"2"})
    public int threads;

    private Simulation sim;
    private boolean linear;

    @Setup(Level.Trial)
    public void setUp() {
        linear = scheme.equals("linear");
        Params p = Params.defaults().toBuilder().d(d).n(n).sigmaQ(1).sigmaB(linear ? 0 : 0.5).dt(0.01)
                .scheme(linear ? Scheme.AUTO : Scheme.valueOf(scheme.toUpperCase())).seed(1).build();
        sim = new Simulation(p, threads);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        sim.close();
    }

    /** One step of every token (and, for the linear flow, one frame of every token). */
    @Benchmark
    public double step() {
        sim.step();
        return linear ? sim.positions()[0] : sim.time();
    }

    /** Sixteen steps in one call (fused at d = 3); no frame. */
    @Benchmark
    public double advance16() {
        sim.advance(16);
        return sim.time();
    }
}
