package org.tokensphere.preset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tokensphere.model.Params;
import org.tokensphere.model.TokenPairs;

import java.util.Iterator;
import java.util.Map;

/**
 * The checks a parsed preset passes before it is turned into records — the shape (an object, no nulls, the
 * required fields, a known schema) and every size limit ({@code n}, {@code d}, duration, points, pairs) — and the
 * filling-in of defaults for fields left out. Nothing of the size the preset asks for is allocated before these
 * checks; the tree itself is bounded by {@link Limits#MAX_BYTES}.
 */
final class PresetTree {
    private PresetTree() {
    }

    /** Checks {@code root} and fills in the defaults from {@code defaults} (objects merge, values are kept). */
    static ObjectNode prepare(JsonNode root, ObjectNode defaults) {
        if (!(root instanceof ObjectNode obj)) {
            throw new PresetException("", "a preset is a JSON object { ... }, this file holds "
                    + (root.isArray() ? "a list" : "a single value " + FieldPaths.show(root)));
        }
        rejectNulls(obj, "");
        JsonNode schema = obj.get("schema");
        if (schema == null) {
            throw new PresetException("schema", "missing field 'schema' (is this a TokenSphere preset? It needs "
                    + "\"schema\": " + Preset.SCHEMA + ")");
        }
        if (!schema.isIntegralNumber()) {
            throw new PresetException("schema", "schema: expected a whole number, got " + FieldPaths.show(schema));
        }
        if (!schema.canConvertToInt() || schema.intValue() < Preset.OLDEST_SCHEMA
                || schema.intValue() > Preset.SCHEMA) {
            throw new PresetException("schema", "schema = " + FieldPaths.show(schema) + " is not supported: this "
                    + "TokenSphere reads presets of schema " + Preset.OLDEST_SCHEMA + " to " + Preset.SCHEMA);
        }
        // An older schema lacks only fields that were added later; they take their defaults.
        obj.put("schema", Preset.SCHEMA);
        for (String required : new String[] {"title", "parameters", "duration"}) {
            if (!obj.has(required)) {
                throw new PresetException(required, "missing field '" + required + "'");
            }
        }
        checkSizes(obj);
        merge(obj, defaults);
        return obj;
    }

    /** Refuses a null anywhere in {@code node} (at {@code path}), naming where. */
    static void rejectNulls(JsonNode node, String path) {
        if (node.isNull()) {
            throw new PresetException(path, path + ": null is not allowed (leave the field out for its default)");
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                rejectNulls(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey());
            }
        } else if (node.isArray()) {
            for (int k = 0; k < node.size(); k++) {
                rejectNulls(node.get(k), path + "[" + k + "]");
            }
        }
    }

    /** The size limits, on the numbers as written (types are checked later, when the records are made). */
    private static void checkSizes(ObjectNode root) {
        JsonNode duration = root.get("duration");
        if (duration.isNumber()) {
            limit("", () -> Limits.rangeOpenBelow("duration", duration.doubleValue(), 0, Limits.MAX_DURATION));
        }
        checkParameters(root.get("parameters"), "parameters");
        JsonNode display = root.get("display");
        JsonNode pairs = display == null ? null : display.get("pairs");
        if (pairs != null && pairs.isArray() && pairs.size() > TokenPairs.MAX_LISTED) {
            throw new PresetException("display.pairs", "display.pairs: " + pairs.size() + " pairs, at most "
                    + TokenPairs.MAX_LISTED);
        }
    }

    /**
     * The size limits of a {@code parameters} object at {@code path} ({@code n}, {@code d}, their product, the
     * points, the matrix, the bias direction), on the numbers as written; a value that is not an object passes
     * (binding refuses it).
     */
    static void checkParameters(JsonNode p, String path) {
        Params defaults = Params.defaults();
        double n = defaults.n();
        double d = defaults.d();
        if (p != null && p.isObject()) {
            n = number(p.get("n"), n);
            d = number(p.get("d"), d);
            double nn = n;
            double dd = d;
            limit(path, () -> Limits.size(nn, dd));
            JsonNode init = p.get("init");
            JsonNode points = init == null ? null : init.get("points");
            if (points != null && points.isArray() && points.size() > n) {
                throw new PresetException(path + ".init.points", path + ".init.points: " + points.size()
                        + " points for n = " + Limits.format(n) + " tokens; at most n");
            }
            JsonNode matrix = p.get("matrix");
            JsonNode values = matrix == null ? null : matrix.get("values");
            if (values != null && values.isArray() && values.size() > d * d) {
                throw new PresetException(path + ".matrix.values", path + ".matrix.values: " + values.size()
                        + " numbers, at most d*d = " + Limits.format(d * d));
            }
            JsonNode bias = p.get("biasDirection");
            if (bias != null && bias.isArray() && bias.size() > d) {
                throw new PresetException(path + ".biasDirection", path + ".biasDirection: " + bias.size()
                        + " components, d = " + Limits.format(d) + " needed");
            }
        }
    }

    private static double number(JsonNode node, double fallback) {
        return node != null && node.isNumber() ? node.doubleValue() : fallback;
    }

    private static void limit(String path, Runnable check) {
        try {
            check.run();
        } catch (IllegalArgumentException e) {
            throw FieldPaths.at(path, e.getMessage());
        }
    }

    /** Copies into {@code target} every field of {@code defaults} it lacks; objects present in both are merged. */
    static void merge(ObjectNode target, ObjectNode defaults) {
        for (Iterator<Map.Entry<String, JsonNode>> it = defaults.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode mine = target.get(e.getKey());
            if (mine == null) {
                target.set(e.getKey(), e.getValue().deepCopy());
            } else if (mine instanceof ObjectNode o && e.getValue() instanceof ObjectNode def) {
                merge(o, def);
            }
        }
    }
}
