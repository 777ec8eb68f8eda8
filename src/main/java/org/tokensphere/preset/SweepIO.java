package org.tokensphere.preset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tokensphere.io.AtomicFile;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * Reads and writes sweep files (schema {@value SweepFile#SCHEMA}) by the rules presets are read by
 * ({@link UntrustedJson}): refused by size before reading, bounded parsing, unknown fields, nulls and wrong types
 * refused, the parameters' size limits and the number of axes checked before anything is bound, and parameters
 * left out take the defaults of a preset. Every problem is one line naming the field; nothing else happens.
 */
public final class SweepIO {
    private SweepIO() {
    }

    /** Loads a sweep file; refuses files over {@link Limits#MAX_BYTES} by their size, before reading them. */
    public static SweepFile load(Path file) {
        return parse(UntrustedJson.read(file, "sweep"));
    }

    /** Loads a sweep from a stream (not closed). */
    public static SweepFile load(InputStream in) {
        return parse(UntrustedJson.read(in, "sweep"));
    }

    /** Parses a sweep from its JSON text. */
    public static SweepFile parse(String json) {
        return parse(UntrustedJson.bytes(json, "sweep"));
    }

    private static SweepFile parse(byte[] bytes) {
        return UntrustedJson.bind(prepare(UntrustedJson.readTree(bytes, "sweep")), SweepFile.class);
    }

    private static ObjectNode prepare(JsonNode root) {
        if (!(root instanceof ObjectNode obj)) {
            throw new PresetException("", "a sweep is a JSON object { ... }, this file holds "
                    + (root.isArray() ? "a list" : "a single value " + FieldPaths.show(root)));
        }
        PresetTree.rejectNulls(obj, "");
        JsonNode schema = obj.get("schema");
        if (schema == null) {
            throw new PresetException("schema", "missing field 'schema' (is this a TokenSphere sweep? It needs "
                    + "\"schema\": " + SweepFile.SCHEMA + ")");
        }
        if (!schema.isIntegralNumber() || !schema.canConvertToInt() || schema.intValue() != SweepFile.SCHEMA) {
            throw new PresetException("schema", "schema = " + FieldPaths.show(schema) + " is not supported: this "
                    + "TokenSphere reads sweeps of schema " + SweepFile.SCHEMA);
        }
        if (!obj.has("vary") && obj.has("duration")) {
            throw new PresetException("vary", "missing field 'vary': this file is a preset, not a sweep");
        }
        for (String required : new String[] {"title", "vary", "time", "replicas"}) {
            if (!obj.has(required)) {
                throw new PresetException(required, "missing field '" + required + "'");
            }
        }
        JsonNode vary = obj.get("vary");
        if (vary.isArray() && vary.size() > 2) {
            throw new PresetException("vary", "vary: " + vary.size() + " axes, at most 2");
        }
        PresetTree.checkParameters(obj.get("parameters"), "parameters");
        ObjectNode defaults = UntrustedJson.MAPPER.createObjectNode();
        defaults.set("parameters", PresetIO.parameterDefaults());
        defaults.put("description", "");
        defaults.put("stopWhen", "");
        JsonNode time = obj.get("time");
        if (!obj.has("every") && time.isNumber()) {
            defaults.put("every", time.doubleValue());
        }
        PresetTree.merge(obj, defaults);
        return obj;
    }

    /** The sweep as pretty JSON, fields in a fixed order, ending with a newline. */
    public static String toJson(SweepFile sweep) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        try {
            return UntrustedJson.MAPPER.writer(printer).writeValueAsString(sweep) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a sweep could not be written as JSON", e);
        }
    }

    /** Writes the sweep to {@code file} through a temporary file: a failure leaves an existing file unchanged. */
    public static void save(SweepFile sweep, Path file) {
        String json = toJson(sweep);
        AtomicFile.write(file, w -> w.write(json));
    }
}
