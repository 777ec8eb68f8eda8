package org.tokensphere.preset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Loading untrusted presets: every refusal is one {@link PresetException} line naming the field. */
class PresetIOTest {
    @Test
    void refusesMalformedPresetsNamingTheField() {
        for (MalformedPresets.Bad b : MalformedPresets.all()) {
            PresetException e = assertThrows(PresetException.class, () -> PresetIO.parse(b.json()), b.what());
            assertTrue(b.field().isEmpty() ? e.field().isEmpty() : e.field().startsWith(b.field()),
                    b.what() + ": field " + e.field() + " in " + e.getMessage());
            assertTrue(e.getMessage().contains(b.fragment()), b.what() + ": " + e.getMessage());
            assertTrue(MalformedPresets.namesField(e.getMessage(), b.field()), b.what() + ": " + e.getMessage());
            assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
            assertTrue(e.getMessage().length() < 400, "short: " + e.getMessage());
        }
    }

    @Test
    void acceptsAMinimalPresetAndFillsInTheDefaults() {
        Preset p = PresetIO.parse(MalformedPresets.preset("\"d\": 4, \"sigmaB\": 0.5", ""));
        assertEquals(4, p.parameters().d());
        assertEquals(List.of(0.0, 0.0, 0.0, 1.0), p.parameters().biasDirection(), "the default direction of d = 4");
        assertEquals(300, p.parameters().n());
        assertEquals(DisplayOptions.DEFAULT, p.display());
        assertEquals("", p.description());
        Preset q = PresetIO.parse(MalformedPresets.preset("", "\"display\": {\"colouring\": \"CLUSTER\", \"camera\": {\"azimuth\": 90}}"));
        assertEquals(DisplayOptions.Colouring.CLUSTER, q.display().colouring(), "enum names ignore case");
        assertEquals(new DisplayOptions.Camera(90, 20, 4), q.display().camera(), "a partial object keeps the defaults");
    }

    @Test
    void readsSchemaOneWithTheFieldsOfSchemaTwoAtTheirDefaults() {
        Preset old = PresetIO.parse(MalformedPresets.preset("\"attention\": \"sa\"", ""));
        assertEquals(Preset.SCHEMA, old.schema(), "read as the current schema");
        assertEquals(org.tokensphere.model.Norm.POST, old.parameters().norm());
        assertEquals(0.0, old.parameters().gamma());
        assertEquals(org.tokensphere.model.Params.DEFAULT_DELTA, old.parameters().delta());
        Preset now = PresetIO.parse("{\"schema\": 2, \"title\": \"t\", \"duration\": 5, \"parameters\": "
                + "{\"attention\": \"usa\", \"norm\": \"PRE\", \"gamma\": 1.5, \"delta\": 0.001}}");
        assertEquals(org.tokensphere.model.Norm.PRE, now.parameters().norm());
        assertEquals(1.5 * Math.log(300), now.toParams().effectiveBeta(), 1e-12, "beta = gamma log n");
        assertEquals(0.001, now.toParams().delta());
    }

    @Test
    void refusesA50MegabyteFileByItsSizeBeforeReadingIt(@TempDir Path dir) throws IOException {
        PresetIO.parse(MalformedPresets.preset("", ""));
        Path big = dir.resolve("big.json");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.write(MalformedPresets.preset("", "\"description\": \"").getBytes(StandardCharsets.UTF_8));
            f.setLength(50L << 20);
        }
        // Refused by its size, not read: only the check of the file's size names its exact length. Reading it
        // would stop after the limit and say "more than 1048576 bytes" (the stream path, below), and parsing it
        // would fail on the unterminated description.
        PresetException e = assertThrows(PresetException.class, () -> PresetIO.load(big));
        assertEquals("preset refused: the file is 52428800 bytes, above the limit of 1048576 bytes (1 MiB)",
                e.getMessage());
        assertEquals(50L << 20, Files.size(big), "the file is untouched");
    }

    @Test
    void refusesOversizedStreamsAndStrings() {
        byte[] big = new byte[(int) Limits.MAX_BYTES + 10];
        java.util.Arrays.fill(big, (byte) ' ');
        PresetException s = assertThrows(PresetException.class, () -> PresetIO.load(new ByteArrayInputStream(big)));
        assertTrue(s.getMessage().contains("more than 1048576 bytes"), s.getMessage());
        PresetException t = assertThrows(PresetException.class,
                () -> PresetIO.parse(new String(big, StandardCharsets.US_ASCII)));
        assertTrue(t.getMessage().contains("above the limit of 1048576 bytes"), t.getMessage());
        String longTitle = "{\"schema\": 1, \"title\": \"" + "x".repeat(30_000) + "\", \"duration\": 5, "
                + "\"parameters\": {}}";
        PresetException u = assertThrows(PresetException.class, () -> PresetIO.parse(longTitle));
        assertTrue(u.getMessage().contains("title") && u.getMessage().contains("String value length"), u.getMessage());
    }

    @Test
    void loadingHasNoSideEffects(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.json");
        String text = MalformedPresets.preset("\"sigmaQ\": 25", "");
        Files.writeString(file, text);
        assertThrows(PresetException.class, () -> PresetIO.load(file));
        assertEquals(text, Files.readString(file));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(file), s.toList(), "no file created");
        }
        PresetException missing = assertThrows(PresetException.class, () -> PresetIO.load(dir.resolve("none.json")));
        assertTrue(missing.getMessage().startsWith("no such file"), missing.getMessage());
    }

    @Test
    void savingIntoAMissingFolderSaysSoAndWritesNothing(@TempDir Path dir) {
        Preset p = PresetLibrary.shipped("rqf");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PresetIO.save(p, dir.resolve("no/such/folder/p.json")));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("no")));
    }
}
