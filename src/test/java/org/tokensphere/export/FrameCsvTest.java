package org.tokensphere.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tokensphere.engine.Frame;
import org.tokensphere.engine.SimulationEngine;
import org.tokensphere.model.Params;
import org.tokensphere.model.ScalarObservable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CSV of a published frame: the header records parameters and seed, the columns are as documented. */
class FrameCsvTest {
    private static final Params RUN = Params.defaults().toBuilder().n(50).seed(11).build();

    private static Frame frameAfterSteps(SimulationEngine e, int steps) {
        for (int k = 0; k < steps; k++) {
            e.stepOnce();
        }
        long end = System.nanoTime() + 10_000_000_000L;
        while (e.latest().steps() < steps && System.nanoTime() < end) {
            Thread.onSpinWait();
        }
        return e.latest();
    }

    @Test
    void observablesHaveTheParameterHeaderAndOneColumnPerObservableAndPair(@TempDir Path dir) throws Exception {
        try (SimulationEngine e = new SimulationEngine(RUN, 1)) {
            Frame f = frameAfterSteps(e, 30);
            Path out = dir.resolve("obs.csv");
            FrameCsv.writeObservables(out, f);
            List<String> lines = Files.readAllLines(out);
            assertTrue(lines.get(0).startsWith("# TokenSphere observables and pair traces"), lines.get(0));
            assertEquals("# parameters: " + RUN, lines.get(1));
            assertEquals("# seed: 11", lines.get(2));
            // The columns of tokensphere run (without its replica column), then the traced pairs.
            assertEquals("t,polarOrder,nematicOrder,polarPairs,antipolarPairs,clusters,rho01,lyapunov,lyapunovBand,"
                    + "polarFraction,antipolarFraction,attentionEnergy,pairsExamined,meanRadius,rho_0_1,rho_2_3,rho_4_5",
                    lines.get(3));
            assertEquals(f.history().length(), lines.size() - 4);
            for (String row : lines.subList(4, lines.size())) {
                String[] cells = row.split(",", -1);
                assertEquals(17, cells.length, row);
                Long.parseLong(cells[3]);  // counts are written as whole numbers, as run writes them
            }
            String last = lines.get(lines.size() - 1);
            assertEquals(f.history().get(ScalarObservable.NEMATIC_ORDER, f.history().length() - 1),
                    Double.parseDouble(last.split(",")[2]), "the nematic order of the last row");
        }
    }

    @Test
    void positionsHaveOneRowPerToken(@TempDir Path dir) throws Exception {
        try (SimulationEngine e = new SimulationEngine(RUN, 1)) {
            Frame f = frameAfterSteps(e, 3);
            Path out = dir.resolve("pos.csv");
            FrameCsv.writePositions(out, f);
            List<String> lines = Files.readAllLines(out);
            assertEquals("t,token,x1,x2,x3", lines.get(3));
            assertEquals(4 + 50, lines.size());
            String[] first = lines.get(4).split(",");
            assertEquals(f.time(), Double.parseDouble(first[0]));
            double r2 = 0;
            for (int k = 2; k < 5; k++) {
                r2 += Math.pow(Double.parseDouble(first[k]), 2);
            }
            assertEquals(1, r2, 1e-6, "a token on the sphere");
        }
    }

    @Test
    void anUnwritablePlaceGivesAMessageNamingIt(@TempDir Path dir) throws Exception {
        try (SimulationEngine e = new SimulationEngine(RUN, 1)) {
            Path missing = dir.resolve("no-such-folder").resolve("obs.csv");
            IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                    () -> FrameCsv.writeObservables(missing, e.latest()));
            assertTrue(ex.getMessage().contains("no-such-folder") && ex.getMessage().contains("does not exist"),
                    ex.getMessage());
            Path existing = dir.resolve("keep.csv");
            Files.writeString(existing, "old");
            Path folderAsFile = existing.resolve("x.csv");
            assertThrows(IllegalArgumentException.class, () -> FrameCsv.writePositions(folderAsFile, e.latest()));
            assertEquals("old", Files.readString(existing));
        }
    }
}
