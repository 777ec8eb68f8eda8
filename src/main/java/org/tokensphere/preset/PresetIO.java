package org.tokensphere.preset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tokensphere.io.AtomicFile;
import org.tokensphere.model.Params;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * Reads and writes presets as JSON (schema {@value Preset#SCHEMA}, README.md "Presets"). Files are untrusted and
 * read by the rules of {@link UntrustedJson} (size refused before reading, bounded parsing, unknown fields, nulls
 * and wrong types refused); every size limit is checked before anything of that size is allocated. Every problem
 * is a {@link PresetException} naming the field.
 */
public final class PresetIO {
    private static final ObjectMapper MAPPER = UntrustedJson.MAPPER;
    /** Everything a preset may leave out, as JSON ({@code biasDirection} is left out: its default depends on d). */
    private static final ObjectNode DEFAULTS = defaults();

    private PresetIO() {
    }

    private static ObjectNode defaults() {
        ObjectNode d = MAPPER.createObjectNode();
        d.put("description", "");
        ObjectNode params = MAPPER.valueToTree(PresetParameters.of(Params.defaults()));
        params.remove("biasDirection");
        d.set("parameters", params);
        d.set("display", MAPPER.valueToTree(DisplayOptions.DEFAULT));
        return d;
    }

    /** The defaults of a {@code parameters} object (a copy): what a preset, or a sweep, may leave out. */
    static ObjectNode parameterDefaults() {
        return DEFAULTS.get("parameters").deepCopy();
    }

    /** Loads a preset file; refuses files over {@link Limits#MAX_BYTES} by their size, before reading them. */
    public static Preset load(Path file) {
        return parse(UntrustedJson.read(file, "preset"));
    }

    /** Loads a preset from a stream (not closed); reads at most {@link Limits#MAX_BYTES} + 1 bytes. */
    public static Preset load(InputStream in) {
        return parse(UntrustedJson.read(in, "preset"));
    }

    /** Parses a preset from its JSON text. */
    public static Preset parse(String json) {
        return parse(UntrustedJson.bytes(json, "preset"));
    }

    /** Parses a preset from its UTF-8 JSON bytes (at most {@link Limits#MAX_BYTES}, checked by the caller). */
    static Preset parse(byte[] bytes) {
        JsonNode root = UntrustedJson.readTree(bytes, "preset");
        return UntrustedJson.bind(PresetTree.prepare(root, DEFAULTS), Preset.class);
    }

    /** The preset as pretty JSON, fields in a fixed order, ending with a newline. */
    public static String toJson(Preset preset) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        try {
            return MAPPER.writer(printer).writeValueAsString(preset) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a preset could not be written as JSON", e);
        }
    }

    /** The preset as a JSON tree, fields in the written order. */
    static ObjectNode tree(Preset preset) {
        return MAPPER.valueToTree(preset);
    }

    /** What a preset may leave out, as JSON (a copy). */
    static ObjectNode defaultsTree() {
        return DEFAULTS.deepCopy();
    }

    /** {@code node} as compact JSON, without spaces. */
    static String compact(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a preset could not be written as JSON", e);
        }
    }

    /** Writes the preset to {@code file} through a temporary file: a failure leaves an existing file unchanged. */
    public static void save(Preset preset, Path file) {
        String json = toJson(preset);
        AtomicFile.write(file, w -> w.write(json));
    }
}
