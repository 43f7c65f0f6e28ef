package org.silkroadatlas.data.convert;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes one pack file: {@code {"format": "dsr-atlas/1", "<name>": [ ... ]}} with one record per
 * line, so that the files diff well and a validator's line numbers point at one record.
 * The bytes depend only on the records: "\n" line ends, no timestamps.
 */
final class PackFile {
    static final String FORMAT = "dsr-atlas/1";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PackFile() { }

    static ObjectNode object() { return MAPPER.createObjectNode(); }

    static String render(String arrayName, List<ObjectNode> records) {
        StringBuilder sb = new StringBuilder(4096);
        sb.append("{\n  \"format\": \"").append(FORMAT).append("\",\n  \"").append(arrayName).append("\": [");
        for (int i = 0; i < records.size(); i++) {
            sb.append(i == 0 ? "\n    " : ",\n    ");
            try {
                sb.append(MAPPER.writeValueAsString(records.get(i)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a tree node always serialises", e);
            }
        }
        sb.append(records.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        return sb.toString();
    }

    static void write(Path dir, String fileName, String arrayName, List<ObjectNode> records) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(fileName), render(arrayName, records), StandardCharsets.UTF_8);
    }
}
