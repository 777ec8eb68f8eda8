package org.tokensphere.preset;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.EnumFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.tokensphere.io.AtomicFile;
import org.tokensphere.model.Params;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads and writes presets as JSON (schema {@value Preset#SCHEMA}, README.md "Presets"). Files are untrusted:
 * reading refuses more than {@link Limits#MAX_BYTES} before parsing, parses with bounded nesting, string, number
 * and name lengths, binds only the preset records (no polymorphic or default typing: loading executes nothing),
 * refuses unknown fields, nulls, numbers for enums and text for numbers, checks every size limit before anything
 * of that size is allocated, and has no side effect. Every problem is a {@link PresetException} naming the field.
 */
public final class PresetIO {
    private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(Limits.MAX_DEPTH).maxStringLength(Limits.MAX_STRING)
            .maxNumberLength(Limits.MAX_NUMBER).maxNameLength(Limits.MAX_NAME)
            .maxDocumentLength(Limits.MAX_BYTES).build();
    private static final ObjectMapper MAPPER = mapper();
    /** Everything a preset may leave out, as JSON ({@code biasDirection} is left out: its default depends on d). */
    private static final ObjectNode DEFAULTS = defaults();

    private PresetIO() {
    }

    private static ObjectMapper mapper() {
        JsonFactory factory = JsonFactory.builder().streamReadConstraints(CONSTRAINTS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(JsonFactory.Feature.INTERN_FIELD_NAMES).build();
        JsonMapper m = JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
                .build();
        // Numbers and booleans are not text: "title": 5 is refused rather than read as "5".
        m.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return m;
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

    /** Loads a preset file; refuses files over {@link Limits#MAX_BYTES} by their size, before reading them. */
    public static Preset load(Path file) {
        long size;
        try {
            if (!Files.isRegularFile(file)) {
                throw new PresetException("", Files.exists(file) ? file + " is not a file" : "no such file " + file);
            }
            size = Files.size(file);
        } catch (IOException e) {
            throw new PresetException("", "cannot read " + file + " (" + e.getMessage() + ")");
        }
        if (size > Limits.MAX_BYTES) {
            throw tooLarge("the file is " + size + " bytes");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return load(in);
        } catch (NoSuchFileException e) {
            throw new PresetException("", "no such file " + file);
        } catch (IOException e) {
            throw new PresetException("", "cannot read " + file + " (" + e.getMessage() + ")");
        }
    }

    /** Loads a preset from a stream (not closed); reads at most {@link Limits#MAX_BYTES} + 1 bytes. */
    public static Preset load(InputStream in) {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Limits.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new PresetException("", "cannot read the preset (" + e.getMessage() + ")");
        }
        if (bytes.length > Limits.MAX_BYTES) {
            throw tooLarge("it is more than " + Limits.MAX_BYTES + " bytes");
        }
        return parse(bytes);
    }

    /** Parses a preset from its JSON text. */
    public static Preset parse(String json) {
        if (json.length() > Limits.MAX_BYTES) {
            throw tooLarge("it is " + json.length() + " characters");
        }
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > Limits.MAX_BYTES) {
            throw tooLarge("it is " + bytes.length + " bytes");
        }
        return parse(bytes);
    }

    private static PresetException tooLarge(String size) {
        return new PresetException("", "preset refused: " + size + ", above the limit of " + Limits.MAX_BYTES
                + " bytes (1 MiB)");
    }

    /** Parses a preset from its UTF-8 JSON bytes (at most {@link Limits#MAX_BYTES}, checked by the caller). */
    static Preset parse(byte[] bytes) {
        JsonNode root = readTree(bytes);
        ObjectNode prepared = PresetTree.prepare(root, DEFAULTS);
        try {
            return MAPPER.treeToValue(prepared, Preset.class);
        } catch (JsonMappingException e) {
            throw MappingErrors.translate(e, prepared);
        } catch (JsonProcessingException e) {
            throw new PresetException("", MappingErrors.clean(e.getOriginalMessage()));
        }
    }

    private static JsonNode readTree(byte[] bytes) {
        try (JsonParser p = MAPPER.createParser(bytes)) {
            try {
                JsonNode root = MAPPER.readTree(p);
                if (root == null || root.isMissingNode()) {
                    throw new PresetException("", "the preset is empty (a JSON object { ... } is expected)");
                }
                if (p.nextToken() != null) {
                    throw syntax(p.currentLocation(), "", "more text after the end of the preset object", false);
                }
                return root;
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
                throw syntax(at, FieldPaths.of(p.getParsingContext()), MappingErrors.clean(e.getOriginalMessage()),
                        e instanceof StreamConstraintsException);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PresetException syntax(JsonLocation at, String path, String message, boolean limit) {
        return new PresetException(path, (limit ? "refused at" : "syntax error at") + " line " + at.getLineNr()
                + ", column " + at.getColumnNr() + (path.isEmpty() ? "" : " (in " + path + ")") + ": " + message);
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
