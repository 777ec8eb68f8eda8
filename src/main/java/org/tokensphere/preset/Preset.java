package org.tokensphere.preset;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.tokensphere.model.Params;
import org.tokensphere.model.TokenPairs;

/**
 * A preset: a run of the simulator that can be saved, shared and loaded again — its parameters (seed and initial
 * state included), how long to run it, how to show it, and a title and description for the classroom. Immutable
 * and valid by construction; read and written by {@link PresetIO}, documented in README.md ("Presets").
 * Saving a run with {@link #from} and loading it again gives equal {@link Params}, hence the same run bit for bit.
 *
 * @param schema      version of the file format, {@link #SCHEMA}
 * @param title       short title, one line of 1–200 characters
 * @param description a few sentences for the classroom, at most 4000 characters
 * @param parameters  the simulation parameters
 * @param duration    simulated time the run is meant to last, in (0, 1e5]
 * @param display     how to show it
 */
@JsonPropertyOrder({"schema", "title", "description", "parameters", "duration", "display"})
public record Preset(int schema, String title, String description, PresetParameters parameters, double duration,
                     DisplayOptions display) {

    /**
     * The schema version this code writes. Schema 2 added {@code parameters.norm}, {@code gamma} and {@code delta}.
     */
    public static final int SCHEMA = 2;
    /** The oldest schema this code reads; fields added since take their defaults. */
    public static final int OLDEST_SCHEMA = 1;

    public Preset {
        if (schema != SCHEMA) {
            throw new IllegalArgumentException("schema = " + schema + " is not supported: this TokenSphere reads "
                    + "presets of schema " + SCHEMA);
        }
        if (title == null || title.isBlank() || title.length() > Limits.MAX_TITLE) {
            throw new IllegalArgumentException("title must be 1 to " + Limits.MAX_TITLE + " characters long");
        }
        if (title.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("title must be one line, without control characters");
        }
        description = description == null ? "" : description;
        if (description.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            throw new IllegalArgumentException("description holds control characters (only line breaks and tabs "
                    + "are allowed)");
        }
        if (description.length() > Limits.MAX_DESCRIPTION) {
            throw new IllegalArgumentException("description is " + description.length() + " characters long, at most "
                    + Limits.MAX_DESCRIPTION);
        }
        if (parameters == null) {
            throw new IllegalArgumentException("parameters must be given");
        }
        Limits.rangeOpenBelow("duration", duration, 0, Limits.MAX_DURATION);
        display = display == null ? DisplayOptions.DEFAULT : display;
        int n = parameters.n();
        int[][] pairs = display.pairIndices();
        for (int k = 0; k < pairs.length; k++) {
            TokenPairs.check("display.pairs[" + k + "] = [" + pairs[k][0] + ", " + pairs[k][1] + "]", pairs[k][0],
                    pairs[k][1], n);
        }
    }

    /** The preset of a run of {@code params}, lasting {@code duration}, shown with {@code display} (null: defaults). */
    public static Preset from(Params params, String title, String description, double duration,
                              DisplayOptions display) {
        return new Preset(SCHEMA, title, description, PresetParameters.of(params), duration, display);
    }

    /** The simulation parameters, equal to those the preset was made {@link #from}. */
    public Params toParams() {
        return parameters.toParams();
    }
}
