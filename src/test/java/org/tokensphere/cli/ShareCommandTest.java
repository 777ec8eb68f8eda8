package org.tokensphere.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tokensphere.app.StartOptions;
import org.tokensphere.preset.Preset;
import org.tokensphere.preset.PresetLibrary;
import org.tokensphere.preset.ShareCode;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code tokensphere share} and codes wherever a preset is taken: for every shipped preset, {@code run} with the
 * code, with its link and with the preset's name writes the same rows and parameter header, bit for bit; the
 * argument a link handler passes ({@code tokensphere tokensphere://1/…}) opens the same preset; refusals are one
 * line with exit code 2 (run, render, bench, share and the window's argument).
 */
class ShareCommandTest {
    private record Result(int code, String out, String err) {
    }

    private static Result cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    /** The output of {@code run} without its first line, which names the preset as given. */
    private static String runOutput(String preset, String... more) {
        String[] args = new String[6 + more.length];
        System.arraycopy(new String[] {"run", "--preset", preset, "--time", "1", "--every"}, 0, args, 0, 6);
        System.arraycopy(more, 0, args, 6, more.length);
        Result r = cli(args);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("# preset: "), r.out());
        return r.out().substring(r.out().indexOf('\n') + 1);
    }

    private static String share(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "share";
        System.arraycopy(args, 0, all, 1, args.length);
        Result r = cli(all);
        assertEquals(0, r.code(), r.err());
        assertEquals(1, r.out().lines().count(), "one line: " + r.out());
        return r.out().strip();
    }

    @Test
    void everyShippedPresetRunsTheSameFromItsNameItsCodeAndItsLink() {
        for (String name : PresetLibrary.names()) {
            String code = share("--preset", name);
            String link = share("--preset", name, "--link");
            assertEquals(ShareCode.link(code), link);
            String byName = runOutput(name, "0.5", "--threads", "1");
            assertEquals(byName, runOutput(code, "0.5", "--threads", "1"), name + ": the code gives the same run");
            assertEquals(byName, runOutput(link, "0.5", "--threads", "1"), name + ": so does its link");
            System.out.println(name + ": " + code.length() + " characters  " + code);
        }
    }

    @Test
    void keyValuesAndSeedGoIntoTheCodeAndTheCodeRecordsItselfInTheCsvHeader() {
        String code = share("--preset", "rqf-bias", "n=40", "sigmaB=0.5", "--seed", "9", "--time", "3");
        assertEquals(runOutput("rqf-bias", "1", "n=40", "sigmaB=0.5", "--seed", "9", "--threads", "1"),
                runOutput(code, "1", "--threads", "1"));
        Preset p = ShareCode.decode(code);
        assertEquals(3.0, p.duration());
        assertEquals(List.of(List.of(0, 1), List.of(2, 3)), p.display().pairs());
        Result r = cli("run", "--preset", ShareCode.link(code), "--threads", "1");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("# preset: " + code + " (Random quadratic form with random bias: one cluster)"),
                r.out());
        assertEquals(3.0, Double.parseDouble(r.out().lines().reduce((a, b) -> b).orElseThrow().split(",")[1]), 0.011,
                "the code's duration is run's default time");
        Preset few = ShareCode.decode(share("--preset", "rqf", "n=3"));
        assertEquals(List.of(List.of(0, 1)), few.display().pairs(), "pairs beyond n = 3 are dropped");
        Preset none = ShareCode.decode(share("sigmaQ=2", "--title", "Faster"));
        assertEquals("Faster", none.title());
        assertEquals(5.0, none.duration(), "without a preset: run's default time");
    }

    @Test
    void benchTakesACodeAsItsWorkload() {
        String code = share("--preset", "kuramoto", "n=500");
        Result r = cli("bench", "--preset", code, "steps=2", "threads=1");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains(" d=2 n=500 ") && r.out().contains("attention=usa"), r.out());
    }

    @Test
    void theLinkHandlersArgumentOpensThePresetThatPresetWouldRun() {
        for (String name : PresetLibrary.names()) {
            String code = share("--preset", name);
            String handed = Main.presetToOpen(ShareCode.link(code), List.of("run"));
            StartOptions start = StartOptions.of(handed, null);
            assertTrue(start.problems().isEmpty(), start.problems().toString());
            Preset expected = CommonOptions.PresetOption.resolve(code);
            assertEquals(expected, start.preset(), name);
            assertEquals(expected.toParams(), start.params(), name);
            assertEquals(StartOptions.of(code, null).preset(), start.preset(), "the code as start argument");
            assertEquals(PresetLibrary.shipped(name).toParams(), start.params(), name);
            assertEquals(null, start.presetFile(), "a code is not a file (nor a recent file)");
            assertEquals("share code", start.presetSource());
        }
    }

    @Test
    void aRefusedCodeIsOneLineAndExitCodeTwoEverywhere() {
        String bad = "tokensphere:1:not*base64";
        for (String[] args : List.of(new String[] {"run", "--preset", bad}, new String[] {"share", "--preset", bad},
                new String[] {"render", "--preset", bad, "--out", "x.png"}, new String[] {"bench", "--preset", bad},
                new String[] {bad},
                new String[] {"tokensphere://9/abcd"})) {
            Result r = cli(args);
            assertEquals(Main.BAD_INPUT, r.code(), String.join(" ", args) + ": " + r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().startsWith("tokensphere: share code refused: "), r.err());
            assertEquals("", r.out());
        }
    }

    @Test
    void aRunTooLargeForACodeIsRefusedWithAPointerToTheFile(@TempDir Path dir) throws IOException {
        StringBuilder points = new StringBuilder();
        java.util.Random rng = new java.util.Random(5);
        for (int i = 0; i < 2000; i++) {
            points.append(rng.nextGaussian()).append(' ').append(rng.nextGaussian()).append(' ')
                    .append(rng.nextGaussian()).append('\n');
        }
        Path file = Files.writeString(dir.resolve("start.txt"), points);
        Result r = cli("share", "n=2000", "init=file", "file=" + file);
        assertEquals(Main.BAD_INPUT, r.code(), r.err());
        assertTrue(r.err().contains("does not fit in a share code") && r.err().contains("share the preset file"),
                r.err());
    }
}
