package org.tokensphere.preset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The canonical form of a preset inside a share code: compact JSON with the fields in the written order, every
 * field that holds its default left out (so that loading fills in the same value again), and no description.
 * Loading the canonical form gives a preset with equal parameters and display options, hence the same run bit
 * for bit: a value is left out only when its JSON text equals the default's ({@code -0.0} is not {@code 0.0}).
 */
final class CanonicalPreset {
    private CanonicalPreset() {
    }

    /** The canonical JSON of {@code preset}. */
    static String json(Preset preset) {
        ObjectNode tree = PresetIO.tree(preset);
        tree.remove("description");
        JsonNode params = tree.get("parameters");
        if (params instanceof ObjectNode p && isDefaultBiasDirection(p)) {
            p.remove("biasDirection");
        }
        prune(tree, PresetIO.defaultsTree());
        if (!tree.has("parameters")) { // required, even when every parameter takes its default
            tree.set("parameters", tree.objectNode());
        }
        return PresetIO.compact(tree);
    }

    /** True when {@code biasDirection} is the default for its {@code d}: the last axis. */
    private static boolean isDefaultBiasDirection(ObjectNode params) {
        JsonNode b = params.get("biasDirection");
        if (!(b instanceof ArrayNode a) || a.size() != params.get("d").asInt()) {
            return false;
        }
        for (int k = 0; k < a.size(); k++) {
            String expected = k == a.size() - 1 ? "1.0" : "0.0";
            if (!a.get(k).isDouble() || !a.get(k).toString().equals(expected)) {
                return false;
            }
        }
        return true;
    }

    /** Removes from {@code node} every field equal to its default; objects left empty go too. */
    private static void prune(ObjectNode node, ObjectNode defaults) {
        List<String> gone = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode def = defaults.get(e.getKey());
            if (def == null) {
                continue;
            }
            if (e.getValue() instanceof ObjectNode o && def instanceof ObjectNode d) {
                prune(o, d);
                if (o.isEmpty()) {
                    gone.add(e.getKey());
                }
            } else if (e.getValue().toString().equals(def.toString())) {
                gone.add(e.getKey());
            }
        }
        gone.forEach(node::remove);
    }
}
