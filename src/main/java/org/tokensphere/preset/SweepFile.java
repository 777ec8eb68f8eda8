package org.tokensphere.preset;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.tokensphere.model.ParamAxis;
import org.tokensphere.model.StopCondition;

import java.util.List;

/**
 * A sweep saved as a file (README.md, "Sweeps"): base parameters (as a preset's), one or two varied parameters in
 * the syntax of {@code --vary}, the time, the sampling interval, the replicas, an optional stop condition and how
 * to show the result. Immutable and valid by construction, read by {@link SweepIO} by the rules presets are read
 * by; every refusal names the field ({@code vary[1]: ...}).
 *
 * @param schema      version of the format, {@link #SCHEMA}
 * @param title       one line of 1–200 characters
 * @param description a few sentences, at most 4000 characters (may be empty)
 * @param parameters  the parameters that are not varied; their seed is the sweep's seed
 * @param vary        one or two axes, e.g. {@code "beta=0:9:37"} or {@code "d=2,3,10"}
 * @param time        simulated time of every replica, in (0, 1e5]
 * @param every       sampling interval, positive
 * @param replicas    replicas per grid point
 * @param stopWhen    a stop condition such as {@code rho01>=0}, or empty
 * @param display     what to show
 */
@JsonPropertyOrder({"schema", "title", "description", "parameters", "vary", "time", "every", "replicas", "stopWhen",
        "display"})
public record SweepFile(int schema, String title, String description, PresetParameters parameters,
                        List<String> vary, double time, double every, int replicas, String stopWhen,
                        SweepDisplay display) {
    /** The schema version this code reads and writes. */
    public static final int SCHEMA = 1;
    /** Most replicas per grid point. */
    public static final int MAX_REPLICAS = 1_000_000;
    /** Most replicas of a whole sweep (grid points × replicas). */
    public static final long MAX_RUNS = 100_000_000L;
    /** Most rows of a sweep (grid points × sample times). */
    public static final long MAX_ROWS = 1_000_000L;

    public SweepFile {
        if (schema != SCHEMA) {
            throw new IllegalArgumentException("schema = " + schema + " is not supported: this TokenSphere reads "
                    + "sweeps of schema " + SCHEMA);
        }
        if (title == null || title.isBlank() || title.length() > Limits.MAX_TITLE
                || title.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("title must be one line of 1 to " + Limits.MAX_TITLE + " characters");
        }
        description = description == null ? "" : description;
        if (description.length() > Limits.MAX_DESCRIPTION
                || description.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            throw new IllegalArgumentException("description must be at most " + Limits.MAX_DESCRIPTION
                    + " characters, without control characters but line breaks and tabs");
        }
        if (parameters == null) {
            throw new IllegalArgumentException("parameters must be given");
        }
        if (vary == null || vary.isEmpty() || vary.size() > 2) {
            throw new IllegalArgumentException("vary: one or two parameters, e.g. [\"beta=0:9:37\"]");
        }
        vary = List.copyOf(vary);
        long points = 1;
        for (int k = 0; k < vary.size(); k++) {
            try {
                points *= ParamAxis.parse(vary.get(k)).values().size();
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("vary[" + k + "]: " + e.getMessage());
            }
        }
        Limits.rangeOpenBelow("time", time, 0, Limits.MAX_DURATION);
        if (!(every > 0 && every <= time)) {
            throw new IllegalArgumentException("every = " + Limits.format(every) + " is out of range (0, time = "
                    + Limits.format(time) + "]");
        }
        Limits.range("replicas", replicas, 1, MAX_REPLICAS);
        if (points * replicas > MAX_RUNS) {
            throw new IllegalArgumentException("replicas: " + points + " grid points × " + replicas
                    + " replicas is more than " + MAX_RUNS + " runs");
        }
        if (points * (Math.floor(time / every) + 2) > MAX_ROWS) {
            throw new IllegalArgumentException("every: " + points + " grid points sampled every "
                    + Limits.format(every) + " up to " + Limits.format(time) + " is more than " + MAX_ROWS + " rows");
        }
        stopWhen = stopWhen == null ? "" : stopWhen.strip();
        if (!stopWhen.isEmpty()) {
            try {
                StopCondition.parse(stopWhen);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("stopWhen: " + e.getMessage());
            }
        }
        display = display == null ? SweepDisplay.DEFAULT : display;
    }
}
