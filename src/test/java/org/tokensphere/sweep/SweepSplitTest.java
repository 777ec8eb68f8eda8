package org.tokensphere.sweep;

import org.junit.jupiter.api.Test;
import org.tokensphere.model.ParamAxis;
import org.tokensphere.model.ParamParser;
import org.tokensphere.model.Parallel;
import org.tokensphere.model.Params;
import org.tokensphere.model.StopCondition;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A sweep gives the same rows bit for bit whatever the number of threads and whatever order its replicas are
 * computed and handed in: one, two and three workers, and the replicas of every grid point folded in a shuffled
 * order (seed 7), all give the same CSV.
 */
class SweepSplitTest {
    static Sweep smallSweep() {
        Params base = ParamParser.parse(Params.defaults(), List.of("n=12", "sigmaB=0.5", "sharing=0.7"));
        return new Sweep(base, List.of(ParamAxis.parse("sigmaQ=0.5,1"), ParamAxis.parse("d=2,3")), 0.6, 0.2, 5,
                StopCondition.parse("nematicOrder>=0.8"));
    }

    static String csv(SweepResult r) throws Exception {
        StringWriter w = new StringWriter();
        SweepCsv.write(w, r, "test");
        return w.toString();
    }

    @Test
    void threadsAndOrderDoNotChangeTheRows() throws Exception {
        Sweep s = smallSweep();
        String one;
        try (Parallel p = new Parallel(1)) {
            one = csv(SweepRunner.run(s, p, () -> false, x -> { }));
        }
        for (int threads : new int[] {2, 3}) {
            try (Parallel p = new Parallel(threads)) {
                assertEquals(one, csv(SweepRunner.run(s, p, () -> false, x -> { })), threads + " threads");
            }
        }
        List<ReplicaResult> all = new ArrayList<>();
        for (int g = 0; g < s.points(); g++) {
            for (int r = 0; r < s.replicas(); r++) {
                all.add(SweepRunner.replica(s, g, r, () -> false));
            }
        }
        Collections.shuffle(all, new Random(7));
        PointFold[] folds = new PointFold[s.points()];
        for (int g = 0; g < folds.length; g++) {
            folds[g] = new PointFold(s, g);
        }
        for (ReplicaResult r : all) {
            folds[r.point()].add(r);
        }
        List<PointResult> points = new ArrayList<>();
        for (PointFold f : folds) {
            points.add(f.result());
        }
        assertEquals(one, csv(new SweepResult(s, points)), "replicas folded in a shuffled order");
        assertArrayEquals(new int[] {5, 5, 5, 5}, new int[] {points.get(0).count()[0], points.get(1).count()[0],
            points.get(2).count()[0], points.get(3).count()[0]}, "every replica is measured at t = 0");
    }
}
