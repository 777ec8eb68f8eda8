package org.tokensphere.preset;

import java.util.List;

/** Malformed presets, shared by the loader and command-line tests: each with the field its refusal must name. */
public final class MalformedPresets {
    private MalformedPresets() {
    }

    /** A preset with the given parameter fields and further top-level fields ({@code rest}, may be empty). */
    public static String preset(String parameters, String rest) {
        return "{\"schema\": 1, \"title\": \"t\", \"duration\": 5, \"parameters\": {" + parameters + "}"
                + (rest.isEmpty() ? "" : ", " + rest) + "}";
    }

    /** One malformed preset: its text, the field its message must name, and a fragment of the message. */
    public record Bad(String what, String json, String field, String fragment) {
    }

    /** Malformed presets, each with the field and the words its message must carry. */
    public static List<Bad> all() {
        StringBuilder deep = new StringBuilder(preset("", "\"display\": {\"pairs\": ").replaceAll("}$", ""));
        deep.append("[".repeat(100_000));
        return List.of(
            new Bad("syntax error", "{\"schema\": 1,\n \"title\": \"t\",\n \"duration\" 5}", "duration",
                    "syntax error at line 3, column 13"),
            new Bad("unknown field", preset("", "\"display\": {\"colour\": \"red\"}"), "display.colour",
                    "unknown field 'colour' at display"),
            new Bad("unknown top-level field", preset("", "\"script\": \"rm -rf /\""), "script",
                    "unknown field 'script' at the top level"),
            new Bad("wrong type", preset("\"n\": \"many\"", ""), "parameters.n",
                    "parameters.n: expected a whole number, got \"many\""),
            new Bad("fraction for a whole number", preset("\"n\": 30.5", ""), "parameters.n", "expected a whole number"),
            new Bad("text for a number", preset("\"sigmaQ\": \"1\"", ""), "parameters.sigmaQ", "expected a number"),
            new Bad("number for text", "{\"schema\": 1, \"title\": 5, \"duration\": 5, \"parameters\": {}}", "title",
                    "expected text"),
            new Bad("out of range", preset("\"sigmaQ\": 25.0", ""), "parameters.sigmaQ",
                    "parameters.sigmaQ = 25.0 is out of range [0.0, 20.0]"),
            new Bad("huge N", preset("\"n\": 1000000000000", ""), "parameters.n",
                    "parameters.n = 1000000000000 is out of range [2, 1000000]"),
            new Bad("huge N as a float", preset("\"n\": 1e12", ""), "parameters.n", "out of range [2, 1000000]"),
            new Bad("huge d", preset("\"d\": 1000000", ""), "parameters.d", "parameters.d = 1000000 is out of range"),
            new Bad("too many coordinates", preset("\"d\": 1000, \"n\": 1000000", ""), "parameters.n",
                    "above the limit of 20000000"),
            new Bad("per-token N", preset("\"n\": 200000, \"sigmaB\": 1", ""), "parameters.n", "is above 100000"),
            new Bad("negative duration", "{\"schema\": 1, \"title\": \"t\", \"duration\": -1, \"parameters\": {}}",
                    "duration", "duration = -1 is out of range (0, 100000]"),
            new Bad("huge duration", "{\"schema\": 1, \"title\": \"t\", \"duration\": 1e9, \"parameters\": {}}",
                    "duration", "out of range (0, 100000]"),
            new Bad("deep nesting", deep.toString(), "display.pairs", "nesting depth"),
            new Bad("enum typo", preset("\"mode\": \"randm\"", ""), "parameters.mode",
                    "expected one of deterministic, random, mixed, got \"randm\""),
            new Bad("number for an enum", preset("\"attention\": 1", ""), "parameters.attention",
                    "expected one of none, sa, usa"),
            new Bad("null", preset("\"sigmaQ\": null", ""), "parameters.sigmaQ", "null is not allowed"),
            new Bad("duplicate field", preset("\"n\": 5, \"n\": 6", ""), "parameters.n", "Duplicate field 'n'"),
            new Bad("newer schema", "{\"schema\": 3, \"title\": \"t\", \"duration\": 5, \"parameters\": {}}", "schema",
                    "schema = 3 is not supported"),
            new Bad("unknown norm", preset("\"norm\": \"sideways\"", ""), "parameters.norm",
                    "expected one of post, pre, peri, got \"sideways\""),
            new Bad("negative gamma", preset("\"gamma\": -1", ""), "parameters",
                    "gamma = -1.0 is out of range [0, 20.0]"),
            new Bad("delta of 1", preset("\"delta\": 1", ""), "parameters", "delta = 1.0 is out of range (0, 1)"),
            new Bad("not a preset", "{\"name\": \"x\"}", "schema", "missing field 'schema'"),
            new Bad("title of two lines", "{\"schema\": 1, \"title\": \"a\\nb\", \"duration\": 5, \"parameters\": {}}",
                    "title", "title must be one line"),
            new Bad("missing title", "{\"schema\": 1, \"duration\": 5, \"parameters\": {}}", "title",
                    "missing field 'title'"),
            new Bad("a list", "[1, 2]", "", "a preset is a JSON object"),
            new Bad("empty", "  ", "", "the preset is empty"),
            new Bad("text after the end", preset("", "") + " {}", "", "more text after the end"),
            new Bad("NaN", preset("\"sigmaQ\": NaN", ""), "parameters.sigmaQ", "syntax error"),
            new Bad("overflowing number", preset("\"sigmaQ\": 1e400", ""), "parameters.sigmaQ", "Infinity"),
            new Bad("long number", preset("\"sigmaQ\": 1" + "0".repeat(200), ""), "parameters.sigmaQ", "refused at"),
            new Bad("cap angle", preset("\"init\": {\"kind\": \"cap\", \"capAngle\": 4}", ""), "parameters.init.capAngle",
                    "parameters.init.capAngle = 4.0 is out of range"),
            new Bad("point of the wrong length", preset("\"init\": {\"kind\": \"points\", \"points\": [[1, 0]]}", ""),
                    "parameters.init.points[0]", "has 2 coordinates, d = 3 needed"),
            new Bad("zero point", preset("\"init\": {\"kind\": \"points\", \"points\": [[0, 0, 0]]}", ""),
                    "parameters.init.points[0]", "is zero"),
            new Bad("more points than tokens", preset("\"n\": 2, \"init\": {\"kind\": \"points\", \"points\": "
                    + "[[1, 0, 0], [0, 1, 0], [0, 0, 1]]}", ""), "parameters.init.points", "3 points for n = 2"),
            new Bad("equiangular", preset("\"init\": {\"kind\": \"equiangular\"}", ""), "parameters.init.kind",
                    "equiangular needs n <= d"),
            new Bad("asymmetric matrix", preset("\"matrix\": {\"kind\": \"explicit\", \"values\": [1, 2, 3, 4, 5, 6, "
                    + "7, 8, 9]}", ""), "parameters.matrix", "not symmetric"),
            new Bad("bias direction", preset("\"biasDirection\": [0, 0]", ""), "parameters.biasDirection",
                    "has 2 components"),
            new Bad("pair out of range", preset("\"n\": 10", "\"display\": {\"pairs\": [[0, 10]]}"),
                    "display.pairs[0]", "does not exist (n = 10"),
            new Bad("camera", preset("", "\"display\": {\"camera\": {\"elevation\": 100}}"),
                    "display.camera.elevation", "display.camera.elevation = 100 is out of range [-90, 90]"),
            new Bad("object for a number", preset("", "\"display\": {\"speed\": {}}"), "display.speed",
                    "expected a number"),
            new Bad("boolean", preset("", "\"display\": {\"trails\": {\"on\": 1}}"), "display.trails.on",
                    "expected true or false"));
    }

    /** True when the message names the field: its whole path, or "'name' at parent" for unknown fields. */
    public static boolean namesField(String message, String field) {
        if (message.contains(field.replaceAll("\\[\\d+]$", ""))) {
            return true;
        }
        int dot = field.lastIndexOf('.');
        return dot > 0 && message.contains("'" + field.substring(dot + 1) + "' at " + field.substring(0, dot));
    }
}
