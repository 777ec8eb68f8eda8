package org.tokensphere.app;

import org.tokensphere.app.viewmodel.DisplaySettings;
import org.tokensphere.app.viewmodel.DisplaySettings.Theme;
import org.tokensphere.app.viewmodel.UserSettings;
import org.tokensphere.preset.DisplayOptions.Palette;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the window is to look at start, from {@code -Dtokensphere.theme=light|dark|projector} (or the older
 * {@code -Dtokensphere.dark=true}), {@code -Dtokensphere.palette=colourblind|redblue} and
 * {@code -Dtokensphere.textScale=1.3}. What is not given stays as the user left it last time; a refused value is
 * one line in {@link #problems()} and changes nothing. Plain Java.
 *
 * @param theme     the theme, or null
 * @param palette   the palette of poles and clusters, or null
 * @param textScale the text scale, or null
 * @param problems  one line per refused option, or empty
 */
public record LookOptions(Theme theme, Palette palette, Double textScale, List<String> problems) {

    public LookOptions {
        problems = List.copyOf(problems);
    }

    /** From the system properties. */
    public static LookOptions fromSystemProperties() {
        return of(System.getProperty("tokensphere.theme"), System.getProperty("tokensphere.dark"),
                System.getProperty("tokensphere.palette"), System.getProperty("tokensphere.textScale"));
    }

    /** From the values given (null: not given); {@code theme} wins over {@code dark}. */
    public static LookOptions of(String theme, String dark, String palette, String textScale) {
        List<String> problems = new ArrayList<>();
        Theme t = null;
        if (theme != null) {
            t = UserSettings.parse(Theme.class, theme);
            if (t == null) {
                problems.add("tokensphere.theme: '" + theme + "' is not one of " + names(Theme.values()));
            }
        } else if (dark != null) {
            t = Boolean.parseBoolean(dark.strip()) ? Theme.DARK : Theme.LIGHT;
        }
        Palette p = null;
        if (palette != null) {
            p = UserSettings.parse(Palette.class, palette);
            if (p == null) {
                problems.add("tokensphere.palette: '" + palette + "' is not one of " + names(Palette.values()));
            }
        }
        Double scale = null;
        if (textScale != null) {
            try {
                scale = Double.parseDouble(textScale.strip());
            } catch (NumberFormatException e) {
                scale = Double.NaN;
            }
            if (!(scale >= DisplaySettings.MIN_TEXT_SCALE && scale <= DisplaySettings.MAX_TEXT_SCALE)) {
                problems.add("tokensphere.textScale = " + textScale + " is out of range ["
                        + DisplaySettings.MIN_TEXT_SCALE + ", " + DisplaySettings.MAX_TEXT_SCALE + "]");
                scale = null;
            }
        }
        return new LookOptions(t, p, scale, problems);
    }

    /** Puts what was given into {@code display}. */
    public void applyTo(DisplaySettings display) {
        if (theme != null) {
            display.themeProperty().set(theme);
        }
        if (palette != null) {
            display.paletteProperty().set(palette);
        }
        if (textScale != null) {
            display.setTextScale(textScale);
        }
    }

    private static String names(Enum<?>[] values) {
        List<String> out = new ArrayList<>();
        for (Enum<?> v : values) {
            out.add(v.name().toLowerCase(Locale.ROOT));
        }
        return String.join(", ", out);
    }
}
