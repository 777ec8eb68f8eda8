package org.tokensphere.preset;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Field paths such as {@code parameters.init.points[3]}: built from Jackson's paths, joined to messages. */
final class FieldPaths {
    /** A message that starts with a field name (relative path), followed by " =", " ", ":" or the end. */
    private static final Pattern LEADING_FIELD =
            Pattern.compile("^([A-Za-z][A-Za-z0-9]*(?:\\.[A-Za-z][A-Za-z0-9]*|\\[\\d+])*)(?=[ =:\\[]|$)");
    private static final int MAX_SHOWN = 48;

    private FieldPaths() {
    }

    /** The exception for {@code message} about the object at {@code path}: its leading field name gets the path. */
    static PresetException at(String path, String message) {
        Matcher m = LEADING_FIELD.matcher(message);
        if (path.isEmpty()) {
            return new PresetException(m.find() ? m.group(1) : "", message);
        }
        if (m.find()) {
            return new PresetException(path + "." + m.group(1), path + "." + message);
        }
        return new PresetException(path, path + ": " + message);
    }

    /** The path of a mapping exception's references, e.g. {@code display.pairs[1][0]}. */
    static String of(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** The path of the parser's current position, shortened to about 80 characters. */
    static String of(JsonStreamContext context) {
        StringBuilder sb = new StringBuilder();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            String part;
            if (c.inArray()) {
                part = "[" + Math.max(0, c.getCurrentIndex()) + "]";
            } else {
                String name = c.getCurrentName();
                if (name == null) {
                    continue;
                }
                part = (c.getParent() != null && !c.getParent().inRoot() ? "." : "") + name;
            }
            sb.insert(0, part);
        }
        String s = sb.toString();
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }

    /** The node at the references' path in {@code root}, or null. */
    static JsonNode node(JsonNode root, List<JsonMappingException.Reference> refs) {
        JsonNode n = root;
        for (JsonMappingException.Reference r : refs) {
            if (n == null) {
                return null;
            }
            n = r.getFieldName() != null ? n.get(r.getFieldName()) : n.get(r.getIndex());
        }
        return n;
    }

    /** A JSON value as shown in a message, shortened. */
    static String show(JsonNode node) {
        if (node == null) {
            return "nothing";
        }
        String s = node.toString();
        return s.length() > MAX_SHOWN ? s.substring(0, MAX_SHOWN - 3) + "..." : s;
    }
}
