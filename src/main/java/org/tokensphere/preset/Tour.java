package org.tokensphere.preset;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * A guided tour for the classroom: a title, a short description and a sequence of {@link TourStep}s, each a run
 * (a shipped preset, or changes to the run on screen) with its narration, the paper section behind it, an optional
 * "predict first" question and an optional highlight. Immutable and valid by construction; read by {@link TourIO}
 * with the same rules as presets (docs/tours.md describes the format).
 *
 * @param schema      version of the file format, {@link #SCHEMA}
 * @param title       one line of 1–200 characters
 * @param description a few sentences, at most 4000 characters (may be empty)
 * @param steps       1 to {@link #MAX_STEPS} steps, in order
 */
@JsonPropertyOrder({"schema", "title", "description", "steps"})
public record Tour(int schema, String title, String description, List<TourStep> steps) {
    /** The schema version this code reads and writes. */
    public static final int SCHEMA = 1;
    /** Most steps a tour may have. */
    public static final int MAX_STEPS = 60;

    public Tour {
        if (schema != SCHEMA) {
            throw new IllegalArgumentException("schema = " + schema + " is not supported: this TokenSphere reads "
                    + "tours of schema " + SCHEMA);
        }
        TourText.line("title", title, Limits.MAX_TITLE);
        description = description == null ? "" : description;
        TourText.paragraph("description", description, Limits.MAX_DESCRIPTION, false);
        if (steps == null || steps.isEmpty()) {
            throw new IllegalArgumentException("steps: a tour needs at least one step");
        }
        if (steps.size() > MAX_STEPS) {
            throw new IllegalArgumentException("steps: " + steps.size() + " steps, at most " + MAX_STEPS);
        }
        steps = List.copyOf(steps);
    }
}
