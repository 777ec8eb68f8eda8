package org.tokensphere.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.tokensphere.engine.ReadOnlyFloats;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * What reading a frame's positions costs the UI thread, per frame: the loop the pole colouring runs (the sign of
 * {@code ⟨x_i, u⟩} for every token) over a plain array and over the frame's {@link ReadOnlyFloats} view, and, for
 * comparison, what a copy-out accessor would add (one copy of all {@code n·d} floats per frame).
 * Run with {@code bash src/bench/jmh.sh FrameReadBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class FrameReadBenchmark {
    @Param({"3", "10"})
    public int d;

    @Param({"100000", "1000000"})
    public int n;

    private float[] array;
    private ReadOnlyFloats view;
    private float[] copy;
    private double[] axis;
    private int[] out;

    @Setup
    public void setUp() {
        SplittableRandom r = new SplittableRandom(1);
        array = new float[n * d];
        for (int k = 0; k < array.length; k++) {
            array[k] = (float) r.nextGaussian();
        }
        view = ReadOnlyFloats.copyOf(array);
        copy = new float[n * d];
        axis = new double[d];
        axis[d - 1] = 1;
        out = new int[n];
    }

    /** The pole colouring's loop over a plain array (how frames were read before). */
    @Benchmark
    public int[] signsFromArray() {
        for (int i = 0; i < n; i++) {
            double s = 0;
            int o = i * d;
            for (int k = 0; k < d; k++) {
                s += array[o + k] * axis[k];
            }
            out[i] = s >= 0 ? 0 : 1;
        }
        return out;
    }

    /** The same loop through the read-only view (how frames are read now). */
    @Benchmark
    public int[] signsFromView() {
        for (int i = 0; i < n; i++) {
            double s = 0;
            int o = i * d;
            for (int k = 0; k < d; k++) {
                s += view.get(o + k) * axis[k];
            }
            out[i] = s >= 0 ? 0 : 1;
        }
        return out;
    }

    /** What a copy-out accessor would add to every frame. */
    @Benchmark
    public float[] copyOut() {
        view.copyTo(0, copy, 0, copy.length);
        return copy;
    }
}
