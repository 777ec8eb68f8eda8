package org.tokensphere.preset;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Turns Jackson's binding errors into one-line {@link PresetException}s that name the field. */
final class MappingErrors {
    private MappingErrors() {
    }

    /** The message for {@code e}, raised while binding {@code root}. */
    static PresetException translate(JsonMappingException e, JsonNode root) {
        List<JsonMappingException.Reference> refs = e.getPath();
        String path = FieldPaths.of(refs);
        if (e instanceof UnrecognizedPropertyException u) {
            String at = FieldPaths.of(refs.subList(0, Math.max(0, refs.size() - 1)));
            return new PresetException(path, "unknown field '" + u.getPropertyName() + "' at "
                    + (at.isEmpty() ? "the top level" : at) + " (known: " + names(u.getKnownPropertyIds()) + ")");
        }
        Throwable cause = e.getCause();
        if (e instanceof ValueInstantiationException && cause instanceof IllegalArgumentException) {
            return FieldPaths.at(path, cause.getMessage());
        }
        if (e instanceof MismatchedInputException m) {
            return new PresetException(path, (path.isEmpty() ? "the preset" : path) + ": expected "
                    + expected(m.getTargetType()) + ", got " + FieldPaths.show(FieldPaths.node(root, refs)));
        }
        return new PresetException(path, (path.isEmpty() ? "" : path + ": ") + clean(e.getOriginalMessage()));
    }

    /** What a value of {@code type} looks like in JSON, for a message. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "another kind of value";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text in quotes";
        }
        if (type.isEnum()) {
            List<String> names = new ArrayList<>();
            for (Object c : type.getEnumConstants()) {
                names.add(((Enum<?>) c).name().toLowerCase(Locale.ROOT));
            }
            return "one of " + String.join(", ", names);
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list [ ... ]";
        }
        return "an object { ... }";
    }

    private static String names(Collection<Object> ids) {
        List<String> out = new ArrayList<>();
        if (ids != null) {
            for (Object id : ids) {
                out.add(String.valueOf(id));
            }
        }
        out.sort(null);
        return String.join(", ", out);
    }

    /** Jackson's message on one line, without source excerpts and configuration hints. */
    static String clean(String message) {
        if (message == null) {
            return "unreadable";
        }
        String s = message.replaceAll("\\[Source: [^;\\]]*;? ?", "[")
                .replaceAll(", from `[^`]*`", "")
                .replaceAll(":? ?enable `[^`]*` to allow", " (not allowed in JSON)")
                .replaceAll("Trailing token .*", "more text after the end of the preset object")
                .replaceAll("\\s*\\n.*", "")
                .replace("\r", "");
        s = s.replaceAll("(?s)\\s+", " ").strip();
        return s.length() > 200 ? s.substring(0, 197) + "..." : s;
    }
}
