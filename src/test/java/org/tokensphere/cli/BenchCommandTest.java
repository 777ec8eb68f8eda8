package org.tokensphere.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.tokensphere.cli.CommandLineTest.run;

import org.junit.jupiter.api.Test;
import org.tokensphere.cli.CommandLineTest.Result;

/** {@code tokensphere bench}: every run parameter is accepted, the rates are printed, bad input is one line. */
class BenchCommandTest {
    @Test
    void attentionRunsPrintStepsPairsAndTokenSteps() {
        Result r = run("bench", "attention=sa", "beta=2", "n=300", "sigmaQ=0", "sigmaB=0", "steps=4", "threads=2");
        assertEquals(0, r.code(), r.err());
        String line = r.out().strip();
        assertTrue(line.startsWith("java splitting d=3 n=300 steps=4 threads=2 attention=sa beta=2.0"), line);
        for (String field : new String[] {"steps_per_s=", "token_steps_per_s=", "pair_interactions_per_s=",
            "max_norm_err="}) {
            assertTrue(line.contains(" " + field), field + " in " + line);
        }
    }

    @Test
    void theOldWorkloadStillRuns() {
        Result r = run("bench", "d=3", "n=2000", "steps=4", "scheme=heun", "threads=1");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("java heun d=3 n=2000 steps=4 threads=1 steps_per_s="), r.out());
        assertTrue(r.out().contains("per_cpu_second="), r.out());
        Result linear = run("bench", "n=5000", "steps=2", "scheme=linear");
        assertEquals(0, linear.code(), linear.err());
        assertTrue(linear.out().startsWith("java linear "), linear.out());
    }

    /** One step per call (batch=1) runs the same steps as fused calls (the default at d = 3): the same checksum. */
    @Test
    void oneStepPerCallEndsWhereFusedStepsDo() {
        for (String scheme : new String[] {"splitting", "heun"}) {
            Result fused = run("bench", "n=3000", "steps=40", "warmup=0", "threads=2", "scheme=" + scheme);
            Result single = run("bench", "n=3000", "steps=40", "warmup=0", "threads=2", "scheme=" + scheme,
                    "batch=1");
            assertEquals(0, fused.code(), fused.err());
            assertEquals(0, single.code(), single.err());
            assertEquals(checksum(fused.out()), checksum(single.out()), scheme);
        }
        Result bad = run("bench", "batch=0");
        assertEquals(2, bad.code(), bad.err());
        assertTrue(bad.err().contains("batch = 0 must be at least 1"), bad.err());
    }

    private static String checksum(String line) {
        return line.replaceAll(".*( mean_x0=\\S+ max_norm_err=\\S+).*", "$1").strip();
    }

    @Test
    void aPresetIsAWorkload() {
        Result r = run("bench", "--preset", "kuramoto", "n=1000", "steps=4");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains(" d=2 n=1000 ") && r.out().contains("attention=usa beta=0.0"), r.out());
        Result bad = run("bench", "--preset", "no-such-preset");
        assertEquals(2, bad.code(), bad.err());
        assertEquals(1, bad.err().strip().lines().count(), bad.err());
    }

    @Test
    void badInputIsOneLineWithCodeTwo() {
        String[][] bad = {{"bench", "size=3"}, {"bench", "beta=-1"}, {"bench", "steps=0"}, {"bench", "threads=x"},
            {"bench", "attention=maybe"}, {"bench", "scheme=linear", "sigmaB=1"}, {"bench", "n"}};
        for (String[] args : bad) {
            Result r = run(args);
            assertEquals(2, r.code(), String.join(" ", args) + " -> " + r.err());
            assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        }
        assertTrue(run("bench", "beta=-1").err().contains("beta = -1.0 is out of range"));
        assertTrue(run("bench", "size=3").err().contains("unknown key 'size'"));
    }
}
