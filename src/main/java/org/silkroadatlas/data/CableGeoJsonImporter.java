package org.silkroadatlas.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;

import org.silkroadatlas.model.Cable;
import org.silkroadatlas.model.CableKind;
import org.silkroadatlas.model.CableStatus;
import org.silkroadatlas.model.GeoPoint;
import org.silkroadatlas.model.Problem;
import org.silkroadatlas.model.RoutePrecision;
import org.silkroadatlas.model.Source;

/**
 * Reads a user's GeoJSON of cable routes (LineString or MultiLineString features, such as
 * TeleGeography's {@code cable-geo.json} with a {@code slug} per feature) into {@link Cable}s for an
 * extra map layer. Nothing is known of these cables but their route, so they are submarine with
 * status unknown, and every one names a source record for the file. Ids are prefixed
 * {@value #ID_PREFIX} so they never clash with the pack's. Streams the file; never throws for bad input.
 */
public final class CableGeoJsonImporter {
    public static final String ID_PREFIX = "import:";

    /** What an import gives: the cables, the one source they cite, and the problems met. */
    public record Result(List<Cable> cables, Source source, List<Problem> problems) {
        public Result {
            cables = List.copyOf(cables);
            problems = List.copyOf(problems);
        }
    }

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(1_000_000).build())
            .build();

    private final long maxFileBytes;

    public CableGeoJsonImporter() { this(PackLoader.DEFAULT_MAX_FILE_BYTES); }

    public CableGeoJsonImporter(long maxFileBytes) { this.maxFileBytes = maxFileBytes; }

    /**
     * @param precision how faithful the user says the routes are (null: schematic, which is what
     *                  drawn cable maps such as TeleGeography's are)
     */
    public Result importFile(Path file, RoutePrecision precision) {
        return importFile(file, precision, LoadProgress.NONE);
    }

    /**
     * As {@link #importFile(Path, RoutePrecision)}, reporting bytes read and stopping with a
     * {@link java.util.concurrent.CancellationException} between features once cancelled.
     */
    public Result importFile(Path file, RoutePrecision precision, LoadProgress progress) {
        RoutePrecision rp = precision == null ? RoutePrecision.SCHEMATIC : precision;
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        Source source = new Source(ID_PREFIX + name, "Cable routes imported from " + name, null, null,
                file.toAbsolutePath().normalize().toUri().toString(),
                "Imported by the user as an extra layer, not part of the pack; route precision as stated at import: " + rp.id()
                        + "; status, dates and landing countries unknown");
        ProblemLog log = new ProblemLog();
        Map<String, Builder> byId = new LinkedHashMap<>();
        try {
            if (!Files.exists(file)) {
                log.error(name, 0, 0, "", "no such file: " + file.toAbsolutePath().normalize());
            } else if (Files.size(file) == 0) {
                log.error(name, 0, 0, "", "empty file: expected a GeoJSON FeatureCollection");
            } else if (Files.size(file) > maxFileBytes) {
                log.error(name, 0, 0, "", String.format(Locale.ROOT, "file too large: %.1f MB, more than the %.1f MB an import may have; not read",
                        Files.size(file) / 1048576.0, maxFileBytes / 1048576.0));
            } else {
                try (InputStream in = new Utf8CheckingInputStream(Files.newInputStream(file)); JsonParser p = JSON.createParser(in)) {
                    Reader r = new Reader(p, name, log, byId);
                    r.progress = progress;
                    r.total = Files.size(file);
                    r.document();
                }
            }
        } catch (Utf8CheckingInputStream.NotUtf8Exception e) {
            int[] at = {0, 0};
            try (InputStream again = Files.newInputStream(file)) {
                at = Utf8CheckingInputStream.locate(again, e.offset);
            } catch (IOException ignored) {
                // The byte offset in the message still says where.
            }
            log.error(name, at[0], at[1], "", "not UTF-8: " + e.getMessage());
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
            int cut = m.indexOf(" (start marker at");
            if (cut >= 0) m = m.substring(0, cut);
            log.error(name, l == null ? 0 : Math.max(0, l.getLineNr()), l == null ? 0 : Math.max(0, l.getColumnNr()), "",
                    (m.contains("end-of-input") ? "file ends too early (truncated?): " : "invalid JSON: ") + JsonFields.abbreviate(m, 200));
        } catch (NoSuchFileException e) {
            log.error(name, 0, 0, "", "no such file: " + file.toAbsolutePath().normalize());
        } catch (IOException e) {
            log.error(name, 0, 0, "", "cannot read: " + e.getMessage());
        } catch (java.util.concurrent.CancellationException e) {
            throw e;
        } catch (RuntimeException e) {
            log.error(name, 0, 0, "", "internal error while reading: " + e);
        }
        List<Cable> cables = new ArrayList<>(byId.size());
        for (Builder b : byId.values()) {
            cables.add(new Cable(ID_PREFIX + b.id, b.name, CableKind.SUBMARINE, CableStatus.UNKNOWN, null, null, List.of(), List.of(),
                    List.of(), b.lines, rp, List.of(source.id()), null, "imported from " + name));
        }
        List<Problem> problems = new ArrayList<>(log.problems());
        problems.sort(java.util.Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        problems.addAll(log.summaries());
        return new Result(cables, source, problems);
    }

    private static final class Builder {
        final String id;
        String name;
        final List<List<GeoPoint>> lines = new ArrayList<>();

        Builder(String id) { this.id = id; }
    }

    /** Token-level reading of the collection, one feature at a time. */
    private static final class Reader {
        private final JsonParser p;
        private final String file;
        private final ProblemLog log;
        private final Map<String, Builder> byId;
        LoadProgress progress = LoadProgress.NONE;
        long total;

        Reader(JsonParser p, String file, ProblemLog log, Map<String, Builder> byId) {
            this.p = p;
            this.file = file;
            this.log = log;
            this.byId = byId;
        }

        private void error(JsonLocation l, String field, String message) {
            log.error(file, l.getLineNr(), l.getColumnNr(), field, message);
        }

        void document() throws IOException {
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_OBJECT) {
                error(p.currentTokenLocation(), "", "expected a GeoJSON FeatureCollection (a JSON object), found " + JsonFields.describe(t));
                return;
            }
            JsonLocation start = p.currentTokenLocation();
            String type = null;
            boolean features = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                if (name.equals("type") && v == JsonToken.VALUE_STRING) {
                    type = p.getText();
                    if (!type.equals("FeatureCollection")) {
                        error(p.currentTokenLocation(), "type", "expected a GeoJSON FeatureCollection, found type \"" + JsonFields.abbreviate(type) + "\"");
                        return;
                    }
                } else if (name.equals("features") && v == JsonToken.START_ARRAY) {
                    features = true;
                    int i = 0;
                    for (JsonToken f = p.nextToken(); f != JsonToken.END_ARRAY && f != null; f = p.nextToken(), i++) {
                        if (i % 16 == 0) {
                            progress.checkCancelled();
                            progress.progress(Math.max(0, p.currentLocation().getByteOffset()), total);
                        }
                        feature(f, i);
                    }
                } else {
                    p.skipChildren();
                }
            }
            if (type == null) error(start, "type", "missing \"type\": \"FeatureCollection\"");
            if (!features) error(start, "features", "missing the array of features");
        }

        private void feature(JsonToken t, int index) throws IOException {
            String at = "features[" + index + "]";
            JsonLocation start = p.currentTokenLocation();
            if (t != JsonToken.START_OBJECT) {
                error(start, at, "expected a Feature object, found " + JsonFields.describe(t));
                p.skipChildren();
                return;
            }
            String id = null, name = null, geometryType = null;
            List<List<GeoPoint>> lines = new ArrayList<>();
            boolean hasGeometry = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken v = p.nextToken();
                if (field.equals("properties") && v == JsonToken.START_OBJECT) {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String prop = p.currentName();
                        JsonToken pv = p.nextToken();
                        String text = pv == JsonToken.VALUE_STRING || pv == JsonToken.VALUE_NUMBER_INT ? p.getText() : null;
                        if (text != null && !text.isBlank()) {
                            switch (prop) {
                                case "slug" -> id = text;
                                case "id", "cable_id" -> { if (id == null) id = text; }
                                case "name" -> name = text;
                                default -> { }
                            }
                        }
                        p.skipChildren();
                    }
                } else if (field.equals("geometry") && v == JsonToken.START_OBJECT) {
                    hasGeometry = true;
                    geometryType = geometry(at, lines);
                } else {
                    p.skipChildren();
                }
            }
            if (!hasGeometry) {
                error(start, at + ".geometry", "no line geometry; feature left out");
                return;
            }
            if (geometryType == null) return; // reported in geometry()
            if (id == null && name == null) {
                error(start, at + ".properties", "no slug, id or name to tell the cable by; named \"feature-" + index + "\"");
                id = "feature-" + index;
            }
            if (id == null) id = name;
            if (lines.isEmpty()) {
                error(start, at + ".geometry", "no line with at least 2 valid points; feature left out");
                return;
            }
            // A cable drawn as several features (TeleGeography splits some) becomes one cable.
            Builder b = byId.computeIfAbsent(id, k -> new Builder(k));
            b.lines.addAll(lines);
            if (b.name == null) b.name = name == null ? id : name;
        }

        /** Reads a geometry object; returns its type when it is a line type, else null (reported). */
        private String geometry(String at, List<List<GeoPoint>> lines) throws IOException {
            JsonLocation start = p.currentTokenLocation();
            String type = null;
            List<List<GeoPoint>> read = new ArrayList<>();
            JsonLocation coordsAt = null;
            int depthSeen = -1;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken v = p.nextToken();
                if (field.equals("type") && v == JsonToken.VALUE_STRING) {
                    type = p.getText();
                } else if (field.equals("coordinates") && v == JsonToken.START_ARRAY) {
                    coordsAt = p.currentTokenLocation();
                    depthSeen = coordinates(at, read, coordsAt);
                } else {
                    p.skipChildren();
                }
            }
            if (!"LineString".equals(type) && !"MultiLineString".equals(type)) {
                error(start, at + ".geometry.type", "expected LineString or MultiLineString, found "
                        + (type == null ? "no type" : "\"" + JsonFields.abbreviate(type) + "\"") + "; feature left out");
                return null;
            }
            if (coordsAt == null) {
                error(start, at + ".geometry.coordinates", "missing coordinates; feature left out");
                return null;
            }
            int expected = type.equals("LineString") ? 2 : 3;
            if (depthSeen != expected && depthSeen != 0) {
                error(coordsAt, at + ".geometry.coordinates", "coordinates are not shaped as a " + type
                        + (expected == 2 ? " ([[lon, lat], ...])" : " ([[[lon, lat], ...], ...])") + "; feature left out");
                return null;
            }
            lines.addAll(read);
            return type;
        }

        /**
         * Reads a LineString's positions or a MultiLineString's lines into {@code out}; returns the
         * array depth found (2 for a line, 3 for lines, 0 if empty).
         */
        private int coordinates(String at, List<List<GeoPoint>> out, JsonLocation coordsAt) throws IOException {
            JsonToken t = p.nextToken();
            JsonLocation firstAt = p.currentTokenLocation();
            if (t == JsonToken.END_ARRAY) return 0;
            if (t != JsonToken.START_ARRAY) {
                skipRest();
                return -1; // reported by geometry(), which knows the type
            }
            JsonToken first = p.nextToken();
            if (first == JsonToken.START_ARRAY) {
                // MultiLineString: we are inside its first line, at its first position.
                int line = 0;
                List<GeoPoint> pts = new ArrayList<>();
                positions(at, line, first, pts);
                keep(at, line, pts, out, firstAt);
                for (JsonToken l = p.nextToken(); l != JsonToken.END_ARRAY && l != null; l = p.nextToken()) {
                    line++;
                    JsonLocation lineAt = p.currentTokenLocation();
                    if (l != JsonToken.START_ARRAY) {
                        error(p.currentTokenLocation(), at + ".geometry.coordinates[" + line + "]", "expected a line, found " + JsonFields.describe(l));
                        p.skipChildren();
                        continue;
                    }
                    pts = new ArrayList<>();
                    positions(at, line, p.nextToken(), pts);
                    keep(at, line, pts, out, lineAt);
                }
                return 3;
            }
            // LineString: we are inside its first position.
            List<GeoPoint> pts = new ArrayList<>();
            GeoPoint g = position(at, -1, 0, first);
            if (g != null) pts.add(g);
            int i = 1;
            for (JsonToken u = p.nextToken(); u != JsonToken.END_ARRAY && u != null; u = p.nextToken(), i++) {
                if (u != JsonToken.START_ARRAY) { bad(at, -1, i, u); continue; }
                g = position(at, -1, i, p.nextToken());
                if (g != null) pts.add(g);
            }
            keep(at, -1, pts, out, coordsAt);
            return 2;
        }

        private void skipRest() throws IOException {
            p.skipChildren();
            int depth = 1;
            while (depth > 0) {
                JsonToken t = p.nextToken();
                if (t == null) return;
                if (t == JsonToken.START_ARRAY || t == JsonToken.START_OBJECT) depth++;
                if (t == JsonToken.END_ARRAY || t == JsonToken.END_OBJECT) depth--;
            }
        }

        /** Positions of one line, starting at token {@code t} (just inside the line's array). */
        private void positions(String at, int line, JsonToken t, List<GeoPoint> pts) throws IOException {
            int i = 0;
            for (JsonToken u = t; u != JsonToken.END_ARRAY && u != null; u = p.nextToken(), i++) {
                if (u != JsonToken.START_ARRAY) { bad(at, line, i, u); continue; }
                GeoPoint g = position(at, line, i, p.nextToken());
                if (g != null) pts.add(g);
            }
        }

        private void bad(String at, int line, int i, JsonToken u) throws IOException {
            error(p.currentTokenLocation(), where(at, line, i), "expected a [lon, lat] position, found " + JsonFields.describe(u));
            p.skipChildren();
        }

        private static String where(String at, int line, int i) {
            return at + ".geometry.coordinates" + (line >= 0 ? "[" + line + "]" : "") + "[" + i + "]";
        }

        /** One position, from its first token (just inside its array) to its END_ARRAY. */
        private GeoPoint position(String at, int line, int i, JsonToken t) throws IOException {
            JsonLocation l = p.currentTokenLocation();
            double[] v = new double[2];
            int n = 0;
            boolean ok = true;
            for (JsonToken u = t; u != JsonToken.END_ARRAY && u != null; u = p.nextToken()) {
                if (u == JsonToken.VALUE_NUMBER_INT || u == JsonToken.VALUE_NUMBER_FLOAT) {
                    if (n < 2) v[n] = p.getDoubleValue();
                    n++;
                } else {
                    ok = false;
                    p.skipChildren();
                }
            }
            if (!ok || n < 2) {
                error(l, where(at, line, i), "expected a [lon, lat] position of numbers; point left out");
                return null;
            }
            double lon = v[0], lat = v[1];
            if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
                error(l, where(at, line, i), "position [" + JsonFields.fmt(lon) + ", " + JsonFields.fmt(lat)
                        + "] is off the globe (GeoJSON is [lon, lat], lon within ±180, lat within ±90); point left out");
                return null;
            }
            return new GeoPoint(lat, lon);
        }

        private void keep(String at, int line, List<GeoPoint> pts, List<List<GeoPoint>> out, JsonLocation lineAt) {
            if (pts.size() >= 2) out.add(pts);
            else error(lineAt, at + ".geometry.coordinates" + (line >= 0 ? "[" + line + "]" : ""),
                    "a line needs at least 2 valid positions, found " + pts.size() + "; left out");
        }
    }
}
