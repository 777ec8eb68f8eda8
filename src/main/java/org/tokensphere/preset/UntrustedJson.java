package org.tokensphere.preset;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
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

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The rules every file a user may be handed (a preset, a tour) is read by: at most {@link Limits#MAX_BYTES},
 * refused by its size before it is read; bounded nesting, string, number and name lengths; only plain records
 * bound (no polymorphic or default typing: loading executes nothing); unknown fields, duplicate fields, nulls,
 * numbers for enums and text for numbers refused; no side effect. Every problem is a {@link PresetException}
 * naming the field. {@code what} in the messages is the kind of file ("preset", "tour").
 */
final class UntrustedJson {
    private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(Limits.MAX_DEPTH).maxStringLength(Limits.MAX_STRING)
            .maxNumberLength(Limits.MAX_NUMBER).maxNameLength(Limits.MAX_NAME)
            .maxDocumentLength(Limits.MAX_BYTES).build();
    /** The one mapper of untrusted files. */
    static final ObjectMapper MAPPER = mapper();

    private UntrustedJson() {
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

    /** The bytes of {@code file}; refused by its size, before reading, when over {@link Limits#MAX_BYTES}. */
    static byte[] read(Path file, String what) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new PresetException("", Files.exists(file) ? file + " is not a file" : "no such file " + file);
            }
            long size = Files.size(file);
            if (size > Limits.MAX_BYTES) {
                throw tooLarge(what, "the file is " + size + " bytes");
            }
        } catch (IOException e) {
            throw new PresetException("", "cannot read " + file + " (" + e.getMessage() + ")");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, what);
        } catch (NoSuchFileException e) {
            throw new PresetException("", "no such file " + file);
        } catch (IOException e) {
            throw new PresetException("", "cannot read " + file + " (" + e.getMessage() + ")");
        }
    }

    /** At most {@link Limits#MAX_BYTES} bytes of {@code in} (not closed); more is refused. */
    static byte[] read(InputStream in, String what) {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Limits.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new PresetException("", "cannot read the " + what + " (" + e.getMessage() + ")");
        }
        if (bytes.length > Limits.MAX_BYTES) {
            throw tooLarge(what, "it is more than " + Limits.MAX_BYTES + " bytes");
        }
        return bytes;
    }

    /** The UTF-8 bytes of {@code json}, refused when over the limit. */
    static byte[] bytes(String json, String what) {
        if (json.length() > Limits.MAX_BYTES) {
            throw tooLarge(what, "it is " + json.length() + " characters");
        }
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > Limits.MAX_BYTES) {
            throw tooLarge(what, "it is " + bytes.length + " bytes");
        }
        return bytes;
    }

    private static PresetException tooLarge(String what, String size) {
        return new PresetException("", what + " refused: " + size + ", above the limit of " + Limits.MAX_BYTES
                + " bytes (1 MiB)");
    }

    /** The JSON tree of {@code bytes}: one value, nothing after it. */
    static JsonNode readTree(byte[] bytes, String what) {
        try (JsonParser p = MAPPER.createParser(bytes)) {
            try {
                JsonNode root = MAPPER.readTree(p);
                if (root == null || root.isMissingNode()) {
                    throw new PresetException("", "the " + what + " is empty (a JSON object { ... } is expected)");
                }
                if (p.nextToken() != null) {
                    throw syntax(p.currentLocation(), "", "more text after the end of the " + what + " object", false);
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

    /** Binds a checked tree to {@code type}; binding errors name the field. */
    static <T> T bind(ObjectNode prepared, Class<T> type) {
        try {
            return MAPPER.treeToValue(prepared, type);
        } catch (JsonMappingException e) {
            throw MappingErrors.translate(e, prepared);
        } catch (JsonProcessingException e) {
            throw new PresetException("", MappingErrors.clean(e.getOriginalMessage()));
        }
    }

    private static PresetException syntax(JsonLocation at, String path, String message, boolean limit) {
        return new PresetException(path, (limit ? "refused at" : "syntax error at") + " line " + at.getLineNr()
                + ", column " + at.getColumnNr() + (path.isEmpty() ? "" : " (in " + path + ")") + ": " + message);
    }
}
