package org.tokensphere.spark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tokensphere.cli.Main;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code sweep} on Apache Spark ({@code local[2]}, Spark embedded in the test's JVM) writes the same CSV as the
 * local sweep, bit for bit: a 2 × 2 grid with 5 replicas per grid point, a stopping rule and a mean, so every kind
 * of column is compared. The header names neither the executor nor the thread count, so the files are compared whole.
 */
class SparkSweepTest {
    private static final String[] SWEEP = {"sweep", "n=12", "sigmaB=0.5", "sharing=0.7", "seed=11",
        "--vary", "sigmaQ=0.5,1", "--vary", "d=2,3", "--time", "0.6", "--every", "0.2", "--replicas", "5",
        "--stop-when", "nematicOrder>=0.8", "--quiet"};

    @Test
    void sparkGivesTheRowsOfTheLocalSweep(@TempDir Path dir) throws Exception {
        Path local = dir.resolve("local.csv");
        Path spark = dir.resolve("spark.csv");
        StringWriter err = new StringWriter();
        assertEquals(0, Main.execute(args("--threads", "2", "--out", local.toString()),
                new PrintWriter(new StringWriter()), new PrintWriter(err)), err.toString());
        assertEquals(0, SparkMain.execute(args("--master", "local[2]", "--out", spark.toString()),
                new PrintWriter(new StringWriter()), new PrintWriter(err)), err.toString());
        List<String> rows = Files.readAllLines(spark);
        assertEquals(Files.readAllLines(local), rows);
        List<String> data = rows.stream().filter(l -> !l.startsWith("#")).collect(Collectors.toList());
        assertEquals(1 + 4 * 4, data.size(), "a header line and 4 grid points × 4 sample times");
        assertTrue(data.get(0).contains("tStop_mean") && data.get(0).contains("stopped"), data.get(0));
    }

    @Test
    void aRefusedSweepIsOneLineOnSparkToo() {
        StringWriter err = new StringWriter();
        int code = SparkMain.execute(new String[] {"sweep", "--vary", "beta=1:0", "--time", "1", "--quiet"},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(Main.BAD_INPUT, code);
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(err.toString().contains("--vary"), err.toString());
    }

    /** The small sweep with {@code more} arguments after it (also {@link SparkStandaloneTest}'s). */
    static String[] args(String... more) {
        String[] all = new String[SWEEP.length + more.length];
        System.arraycopy(SWEEP, 0, all, 0, SWEEP.length);
        System.arraycopy(more, 0, all, SWEEP.length, more.length);
        return all;
    }
}
