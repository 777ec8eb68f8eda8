package org.tokensphere.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tokensphere.model.theory.AttentionLayer;

/** {@code tokensphere layer}, the {@code rhoEquiangular} column of {@code run}, and the refusals of both. */
class LayerCommandTest {
    @Test
    void writesCosineAndLimitPerNAndGamma() {
        CommandLineTest.Result r = CommandLineTest.run("layer", "n=10,1000,1000000000", "rho=0.5", "gamma=1:3:5");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("real token vectors"), "the header says how cosOut was computed");
        List<String> rows = r.out().lines().filter(l -> !l.startsWith("#")).toList();
        assertEquals(LayerCommand.HEADER, rows.get(0));
        assertEquals(1 + 3 * 5, rows.size());
        String[] big = rows.get(rows.size() - 1).split(",");
        assertEquals("1000000000", big[0]);
        assertEquals(3.0, Double.parseDouble(big[1]));
        assertEquals(AttentionLayer.reduced(1e9, 0.5, 3), Double.parseDouble(big[3]), 0);
        assertEquals(0.5, Double.parseDouble(big[4]));
        String[] critical = rows.get(3).split(",");
        assertEquals(2.0, Double.parseDouble(critical[1]));
        assertEquals(0.8, Double.parseDouble(critical[4]), 1e-15);
    }

    @Test
    void refusesBadValuesWithOneLineAndCodeTwo() {
        String[][] bad = {
            {"layer", "n=10", "rho=1.5", "gamma=1"},
            {"layer", "n=10", "rho=0.5", "gamma=-1"},
            {"layer", "n=1", "rho=0.5", "gamma=1"},
            {"layer", "n=10", "rho=0.5", "gamma=1:2"},
            {"layer", "n=100", "rho=0.5", "gamma=1", "d=50"},
            {"layer", "rho=0.5", "gamma=1"},
            {"run", "norm=sideways"},
            {"run", "gamma=-1"},
        };
        String[] field = {"rho", "gamma", "n", "gamma", "d", "n=", "norm", "gamma"};
        for (int k = 0; k < bad.length; k++) {
            CommandLineTest.Result r = CommandLineTest.run(bad[k]);
            assertEquals(2, r.code(), String.join(" ", bad[k]));
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().contains(field[k]), r.err());
        }
    }

    @Test
    void runAddsTheEquiangularReferenceWhenItApplies() {
        CommandLineTest.Result r = CommandLineTest.run("run", "n=4", "d=5", "sigmaQ=0", "attention=sa", "norm=peri",
                "beta=2", "init=equiangular", "rho0=-0.2", "dt=0.002", "--time", "4", "--every", "1");
        assertEquals(0, r.code(), r.err());
        List<String> rows = r.out().lines().filter(l -> !l.startsWith("#")).toList();
        List<String> columns = List.of(rows.get(0).split(","));
        int rho01 = columns.indexOf("rho01");
        int reference = columns.indexOf("rhoEquiangular");
        assertEquals(columns.size() - 1, reference, "the last column");
        assertEquals(6, rows.size());
        for (String row : rows.subList(1, rows.size())) {
            String[] v = row.split(",");
            // The Heun step's error at h = 0.002 (NormalizationSchemesTest): below 5.4e-7.
            assertEquals(Double.parseDouble(v[reference]), Double.parseDouble(v[rho01]), 5.4e-7, row);
        }
        CommandLineTest.Result noisy = CommandLineTest.run("run", "n=4", "d=5", "attention=sa", "init=equiangular",
                "--time", "0.1");
        assertTrue(!noisy.out().contains("rhoEquiangular"), "no reference when the noise acts");
    }
}
