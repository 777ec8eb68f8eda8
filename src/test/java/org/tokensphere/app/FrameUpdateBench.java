package org.tokensphere.app;

import org.tokensphere.app.viewmodel.DisplaySettings.ColourBy;
import org.tokensphere.app.viewmodel.DisplaySettings.ProjectionKind;
import org.tokensphere.app.viewmodel.Projector;
import org.tokensphere.app.viewmodel.TokenColoring;
import org.tokensphere.app.view.FlatBench;
import org.tokensphere.engine.Frame;
import org.tokensphere.engine.SimulationEngine;
import org.tokensphere.model.Params;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * CPU time per frame of the UI thread's frame preparation, without the toolkit: projection, colouring, and the
 * software view's pixel drawing, on real frames of the RQF (after synchronization and before it), at 2 000,
 * 20 000 and 100 000 tokens, d = 3 and d = 10. Run: {@code java -cp target/test-classes:target/classes:… 
 * org.tokensphere.app.FrameUpdateBench}.
 */
public final class FrameUpdateBench {
    private FrameUpdateBench() {
    }

    public static void main(String[] args) throws Exception {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int d : new int[] {3, 10}) {
            for (int n : new int[] {2_000, 20_000, 100_000}) {
                Params p = Params.defaults().toBuilder().n(n).d(d).build();
                try (SimulationEngine engine = new SimulationEngine(p, 1)) {
                    engine.setSpeed(Double.POSITIVE_INFINITY);
                    engine.play();
                    Thread.sleep(1500);
                    engine.pause();
                    Thread.sleep(300);
                    Frame f = engine.latest();
                    for (ColourBy by : ColourBy.values()) {
                        Projector projector = new Projector();
                        TokenColoring colouring = new TokenColoring();
                        FlatBench view = new FlatBench(620, 560);
                        int reps = 60;
                        long[] parts = new long[2];
                        for (int r = 0; r < reps + 20; r++) {
                            long c0 = cpu.getCurrentThreadCpuTime();
                            float[] xyz = projector.project(f.positions(), n, d, ProjectionKind.PRINCIPAL);
                            double[] axis = colouring.stableAxis(f.values().poleAxis());
                            int[] colours = colouring.colour(f.positions(), f.initial(), n, d, by, axis, f.pairs());
                            long c1 = cpu.getCurrentThreadCpuTime();
                            view.draw(xyz, n, colours, projector.project(axis));
                            long c2 = cpu.getCurrentThreadCpuTime();
                            if (r >= 20) {
                                parts[0] += c1 - c0;
                                parts[1] += c2 - c1;
                            }
                        }
                        System.out.printf(Locale.ROOT, "d=%-3d n=%-7d colour=%-17s project+colour %.2f ms   "
                                        + "software view pixels %.2f ms   (t=%.1f)%n", d, n, by, parts[0] * 1e-6 / reps,
                                parts[1] * 1e-6 / reps, f.time());
                    }
                }
            }
        }
    }
}
