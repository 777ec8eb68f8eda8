package org.tokensphere.app.view3d;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import javafx.scene.shape.TriangleMesh;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * CPU time per frame on the FX thread to prepare the token mesh, for 2 000 / 20 000 / 100 000
 * tokens. No toolkit is started: {@code TriangleMesh}'s observable arrays work without one.
 *
 * <ul>
 *   <li>{@code fillPoints}: sprite corners from positions (the pure kernel);</li>
 *   <li>{@code fillAndCopyToMesh}: that plus {@code mesh.getPoints().set(...)}, i.e. everything
 *       {@link SphereView#setTokens} does per frame when n and the colours are unchanged
 *       (except its 3n-float copy of the input);</li>
 *   <li>{@code trailPush}: one trail frame (8 frames kept): dabs of the newest slot, for every
 *       token (the view caps trails at {@code TokenLayer.MAX_TRAIL_DABS} dabs with a stride).</li>
 * </ul>
 * The render thread's own mesh rebuild (Prism) is not included; see the demo's fps for that.
 *
 * <p>Run: {@code mvn -o test-compile} then
 * {@code java -cp target/test-classes:target/classes:<test classpath> org.tokensphere.app.view3d.MeshPrepBenchmark [--cpu]}
 * (test classpath: {@code mvn -o dependency:build-classpath -Dmdep.includeScope=test}).
 * Positions are uniform on the sphere, seed 42.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 6, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class MeshPrepBenchmark {

    @Param({"2000", "20000", "100000"})
    public int n;

    /** The default view (elevation 18°, azimuth −30°, distance 5). */
    private static final ViewFrame VIEW = new ViewFrame();

    static {
        VIEW.set(90 + 18, -30, 1 / 5.0);
    }

    private float[] xyz;
    private int[] colours;
    private TokenMeshBuilder builder;
    private TriangleMesh mesh;
    private TrailMeshBuilder trail;

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom rng = new SplittableRandom(42);
        xyz = new float[3 * n];
        colours = new int[n];
        for (int i = 0; i < n; i++) {
            double z = 2 * rng.nextDouble() - 1;
            double phi = 2 * Math.PI * rng.nextDouble();
            double r = Math.sqrt(1 - z * z);
            xyz[3 * i] = (float) (r * Math.cos(phi));
            xyz[3 * i + 1] = (float) (r * Math.sin(phi));
            xyz[3 * i + 2] = (float) z;
            colours[i] = i % 2;
        }
        builder = new TokenMeshBuilder();
        builder.setCount(n);
        builder.fillPoints(xyz, 0.02f, VIEW);
        builder.setColors(xyz, colours, 2, VIEW);
        mesh = new TriangleMesh();
        mesh.getPoints().setAll(builder.points(), 0, builder.pointsLength());
        mesh.getTexCoords().setAll(builder.texCoords(), 0, builder.texCoordsLength());
        mesh.getFaces().setAll(builder.faces(), 0, builder.facesLength());
        trail = new TrailMeshBuilder();
        trail.reset(xyz, n, colours, 8, 2, 1, 0.014f, VIEW);
    }

    @Benchmark
    public float[] fillPoints() {
        builder.fillPoints(xyz, 0.02f, VIEW);
        return builder.points();
    }

    @Benchmark
    public TriangleMesh fillAndCopyToMesh() {
        builder.setCount(n);
        builder.fillPoints(xyz, 0.02f, VIEW);
        builder.setColors(xyz, colours, 2, VIEW);
        mesh.getPoints().set(0, builder.points(), 0, builder.pointsLength());
        return mesh;
    }

    @Benchmark
    public float[] trailPush() {
        trail.push(xyz, colours, 0.014f, VIEW);
        return trail.points();
    }

    /**
     * No argument: runs the JMH benchmarks (wall time). {@code --cpu}: a plain loop that reports
     * this thread's CPU time per call (ThreadMXBean), which stays meaningful on a machine
     * whose cores are shared with other work; median of 15 batches after a 3 s warm-up.
     */
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--cpu")) {
            cpuTimes();
            return;
        }
        new Runner(new OptionsBuilder().include(MeshPrepBenchmark.class.getSimpleName()).build()).run();
    }

    private static void cpuTimes() {
        java.lang.management.ThreadMXBean threads =
                java.lang.management.ManagementFactory.getThreadMXBean();
        String[] names = {"fillPoints", "fillAndCopyToMesh", "trailPush"};
        for (int size : new int[] {2_000, 20_000, 100_000}) {
            MeshPrepBenchmark b = new MeshPrepBenchmark();
            b.n = size;
            b.setUp();
            for (int which = 0; which < names.length; which++) {
                int calls = Math.max(20, 4_000_000 / size);
                long warmEnd = System.nanoTime() + 3_000_000_000L;
                while (System.nanoTime() < warmEnd) {
                    b.call(which, calls);
                }
                double[] perCall = new double[15];
                for (int batch = 0; batch < perCall.length; batch++) {
                    long t0 = threads.getCurrentThreadCpuTime();
                    b.call(which, calls);
                    perCall[batch] = (threads.getCurrentThreadCpuTime() - t0) * 1e-6 / calls;
                }
                java.util.Arrays.sort(perCall);
                System.out.printf("n=%7d %-18s %8.3f ms CPU per frame (median; min %.3f, max %.3f)%n",
                        size, names[which], perCall[7], perCall[0], perCall[14]);
            }
        }
    }

    private void call(int which, int calls) {
        for (int i = 0; i < calls; i++) {
            switch (which) {
                case 0: fillPoints(); break;
                case 1: fillAndCopyToMesh(); break;
                default: trailPush(); break;
            }
        }
    }
}
