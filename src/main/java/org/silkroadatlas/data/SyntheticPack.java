package org.silkroadatlas.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.BufferedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.function.BiConsumer;

/**
 * Makes a pack N times larger than a real one, for the bench: every cable, zone, event, indicator
 * and its figures is copied N-1 more times under new ids, with routes and points shifted a little
 * so they are drawn and hit-tested as distinct things of realistic shape. Countries and sources
 * stay as they are (there are only so many ISO codes); the copies cite the same sources.
 * The output is valid: it passes {@link PackLoader} with no problems.
 */
public final class SyntheticPack {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SyntheticPack() { }

    public static void write(Path source, int scale, Path out) throws IOException {
        if (scale < 1) throw new IllegalArgumentException("scale must be at least 1");
        Files.createDirectories(out);
        Random random = new Random(20261129L);
        copy(source, out, "sources.json");
        copy(source, out, "countries.json");
        Path basemap = source.resolve("basemap");
        if (Files.isDirectory(basemap)) {
            Files.createDirectories(out.resolve("basemap"));
            try (var files = Files.list(basemap)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    if (Files.isRegularFile(f)) Files.copy(f, out.resolve("basemap").resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        multiply(source, out, "cables.json", "cables", scale, (rec, k) -> {
            rec.put("id", rec.get("id").asText() + "~" + k);
            rec.put("name", rec.get("name").asText() + " (copy " + k + ")");
            double dLat = (random.nextDouble() - 0.5) * 4, dLon = (random.nextDouble() - 0.5) * 6;
            for (JsonNode line : rec.withArray("route")) {
                for (JsonNode p : line) shift((ArrayNode) p, dLat, dLon);
            }
            for (JsonNode lp : rec.withArray("landing_points")) shiftPoint((ObjectNode) lp, dLat, dLon);
        });
        multiply(source, out, "zones.json", "zones", scale, (rec, k) -> {
            rec.put("id", rec.get("id").asText() + "~" + k);
            shiftPoint(rec, (random.nextDouble() - 0.5) * 3, (random.nextDouble() - 0.5) * 3);
        });
        multiply(source, out, "events.json", "events", scale, (rec, k) -> {
            rec.put("id", rec.get("id").asText() + "~" + k);
            ArrayNode related = rec.withArray("related_ids");
            for (int i = 0; i < related.size(); i++) related.set(i, related.get(i).asText() + "~" + k);
        });
        multiply(source, out, "indicators.json", "indicators", scale, (rec, k) -> {
            rec.put("id", rec.get("id").asText() + "~" + k);
            rec.put("name_en", rec.path("name_en").asText("") + " (copy " + k + ")");
        });
        multiply(source, out, "figures.json", "figures", scale, (rec, k) -> {
            rec.put("indicator", rec.get("indicator").asText() + "~" + k);
            if (rec.hasNonNull("value")) rec.put("value", rec.get("value").asDouble() * (0.9 + 0.2 * random.nextDouble()));
        });
    }

    private static void shift(ArrayNode latLon, double dLat, double dLon) {
        double lat = clamp(latLon.get(0).asDouble() + dLat, -85, 85);
        double lon = wrap(latLon.get(1).asDouble() + dLon);
        latLon.set(0, MAPPER.getNodeFactory().numberNode(round(lat)));
        latLon.set(1, MAPPER.getNodeFactory().numberNode(round(lon)));
    }

    private static void shiftPoint(ObjectNode rec, double dLat, double dLon) {
        if (!rec.hasNonNull("lat") || !rec.hasNonNull("lon")) return;
        rec.put("lat", round(clamp(rec.get("lat").asDouble() + dLat, -85, 85)));
        rec.put("lon", round(wrap(rec.get("lon").asDouble() + dLon)));
    }

    private static double clamp(double v, double lo, double hi) { return Math.max(lo, Math.min(hi, v)); }

    private static double wrap(double lon) { return ((lon + 180) % 360 + 360) % 360 - 180; }

    private static double round(double v) { return Math.round(v * 1e5) / 1e5; }

    private static void copy(Path from, Path to, String name) throws IOException {
        Files.copy(from.resolve(name), to.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Streams the copies out record by record, so a large scale does not hold the big file in memory. */
    private static void multiply(Path from, Path to, String file, String array, int scale,
                                 BiConsumer<ObjectNode, Integer> change) throws IOException {
        JsonNode root = MAPPER.readTree(from.resolve(file).toFile());
        ArrayNode records = (ArrayNode) root.get(array);
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(to.resolve(file)), 1 << 16)) {
            os.write(("{\n  \"format\": \"" + root.get("format").asText() + "\",\n  \"" + array + "\": [").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            boolean first = true;
            for (int k = 0; k < scale; k++) {
                for (JsonNode r : records) {
                    ObjectNode rec = r.deepCopy();
                    if (k > 0) change.accept(rec, k);
                    os.write((first ? "\n    " : ",\n    ").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    os.write(MAPPER.writeValueAsBytes(rec));
                    first = false;
                }
            }
            os.write("\n  ]\n}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
