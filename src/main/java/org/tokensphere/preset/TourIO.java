package org.tokensphere.preset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * Reads tours (schema {@value Tour#SCHEMA}) by the rules presets are read by ({@link UntrustedJson}): refused by
 * size before reading, bounded parsing, unknown fields, nulls and wrong types refused, the number of steps checked
 * before they are bound, each step checked as it is made ({@link TourStep}). Every problem is one line naming the
 * field, e.g. {@code steps[2].parameters.sigmaQ}; nothing else happens.
 */
public final class TourIO {
    private TourIO() {
    }

    /** Loads a tour file; refuses files over {@link Limits#MAX_BYTES} by their size, before reading them. */
    public static Tour load(Path file) {
        return parse(UntrustedJson.read(file, "tour"));
    }

    /** Loads a tour from a stream (not closed). */
    public static Tour load(InputStream in) {
        return parse(UntrustedJson.read(in, "tour"));
    }

    /** Parses a tour from its JSON text. */
    public static Tour parse(String json) {
        return parse(UntrustedJson.bytes(json, "tour"));
    }

    private static Tour parse(byte[] bytes) {
        return UntrustedJson.bind(prepare(UntrustedJson.readTree(bytes, "tour")), Tour.class);
    }

    /** The shape, the schema and the number of steps, before anything is bound. */
    private static ObjectNode prepare(JsonNode root) {
        if (!(root instanceof ObjectNode obj)) {
            throw new PresetException("", "a tour is a JSON object { ... }, this file holds "
                    + (root.isArray() ? "a list" : "a single value " + FieldPaths.show(root)));
        }
        PresetTree.rejectNulls(obj, "");
        JsonNode schema = obj.get("schema");
        if (schema == null) {
            throw new PresetException("schema", "missing field 'schema' (is this a TokenSphere tour? It needs "
                    + "\"schema\": " + Tour.SCHEMA + ")");
        }
        if (!schema.isIntegralNumber() || !schema.canConvertToInt() || schema.intValue() != Tour.SCHEMA) {
            throw new PresetException("schema", "schema = " + FieldPaths.show(schema) + " is not supported: this "
                    + "TokenSphere reads tours of schema " + Tour.SCHEMA);
        }
        if (!obj.has("steps") && obj.has("parameters")) {
            throw new PresetException("steps", "missing field 'steps': this file is a preset, not a tour (open it "
                    + "with File > Open preset)");
        }
        for (String required : new String[] {"title", "steps"}) {
            if (!obj.has(required)) {
                throw new PresetException(required, "missing field '" + required + "'");
            }
        }
        JsonNode steps = obj.get("steps");
        if (steps.isArray() && steps.size() > Tour.MAX_STEPS) {
            throw new PresetException("steps", "steps: " + steps.size() + " steps, at most " + Tour.MAX_STEPS);
        }
        if (steps.isArray()) {
            for (int k = 0; k < steps.size(); k++) {
                JsonNode s = steps.get(k);
                for (String required : new String[] {"title", "narration", "source"}) {
                    if (s.isObject() && !s.has(required)) {
                        throw new PresetException("steps[" + k + "]." + required, "steps[" + k + "]: missing field '"
                                + required + "'");
                    }
                }
            }
        }
        return obj;
    }

    /** The tour as pretty JSON, ending with a newline. */
    public static String toJson(Tour tour) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        try {
            return UntrustedJson.MAPPER.writer(printer).writeValueAsString(tour) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tour could not be written as JSON", e);
        }
    }
}
