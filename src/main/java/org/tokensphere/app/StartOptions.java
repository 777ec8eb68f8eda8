package org.tokensphere.app;

import org.tokensphere.model.ParamParser;
import org.tokensphere.model.Params;
import org.tokensphere.preset.Preset;
import org.tokensphere.preset.PresetLibrary;
import org.tokensphere.preset.ShareCode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the window starts on: a preset ({@code -Dtokensphere.preset=NAME_OR_FILE}, a shipped name such as
 * {@code rqf}, a preset file or a share code), parameters ({@code -Dtokensphere.params="key=value ..."}, applied
 * over the preset's or over {@link Params#defaults()}), and the problems met (a refused preset or parameter starts with the
 * defaults, and says why). Plain Java.
 *
 * @param params       the parameters of the first run
 * @param preset       the preset to show, or null
 * @param presetSource where it came from ("shipped preset rqf", "share code", or the file), or empty
 * @param presetFile   the preset's file, or null for a shipped preset or none
 * @param problems     one line per refused option, or empty
 */
public record StartOptions(Params params, Preset preset, String presetSource, Path presetFile,
                           List<String> problems) {

    public StartOptions {
        problems = List.copyOf(problems);
    }

    /** From the system properties {@code tokensphere.preset} and {@code tokensphere.params}. */
    public static StartOptions fromSystemProperties() {
        return of(System.getProperty("tokensphere.preset"), System.getProperty("tokensphere.params"));
    }

    /** From a preset name or file (null or blank: none) and {@code key=value} words (null or blank: none). */
    public static StartOptions of(String presetNameOrFile, String paramWords) {
        List<String> problems = new ArrayList<>();
        Preset preset = null;
        String source = "";
        Path file = null;
        Params p = Params.defaults();
        if (presetNameOrFile != null && !presetNameOrFile.isBlank()) {
            String given = presetNameOrFile.strip();
            try {
                preset = PresetLibrary.resolve(given);
                boolean shipped = PresetLibrary.names().contains(given);
                boolean code = ShareCode.isCode(given);
                source = shipped ? "shipped preset " + given : code ? "share code" : given;
                file = shipped || code ? null : Path.of(given);
                p = preset.toParams();
            } catch (IllegalArgumentException e) { // a PresetException, or a path the system cannot name
                problems.add("tokensphere.preset: " + PresetLibrary.label(given) + ": " + e.getMessage()
                        + " — started with the defaults");
            }
        }
        if (paramWords != null && !paramWords.isBlank()) {
            try {
                p = apply(p, paramWords);
            } catch (IllegalArgumentException e) {
                problems.add("tokensphere.params: " + e.getMessage() + " — started without them");
            }
        }
        return new StartOptions(p, preset, source, file, problems);
    }

    /** {@code base} with the {@code key=value} words of {@code spec} applied. */
    public static Params apply(Params base, String spec) {
        List<String> words = Arrays.stream(spec.trim().split("\\s+")).filter(w -> !w.isEmpty()).toList();
        return ParamParser.parse(base, words);
    }
}
