package org.tokensphere.model.archfixture;

import org.tokensphere.preset.PresetLibrary;

/**
 * A class in the model's packages that uses a layer above the model: a test fixture that the layering rule must
 * refuse ({@code LayeringTest}). Only test code holds it; the main code is checked without it.
 */
public final class UpwardImport {
    private UpwardImport() {
    }

    /** An upward use: the model reaching for the preset library. */
    public static Object upward() {
        return PresetLibrary.class;
    }
}
