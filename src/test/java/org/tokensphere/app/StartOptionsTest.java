package org.tokensphere.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tokensphere.model.Params;
import org.tokensphere.preset.PresetIO;
import org.tokensphere.preset.PresetLibrary;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the window starts on: the default, a shipped preset, a preset file, refused ones. */
class StartOptionsTest {

    @Test
    void theDefaultStartIsTheShippedRqfPresetsRun() {
        StartOptions s = StartOptions.of(null, null);
        assertEquals(Params.defaults(), s.params());
        assertEquals(PresetLibrary.shipped("rqf").toParams(), s.params(), "the default start is the rqf preset's run");
        assertNull(s.preset());
        assertTrue(s.problems().isEmpty());
    }

    @Test
    void aShippedNameStartsOnThatPreset() {
        StartOptions s = StartOptions.of("rqf-bias", null);
        assertEquals(PresetLibrary.shipped("rqf-bias"), s.preset());
        assertEquals(PresetLibrary.shipped("rqf-bias").toParams(), s.params());
        assertEquals("shipped preset rqf-bias", s.presetSource());
        assertNull(s.presetFile());
    }

    @Test
    void aFileStartsOnItAndParametersApplyOverIt(@TempDir Path dir) {
        Path file = dir.resolve("mine.json");
        PresetIO.save(PresetLibrary.shipped("usa"), file);
        StartOptions s = StartOptions.of(file.toString(), "n=100 seed=5");
        assertEquals(PresetLibrary.shipped("usa"), s.preset());
        assertEquals(file, s.presetFile());
        assertEquals(PresetLibrary.shipped("usa").toParams().toBuilder().n(100).seed(5).build(), s.params());
        assertTrue(s.problems().isEmpty());
    }

    @Test
    void aRefusedPresetStartsWithTheDefaultsAndSaysWhy(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"schema\": 1, \"title\": \"x\", \"duration\": 1, \"parameters\": {\"sigmaQ\": 25}}");
        StartOptions s = StartOptions.of(file.toString(), null);
        assertNull(s.preset());
        assertEquals(Params.defaults(), s.params());
        assertEquals(1, s.problems().size());
        assertTrue(s.problems().get(0).contains("parameters.sigmaQ"), s.problems().get(0));
        StartOptions missing = StartOptions.of("no-such-preset", null);
        assertTrue(missing.problems().get(0).contains("neither a preset file nor a shipped preset"),
                missing.problems().get(0));
    }
}
