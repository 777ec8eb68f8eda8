package org.tokensphere.app.viewmodel;

import org.tokensphere.app.viewmodel.DisplaySettings.Theme;
import org.tokensphere.preset.DisplayOptions.Palette;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The look a user chose — theme, palette of poles and clusters, text size — remembered between sessions in a
 * {@link Store} (the user's preferences in the app, memory in tests). A damaged or unknown value is ignored: the
 * setting keeps its default. Plain Java.
 */
public final class UserSettings {
    /** Where the settings are kept: plain text values by key. */
    public interface Store {
        /** The value kept under {@code key}, or null. */
        String get(String key);

        /** Keeps {@code value} under {@code key}. */
        void put(String key, String value);
    }

    static final String THEME = "look.theme";
    static final String PALETTE = "look.palette";
    static final String TEXT_SCALE = "look.textScale";

    private final Store store;

    /** Settings kept in {@code store}. */
    public UserSettings(Store store) {
        this.store = store;
    }

    /** Puts the remembered values into {@code display}, then remembers every change made to it. */
    public void attach(DisplaySettings display) {
        Theme theme = parse(Theme.class, store.get(THEME));
        if (theme != null) {
            display.themeProperty().set(theme);
        }
        Palette palette = parse(Palette.class, store.get(PALETTE));
        if (palette != null) {
            display.paletteProperty().set(palette);
        }
        String scale = store.get(TEXT_SCALE);
        if (scale != null) {
            try {
                display.setTextScale(Double.parseDouble(scale));
            } catch (NumberFormatException e) {
                // A damaged value: the text keeps its size.
            }
        }
        display.themeProperty().addListener((o, a, t) -> store.put(THEME, t.name().toLowerCase(Locale.ROOT)));
        display.paletteProperty().addListener((o, a, p) -> store.put(PALETTE, p.name().toLowerCase(Locale.ROOT)));
        display.textScaleProperty().addListener((o, a, s) -> store.put(TEXT_SCALE, String.valueOf(s)));
    }

    /** The constant of {@code type} named {@code text} in any case, or null. */
    public static <E extends Enum<E>> E parse(Class<E> type, String text) {
        if (text == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(text.strip())) {
                return e;
            }
        }
        return null;
    }

    /** A store in memory only (tests, or a window that should not touch the user's settings). */
    public static Store memory() {
        Map<String, String> kept = new HashMap<>();
        return new Store() {
            @Override
            public String get(String key) {
                return kept.get(key);
            }

            @Override
            public void put(String key, String value) {
                kept.put(key, value);
            }
        };
    }

    /**
     * The user's preferences ({@link Preferences#userRoot()}, node {@code node}, beside the recent files).
     * Failures to read or write are ignored: a setting not remembered is never worth an error.
     */
    public static Store preferences(String node) {
        return new Store() {
            @Override
            public String get(String key) {
                try {
                    return Preferences.userRoot().node(node).get(key, null);
                } catch (RuntimeException e) {
                    return null;
                }
            }

            @Override
            public void put(String key, String value) {
                try {
                    Preferences prefs = Preferences.userRoot().node(node);
                    prefs.put(key, value);
                    prefs.flush();
                } catch (BackingStoreException | RuntimeException e) {
                    // Not remembered this time; the window shows the setting anyway.
                }
            }
        };
    }
}
