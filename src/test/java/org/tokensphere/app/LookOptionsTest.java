package org.tokensphere.app;

import org.junit.jupiter.api.Test;
import org.tokensphere.app.viewmodel.DisplaySettings;
import org.tokensphere.app.viewmodel.DisplaySettings.Theme;
import org.tokensphere.app.viewmodel.UserSettings;
import org.tokensphere.preset.DisplayOptions.Palette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Start options for the look, and the look remembered between sessions. Plain Java. */
class LookOptionsTest {
    @Test
    void startOptionsSetWhatIsGivenAndRefuseTheRestInOneLineEach() {
        LookOptions o = LookOptions.of("Projector", null, "redblue", "1.5");
        assertEquals(Theme.PROJECTOR, o.theme());
        assertEquals(Palette.REDBLUE, o.palette());
        assertEquals(1.5, o.textScale());
        assertTrue(o.problems().isEmpty());
        assertEquals(Theme.DARK, LookOptions.of(null, "true", null, null).theme(), "the older -Dtokensphere.dark");
        LookOptions none = LookOptions.of(null, null, null, null);
        assertNull(none.theme());
        DisplaySettings d = new DisplaySettings();
        d.paletteProperty().set(Palette.REDBLUE);
        none.applyTo(d);
        assertEquals(Palette.REDBLUE, d.paletteProperty().get(), "what is not given stays");
        LookOptions bad = LookOptions.of("beamer", null, "rainbow", "9");
        assertEquals(3, bad.problems().size(), bad.problems().toString());
        assertEquals("tokensphere.theme: 'beamer' is not one of light, dark, projector", bad.problems().get(0));
        assertEquals("tokensphere.palette: 'rainbow' is not one of colourblind, redblue", bad.problems().get(1));
        assertTrue(bad.problems().get(2).contains("tokensphere.textScale = 9 is out of range [0.8, 2.5]"));
        assertNull(bad.theme());
    }

    @Test
    void theLookIsRememberedAndDamagedValuesAreIgnored() {
        UserSettings.Store store = UserSettings.memory();
        DisplaySettings first = new DisplaySettings();
        new UserSettings(store).attach(first);
        assertEquals(Theme.LIGHT, first.themeProperty().get(), "nothing remembered yet: the defaults");
        assertEquals(Palette.COLOURBLIND, first.paletteProperty().get());
        first.themeProperty().set(Theme.PROJECTOR);
        first.largerText();
        first.largerText();
        DisplaySettings second = new DisplaySettings();
        new UserSettings(store).attach(second);
        assertEquals(Theme.PROJECTOR, second.themeProperty().get());
        assertEquals(1.32, second.textScaleProperty().get(), "1.15² rounded to a hundredth");
        store.put("look.theme", "sepia");
        store.put("look.textScale", "huge");
        DisplaySettings third = new DisplaySettings();
        new UserSettings(store).attach(third);
        assertEquals(Theme.LIGHT, third.themeProperty().get());
        assertEquals(1.0, third.textScaleProperty().get());
        third.setTextScale(100);
        assertEquals(DisplaySettings.MAX_TEXT_SCALE, third.textScaleProperty().get(), "kept within its range");
    }

    @Test
    void theDarkSwitchAndTheThemeAgree() {
        DisplaySettings d = new DisplaySettings();
        d.darkProperty().set(true);
        assertEquals(Theme.DARK, d.themeProperty().get());
        d.themeProperty().set(Theme.PROJECTOR);
        assertEquals(false, d.darkProperty().get());
        d.darkProperty().set(false);
        assertEquals(Theme.PROJECTOR, d.themeProperty().get(), "switching dark off leaves the projector theme");
    }
}
