package org.tokensphere.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code tokensphere run} and its refusals: one-line messages and exit code 2. */
class CommandLineTest {
    /** What a command line printed and returned. */
    record Result(int code, String out, String err) {
    }

    /** Runs {@code tokensphere args...} in this process. */
    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void writesOneRowPerReplicaAndTime() {
        Result r = run("run", "n=50", "--time", "1", "--every", "0.25", "--replicas", "3", "--threads", "2");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().filter(l -> !l.startsWith("#")).toList();
        assertEquals(RunCommand.HEADER, lines.get(0));
        assertTrue(lines.get(0).startsWith("replica,t,polarOrder,nematicOrder,polarPairs,antipolarPairs,clusters,rho01,"
                + "lyapunov"));
        assertEquals(1 + 3 * 5, lines.size(), "3 replicas × t = 0, 0.25, 0.5, 0.75, 1");
        String[] last = lines.get(lines.size() - 1).split(",");
        assertEquals("2", last[0]);
        assertEquals(1.0, Double.parseDouble(last[1]), 0.011);
        assertTrue(r.out().contains("# TokenSphere run: d=3 n=50"), "the header records the parameters");
    }

    @Test
    void theSameSeedGivesTheSameRowsWhateverTheThreads() {
        Result one = run("run", "n=3000", "sigmaInd=0.3", "sharing=0.5", "--time", "0.2", "--threads", "1");
        Result two = run("run", "n=3000", "sigmaInd=0.3", "sharing=0.5", "--time", "0.2", "--threads", "2");
        assertEquals(0, one.code(), one.err());
        assertEquals(one.out(), two.out());
    }

    @Test
    void refusesBadArgumentsWithOneLineAndCodeTwo() {
        String[][] bad = {
            {"run", "sigmaQ=abc"},
            {"run", "colour=red"},
            {"run", "sharing=1.5"},
            {"run", "d=1"},
            {"run", "mode=chaotic"},
            {"run", "--time", "-1"},
            {"run", "--replicas", "many"},
            {"run", "init=equiangular", "n=10"},
            {"run", "matrix=explicit:1,2,3,4,5,6,7,8,9"},
            {"bench", "size=3"},
        };
        for (String[] args : bad) {
            Result r = run(args);
            assertEquals(2, r.code(), String.join(" ", args) + " -> " + r.err());
            assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
            assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        }
        assertTrue(run("run", "sharing=1.5").err().contains("sharing = 1.5 is out of range [0.0, 1.0]"));
        assertTrue(run("run", "matrix=explicit:1,2,3,4,5,6,7,8,9").err().contains("not symmetric"));
    }

    @Test
    void writesTheFileWholeOrNotAtAll(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("rqf.csv");
        Result ok = run("run", "n=20", "--time", "0.1", "--out", out.toString());
        assertEquals(0, ok.code(), ok.err());
        String before = Files.readString(out);
        assertTrue(before.contains(RunCommand.HEADER));
        Result missingFolder = run("run", "n=20", "--time", "0.1", "--out", dir.resolve("no/such/x.csv").toString());
        assertEquals(2, missingFolder.code());
        assertTrue(missingFolder.err().contains("does not exist"), missingFolder.err());
        Result refused = run("run", "n=20", "sharing=2", "--out", out.toString());
        assertEquals(2, refused.code());
        assertEquals(before, Files.readString(out), "a refused run leaves the existing file alone");
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void readsStartingPositionsFromAFile(@TempDir Path dir) throws IOException {
        Path pos = dir.resolve("start.txt");
        Files.writeString(pos, "# two antipodal-ish points\n1 0 0\n-1 0.01 0\n");
        Result r = run("run", "n=2", "init=file", "file=" + pos, "--time", "0.01");
        assertEquals(0, r.code(), r.err());
        String row = r.out().lines().filter(l -> l.startsWith("0,0.0,")).findFirst().orElseThrow();
        double rho01 = Double.parseDouble(row.split(",")[7]);
        assertEquals(-1 / Math.sqrt(1 + 1e-4), rho01, 1e-12);
        Files.writeString(pos, "1 0 0\n1 0\n");
        Result bad = run("run", "n=2", "init=file", "file=" + pos);
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("line 2"), bad.err());
    }

    @Test
    void writesPairProductsAndPositionsOverTime(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("obs.csv");
        Path pos = dir.resolve("pos.csv");
        Result r = run("run", "n=40", "--time", "1", "--every", "0.5", "--pairs", "0-1,5-7", "--positions",
                pos.toString(), "--out", csv.toString());
        assertEquals(0, r.code(), r.err());
        List<String> rows = Files.readAllLines(csv).stream().filter(l -> !l.startsWith("#")).toList();
        assertTrue(rows.get(0).endsWith(",pairsExamined,meanRadius,rho_0_1,rho_5_7"), rows.get(0));
        String[] first = rows.get(1).split(",");
        assertEquals(Double.parseDouble(first[7]), Double.parseDouble(first[first.length - 2]), 1e-15,
                "rho_0_1 is the rho01 column");
        List<String> p = Files.readAllLines(pos);
        assertTrue(p.get(0).startsWith("# TokenSphere positions of replica 0"), p.get(0));
        List<String> data = p.stream().filter(l -> !l.startsWith("#")).toList();
        assertEquals("t,token,x1,x2,x3", data.get(0));
        assertEquals(1 + 3 * 40, data.size(), "40 tokens at t = 0, 0.5, 1");
        String[] last = data.get(data.size() - 1).split(",");
        assertEquals("39", last[1]);
        double norm = 0;
        for (int k = 2; k < 5; k++) {
            norm += Double.parseDouble(last[k]) * Double.parseDouble(last[k]);
        }
        assertEquals(1, norm, 1e-6, "a unit vector");
        Result bad = run("run", "n=40", "--pairs", "0-40");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--pairs"), bad.err());
    }
}
