package org.tokensphere.preset;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.tokensphere.model.ParamParser;
import org.tokensphere.model.Params;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One step of a {@link Tour}: what to run — a shipped {@code preset}, changes to the parameters of the run on
 * screen ({@code parameters}, the keys of {@code tokensphere run}), or both (the changes on top of the preset) —
 * and what to say about it. Valid by construction: the preset must be shipped, every parameter change must be
 * accepted by {@link ParamParser} on top of the preset's parameters (or the defaults), and the highlight must name
 * a known control or chart.
 *
 * @param title      one line, 1–200 characters
 * @param narration  a few sentences for the class, at most 4000 characters
 * @param source     the paper section behind the step, e.g. "Engel &amp; Shalova (2026), Theorem 4.8"
 * @param preset     name of a shipped preset, or null to keep the run on screen
 * @param parameters parameter changes, key to value (numbers or text; a list of numbers for biasDirection)
 * @param display    changes to how the run is shown, or null
 * @param question   a "predict first" question, or null
 * @param highlight  {@code control:KEY} (a parameter key or {@code speed}), {@code chart:NAME} ({@link #CHARTS}),
 *                   {@code sphere} or {@code equation}; or null
 */
@JsonPropertyOrder({"title", "narration", "source", "preset", "parameters", "display", "question", "highlight"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TourStep(String title, String narration, String source, String preset, Map<String, Object> parameters,
                       StepDisplay display, Question question, String highlight) {
    /** Longest source line. */
    public static final int MAX_SOURCE = 300;
    /** The charts a step may highlight. */
    public static final List<String> CHARTS = List.of("pairs", "histogram", "order", "lyapunov", "clusters", "energy");
    /** Parameter keys a tour may not set: they read files. */
    private static final Set<String> REFUSED_KEYS = Set.of("file");

    public TourStep {
        TourText.line("title", title, Limits.MAX_TITLE);
        TourText.paragraph("narration", narration, Limits.MAX_DESCRIPTION, true);
        TourText.line("source", source, MAX_SOURCE);
        if (preset == null && parameters == null) {
            throw new IllegalArgumentException("preset: a step names a shipped preset, or gives parameters to "
                    + "change on the run on screen (\"parameters\": {} keeps it as it is)");
        }
        Params base = Params.defaults();
        if (preset != null) {
            if (!PresetLibrary.names().contains(preset)) {
                throw new IllegalArgumentException("preset: there is no shipped preset '" + preset + "' (shipped: "
                        + String.join(", ", PresetLibrary.names()) + ")");
            }
            base = PresetLibrary.shipped(preset).toParams();
        }
        parameters = parameters == null ? Map.of() : checked(parameters, base);
        checkHighlight(highlight);
    }

    /** The parameter changes as {@code key=value} arguments of {@link ParamParser}, in file order. */
    public List<String> arguments() {
        return arguments(parameters);
    }

    private static List<String> arguments(Map<String, Object> parameters) {
        List<String> out = new ArrayList<>();
        parameters.forEach((k, v) -> out.add(k + "=" + text(k, v)));
        return out;
    }

    /** The changes, each one refused on its own (naming its key) before all are tried together. */
    private static Map<String, Object> checked(Map<String, Object> parameters, Params base) {
        Map<String, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : parameters.entrySet()) {
            String key = e.getKey();
            if (!ParamParser.KEYS.containsKey(key) || REFUSED_KEYS.contains(key)) {
                throw new IllegalArgumentException("parameters." + key + ": unknown parameter (known: "
                        + String.join(", ", ParamParser.KEYS.keySet().stream()
                        .filter(k -> !REFUSED_KEYS.contains(k)).toList()) + ")");
            }
            String value = text(key, e.getValue());
            if (key.equals("init") && value.equalsIgnoreCase("file")) {
                throw new IllegalArgumentException("parameters.init: a tour cannot start from a positions file");
            }
            copy.put(key, e.getValue() instanceof List<?> l ? List.copyOf(l) : e.getValue());
        }
        List<String> all = arguments(copy);
        for (String a : all) {
            parse(base, List.of(a), a.substring(0, a.indexOf('=')));
        }
        parse(base, all, "");
        return java.util.Collections.unmodifiableMap(copy);
    }

    private static void parse(Params base, List<String> arguments, String key) {
        try {
            ParamParser.parse(base, arguments);
        } catch (IllegalArgumentException e) {
            String m = e.getMessage();
            if (!key.isEmpty() && m.startsWith(key)) {
                throw new IllegalArgumentException("parameters." + m);
            }
            throw new IllegalArgumentException("parameters" + (key.isEmpty() ? "" : "." + key) + ": " + m);
        }
    }

    private static String text(String key, Object v) {
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof Number num) {
            return num.toString();
        }
        if (v instanceof List<?> list && list.stream().allMatch(x -> x instanceof Number)) {
            return String.join(",", list.stream().map(Object::toString).toList());
        }
        throw new IllegalArgumentException("parameters." + key + ": expected a number or text, got "
                + (v instanceof List<?> ? "a list that is not all numbers" : v instanceof Map<?, ?> ? "an object"
                : String.valueOf(v)));
    }

    private static void checkHighlight(String h) {
        if (h == null || h.equals("sphere") || h.equals("equation")) {
            return;
        }
        if (h.startsWith("chart:") && CHARTS.contains(h.substring(6))) {
            return;
        }
        if (h.startsWith("control:") && (ParamParser.KEYS.containsKey(h.substring(8)) || h.equals("control:speed"))) {
            return;
        }
        throw new IllegalArgumentException("highlight = \"" + (h.length() > 40 ? h.substring(0, 37) + "..." : h)
                + "\" is not a control or chart: write control:KEY (a parameter key or speed), chart:NAME ("
                + String.join(", ", CHARTS) + "), sphere or equation");
    }

    /**
     * How a step changes the display; a field left out keeps what is shown.
     *
     * @param colouring how tokens are coloured, or null
     * @param trails    trails on or off, or null
     * @param speed     simulated time per second of animation in (0, 100], or null
     * @param pairs     the traced pairs {@code [i, j]}, or null
     */
    @JsonPropertyOrder({"colouring", "trails", "speed", "pairs"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StepDisplay(DisplayOptions.Colouring colouring, Boolean trails, Double speed,
                              List<List<Integer>> pairs) {
        public StepDisplay {
            if (speed != null) {
                Limits.rangeOpenBelow("speed", speed, 0, 100);
            }
            if (pairs != null) {
                // The same checks as a preset's pairs (count, two different indices).
                pairs = new DisplayOptions(DisplayOptions.Camera.DEFAULT, DisplayOptions.Colouring.POLE,
                        DisplayOptions.Trails.OFF, DisplayOptions.Projection.FIRST3, false, pairs, 1).pairs();
            }
        }
    }

    /**
     * A "predict first" question: its answer is shown once the run has played {@code after} units of simulated
     * time since the step began.
     *
     * @param ask    the question, 1–1000 characters
     * @param answer the answer, 1–2000 characters
     * @param after  simulated time to play before the answer shows, in (0, 100000]
     */
    @JsonPropertyOrder({"ask", "answer", "after"})
    public record Question(String ask, String answer, double after) {
        public Question {
            TourText.paragraph("ask", ask, 1000, true);
            TourText.paragraph("answer", answer, 2000, true);
            Limits.rangeOpenBelow("after", after, 0, Limits.MAX_DURATION);
        }
    }
}
