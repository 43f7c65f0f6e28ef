package org.silkroadatlas.data.convert;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The hand corrections of {@code data/overrides.json}; every entry must carry a reason. */
final class Overrides {
    private final JsonNode root;

    private Overrides(JsonNode root) { this.root = root; }

    static Overrides read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) throw new IOException("overrides file not found: " + file);
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        if (root == null || !root.isObject()) throw new IOException(file + ": expected a JSON object");
        Overrides o = new Overrides(root);
        root.fields().forEachRemaining(f -> {
            if (!f.getValue().isArray()) return;
            for (JsonNode e : f.getValue()) {
                if (!e.hasNonNull("reason") || e.get("reason").asText().isBlank()) {
                    throw new IllegalArgumentException(file + ": an entry of \"" + f.getKey() + "\" has no reason: " + e);
                }
            }
        });
        return o;
    }

    List<JsonNode> list(String name) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode a = root.get(name);
        if (a != null) a.forEach(out::add);
        return out;
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
