package org.tokensphere.preset;

import org.junit.jupiter.api.Test;
import org.tokensphere.model.Params;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code display.palette}: optional, read in any case, written only when it is not the default. */
class PresetPaletteTest {
    @Test
    void thePaletteIsOptionalAndWrittenOnlyWhenNotTheDefault() {
        Preset plain = PresetIO.parse(MalformedPresets.preset("", ""));
        assertEquals(DisplayOptions.Palette.COLOURBLIND, plain.display().palette(), "the default");
        assertFalse(PresetIO.toJson(plain).contains("palette"), "left out at its default: " + PresetIO.toJson(plain));
        Preset red = PresetIO.parse(MalformedPresets.preset("", "\"display\": {\"palette\": \"RedBlue\"}"));
        assertEquals(DisplayOptions.Palette.REDBLUE, red.display().palette());
        String json = PresetIO.toJson(red);
        assertTrue(json.contains("\"colouring\": \"pole\",\n    \"palette\": \"redblue\",\n    \"trails\""), json);
        assertEquals(red, PresetIO.parse(json));
        Preset saved = Preset.from(Params.defaults(), "t", "", 1, DisplayOptions.DEFAULT
                .withPalette(DisplayOptions.Palette.REDBLUE));
        assertEquals(DisplayOptions.Palette.REDBLUE, PresetIO.parse(PresetIO.toJson(saved)).display().palette());
    }

    @Test
    void anUnknownPaletteIsRefusedNamingTheField() {
        PresetException e = assertThrows(PresetException.class, () -> PresetIO.parse(
                MalformedPresets.preset("", "\"display\": {\"palette\": \"rainbow\"}")));
        assertEquals("display.palette", e.field());
        assertTrue(e.getMessage().contains("expected one of colourblind, redblue, got \"rainbow\""), e.getMessage());
    }
}
