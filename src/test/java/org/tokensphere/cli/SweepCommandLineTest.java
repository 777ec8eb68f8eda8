package org.tokensphere.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tokensphere.sweep.SweepExecutor;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code tokensphere sweep} and {@code run --stop-when}: output, refusals (one line, exit code 2), cancellation. */
class SweepCommandLineTest {
    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void writesLongCsvWithAHeader(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("s.csv");
        Result r = run("sweep", "n=8", "--vary", "sigmaQ=0.5:1:2", "--vary", "attention=none,sa", "--time", "0.2",
                "--every", "0.1", "--replicas", "3", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("4 grid points × 3 replicas"), r.err());
        List<String> lines = Files.readAllLines(out);
        assertTrue(lines.get(0).startsWith("# TokenSphere 0.1.0 sweep"), lines.get(0));
        List<String> data = lines.stream().filter(l -> !l.startsWith("#")).toList();
        assertTrue(data.get(0).startsWith("sigmaQ,attention,t,replicas,polarOrder_mean,polarOrder_se,"), data.get(0));
        assertEquals(1 + 4 * 3, data.size());
        assertTrue(data.get(1).startsWith("0.5,none,0.0,3,"), data.get(1));
        assertTrue(data.get(12).startsWith("1,sa,0.2,3,"), data.get(12));
    }

    @Test
    void runWritesTheStoppingTime() {
        Result r = run("run", "n=2", "init=pair", "rho0=-1", "sigmaB=1", "--stop-when", "rho01>=0", "--time", "5",
                "--every", "0.05", "--replicas", "2");
        assertEquals(0, r.code(), r.err());
        List<String> data = r.out().lines().filter(l -> !l.startsWith("#")).toList();
        assertTrue(data.get(0).endsWith(",tStop"), data.get(0));
        String[] last = data.get(data.size() - 1).split(",");
        double tStop = Double.parseDouble(last[last.length - 1]);
        double t = Double.parseDouble(last[1]);
        assertTrue(tStop > 0 && tStop < 5 && t <= tStop && tStop < t + 0.05 + 0.01, "last row at " + t
                + " before the stop at " + tStop);
    }

    @Test
    void refusesMalformedVaryStopWhenAndSweepFilesWithOneLine(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"schema\": 1, \"title\": \"x\", \"vary\": [\"beta=0:9:10\"], \"time\": 1, "
                + "\"replicas\": 2, \"colour\": \"red\"}");
        Path notJson = dir.resolve("broken.json");
        Files.writeString(notJson, "{\"schema\": 1, ");
        String[][] cases = {
            {"sweep", "--vary", "beta", "--time", "1"},
            {"sweep", "--vary", "colour=1,2"},
            {"sweep", "--vary", "beta=0:9"},
            {"sweep", "--vary", "beta=0:9:x"},
            {"sweep", "--vary", "beta=0:9:0"},
            {"sweep", "--vary", "beta=0:9:5000"},
            {"sweep", "--vary", "beta=0:200:3"},
            {"sweep", "--vary", "seed=1,2"},
            {"sweep", "--vary", "beta=1,,2"},
            {"sweep", "--vary", "beta=1,2", "--vary", "beta=3,4"},
            {"sweep", "--vary", "beta=1", "--vary", "d=2", "--vary", "n=3"},
            {"sweep"},
            {"sweep", "--vary", "beta=1,2", "--replicas", "0"},
            {"sweep", "--vary", "beta=1,2", "--time", "-1"},
            {"sweep", "--vary", "beta=1,2", "--stop-when", "rho01"},
            {"sweep", "--vary", "beta=1,2", "--stop-when", "rho01==0"},
            {"sweep", "--vary", "beta=1,2", "--stop-when", "colour>=1"},
            {"sweep", "--vary", "beta=1,2", "--stop-when", "rho01>=abc"},
            {"run", "--stop-when", "polarOrder>"},
            {"sweep", "--sweep", bad.toString()},
            {"sweep", "--sweep", notJson.toString()},
            {"sweep", "--sweep", "nosuchsweep"},
        };
        for (String[] args : cases) {
            Result r = run(args);
            String what = String.join(" ", args);
            assertEquals(2, r.code(), what + " -> " + r.err());
            assertEquals(1, r.err().strip().lines().count(), what + " -> " + r.err());
            assertTrue(r.err().startsWith("tokensphere: "), what + " -> " + r.err());
        }
        assertTrue(run("sweep", "--sweep", bad.toString()).err().contains("unknown field 'colour'"));
        assertTrue(run("sweep", "--vary", "beta=1,2", "--stop-when", "rho01==0").err().contains("--stop-when"));
        assertTrue(run("sweep", "--vary", "beta=0:200:3").err().contains("beta = 200"));
    }

    @Test
    void aCancelledSweepLeavesNoFile(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("s.csv");
        Files.writeString(out, "before");
        SweepExecutor cancelling = new SweepExecutor() {
            @Override
            public org.tokensphere.sweep.SweepResult run(org.tokensphere.sweep.Sweep s, int threads,
                    java.util.function.BooleanSupplier cancelled,
                    java.util.function.Consumer<org.tokensphere.sweep.SweepProgress> progress) {
                throw new CancellationException("stopped");
            }

            @Override
            public String describe(int threads) {
                return "test";
            }
        };
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"sweep", "--vary", "beta=1,2", "--out", out.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err), new picocli.CommandLine.IFactory() {
                    @Override
                    public <K> K create(Class<K> cls) throws Exception {
                        return cls == SweepCommand.class ? cls.cast(new SweepCommand(cancelling))
                                : picocli.CommandLine.defaultFactory().create(cls);
                    }
                });
        assertEquals(SweepCommand.INTERRUPTED, code);
        assertTrue(err.toString().contains("no file written"), err.toString());
        assertEquals("before", Files.readString(out));
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".part")), "no temporary file");
        }
    }
}
