package org.tokensphere.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tokensphere.preset.MalformedPresets;
import org.tokensphere.preset.PresetIO;
import org.tokensphere.preset.PresetLibrary;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code tokensphere run --preset}: shipped names and files, overrides, and refusals with exit code 2. */
class PresetCommandLineTest {
    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    private static List<String> rows(Result r) {
        return r.out().lines().filter(l -> !l.startsWith("#")).skip(1).toList();
    }

    @Test
    void runsAShippedPresetForItsDurationWithOverrides() {
        Result r = run("run", "--preset", "rqf", "n=20", "--every", "2.5", "--threads", "1");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("# preset: rqf (Random quadratic form: two antipodal clusters)\n"), r.out());
        assertTrue(r.out().contains("# TokenSphere run: d=3 n=20 mode=random sigmaQ=1.0"), "n overridden: " + r.out());
        List<String> rows = rows(r);
        assertEquals(5, rows.size(), "t = 0, 2.5, 5, 7.5 and the preset's duration 10");
        assertEquals(10.0, Double.parseDouble(rows.get(4).split(",")[1]), 0.011);
    }

    @Test
    void keyValuesAndTimeOverrideThePreset() {
        Result r = run("run", "--preset", "rqf-bias", "sigmaB=0", "n=10", "--time", "0.5", "--seed", "9");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("sigmaB=0.0") && r.out().contains("seed=9"), r.out());
        List<String> rows = rows(r);
        assertEquals(0.5, Double.parseDouble(rows.get(rows.size() - 1).split(",")[1]), 0.011);
    }

    @Test
    void runsAPresetFileAsTheSameRunAsItsParameters(@TempDir Path dir) {
        Path file = dir.resolve("mine.json");
        PresetIO.save(PresetLibrary.shipped("independent"), file);
        Result fromFile = run("run", "--preset", file.toString(), "n=50", "--time", "0.2");
        Result fromKeys = run("run", "n=50", "sharing=0", "--time", "0.2");
        assertEquals(0, fromFile.code(), fromFile.err());
        assertEquals(rows(fromKeys), rows(fromFile), "the preset is the same run as its parameters");
    }

    @Test
    void refusesMalformedPresetsWithOneLineNamingTheFieldAndCodeTwo(@TempDir Path dir) throws IOException {
        int k = 0;
        for (var bad : MalformedPresets.all()) {
            Path file = dir.resolve("bad" + k++ + ".json");
            Files.writeString(file, bad.json(), StandardCharsets.UTF_8);
            Result r = run("run", "--preset", file.toString());
            assertEquals(2, r.code(), bad.what() + " -> " + r.err());
            assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
            assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
            assertTrue(r.err().startsWith("tokensphere: preset " + file + ": "), r.err());
            assertTrue(r.err().contains(bad.fragment()), bad.what() + ": " + r.err());
            assertTrue(bad.field().isEmpty() || MalformedPresets.namesField(r.err(), bad.field()), bad.what() + ": " + r.err());
            assertEquals("", r.out());
        }
    }

    @Test
    void refusesA50MegabyteFileAndAnUnknownName(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.json");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(50L << 20);
        }
        Result r = run("run", "--preset", big.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("the file is 52428800 bytes, above the limit of 1048576 bytes"), r.err());
        Result unknown = run("run", "--preset", "rqf2");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("'rqf2' is neither a preset file nor a shipped preset (shipped: rqf, "
                + "deterministic,"), unknown.err());
        Result missing = run("run", "--preset", dir.resolve("none.json").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no such file"), missing.err());
    }
}
