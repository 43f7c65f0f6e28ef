package org.silkroadatlas.data.convert;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Natural Earth land polygons (world-atlas land-50m TopoJSON) for the sea routing and its tests.
 * Two views: an exact even-odd point-in-polygon test, and a conservative raster in which a cell
 * is land if any land touches it, so that a path through sea cells stays off land.
 */
public final class LandMask {
    static final double CELL = 0.05;
    private static final int COLS = (int) Math.round(360 / CELL);
    private static final int ROWS = (int) Math.round(180 / CELL);
    private static final double BAND = 0.5;

    private final List<double[]> rings = new ArrayList<>();
    private double[] ringMin;
    /** Edge indices per latitude band: each entry is {ring, vertex}. */
    private final List<List<int[]>> bands = new ArrayList<>();
    private final BitSet raster = new BitSet(COLS * ROWS);

    private LandMask() { }

    public static LandMask load(Path topoJson) throws IOException {
        return load(topoJson, null);
    }

    /** Only the geometries with this {@code id} (a country of world-atlas countries-50m, e.g. "344"). */
    static LandMask load(Path topoJson, String featureId) throws IOException {
        JsonNode root = new ObjectMapper().readTree(topoJson.toFile());
        double sx = 1, sy = 1, tx = 0, ty = 0;
        JsonNode t = root.get("transform");
        if (t != null) {
            sx = t.get("scale").get(0).asDouble(); sy = t.get("scale").get(1).asDouble();
            tx = t.get("translate").get(0).asDouble(); ty = t.get("translate").get(1).asDouble();
        }
        List<double[]> arcs = new ArrayList<>();
        for (JsonNode arc : root.get("arcs")) {
            double[] pts = new double[arc.size() * 2];
            long x = 0, y = 0;
            for (int i = 0; i < arc.size(); i++) {
                if (t != null) { x += arc.get(i).get(0).asLong(); y += arc.get(i).get(1).asLong(); pts[2 * i] = x * sx + tx; pts[2 * i + 1] = y * sy + ty; }
                else { pts[2 * i] = arc.get(i).get(0).asDouble(); pts[2 * i + 1] = arc.get(i).get(1).asDouble(); }
            }
            arcs.add(pts);
        }
        LandMask m = new LandMask();
        if (featureId == null) {
            for (JsonNode obj : root.get("objects")) m.addGeometry(obj, arcs);
        } else {
            for (JsonNode obj : root.get("objects")) {
                if (!obj.has("geometries")) continue;
                for (JsonNode g : obj.get("geometries")) if (featureId.equals(g.path("id").asText(null))) m.addGeometry(g, arcs);
            }
        }
        m.index();
        return m;
    }

    private void addGeometry(JsonNode g, List<double[]> arcs) {
        switch (g.get("type").asText()) {
            case "GeometryCollection" -> g.get("geometries").forEach(c -> addGeometry(c, arcs));
            case "Polygon" -> g.get("arcs").forEach(r -> rings.add(ring(r, arcs)));
            case "MultiPolygon" -> g.get("arcs").forEach(p -> p.forEach(r -> rings.add(ring(r, arcs))));
            default -> { }
        }
    }

    private static double[] ring(JsonNode arcIndices, List<double[]> arcs) {
        List<Double> pts = new ArrayList<>();
        for (JsonNode ai : arcIndices) {
            int i = ai.asInt();
            double[] a = arcs.get(i < 0 ? ~i : i);
            int n = a.length / 2;
            for (int k = 0; k < n; k++) {
                int j = i < 0 ? n - 1 - k : k;
                if (k == 0 && !pts.isEmpty()) continue; // arcs share their end points
                pts.add(a[2 * j]); pts.add(a[2 * j + 1]);
            }
        }
        // Rings cut at the antimeridian jump from -180 to 180; unwrap them so each ring is continuous
        // (its longitudes may then run past 180) and test points are shifted into the ring's range.
        double[] r = new double[pts.size()];
        for (int k = 0; k < r.length; k++) r[k] = pts.get(k);
        for (int k = 2; k < r.length; k += 2) {
            double raw = pts.get(k);
            double prevRaw = pts.get(k - 2);
            double step = raw - prevRaw;
            if (step > 180) step -= 360; else if (step < -180) step += 360;
            r[k] = r[k - 2] + step;
        }
        return r;
    }

    private void index() {
        ringMin = new double[rings.size()];
        for (int ri = 0; ri < rings.size(); ri++) {
            double[] r = rings.get(ri);
            double min = Double.POSITIVE_INFINITY;
            for (int k = 0; k < r.length; k += 2) min = Math.min(min, r[k]);
            ringMin[ri] = min;
        }
        int nb = (int) Math.ceil(180 / BAND);
        for (int b = 0; b < nb; b++) bands.add(new ArrayList<>());
        for (int ri = 0; ri < rings.size(); ri++) {
            double[] r = rings.get(ri);
            int n = r.length / 2;
            for (int k = 0; k < n; k++) {
                double y1 = r[2 * k + 1], y2 = r[2 * ((k + 1) % n) + 1];
                int b1 = band(Math.min(y1, y2)), b2 = band(Math.max(y1, y2));
                for (int b = b1; b <= b2; b++) bands.get(b).add(new int[] {ri, k});
                markSegment(r[2 * k], y1, r[2 * ((k + 1) % n)], y2);
            }
        }
        // Interior fill at cell centres, row by row: even-odd within each ring, rings combined by XOR.
        BitSet interior = new BitSet(COLS * ROWS);
        for (int row = 0; row < ROWS; row++) {
            double lat = -90 + (row + 0.5) * CELL;
            java.util.Map<Integer, List<Double>> byRing = new java.util.HashMap<>();
            for (int[] e : bands.get(band(lat))) {
                double[] r = rings.get(e[0]);
                int n = r.length / 2, k = e[1];
                double x1 = r[2 * k], y1 = r[2 * k + 1], x2 = r[2 * ((k + 1) % n)], y2 = r[2 * ((k + 1) % n) + 1];
                if ((y1 > lat) != (y2 > lat)) byRing.computeIfAbsent(e[0], q -> new ArrayList<>()).add(x1 + (lat - y1) / (y2 - y1) * (x2 - x1));
            }
            for (List<Double> xs : byRing.values()) {
                xs.sort(null);
                for (int i = 0; i + 1 < xs.size(); i += 2) {
                    int c1 = (int) Math.ceil((xs.get(i) + 180) / CELL - 0.5), c2 = (int) Math.floor((xs.get(i + 1) + 180) / CELL - 0.5);
                    for (int c = c1; c <= c2; c++) interior.flip(row * COLS + Math.floorMod(c, COLS));
                }
            }
        }
        raster.or(interior);
    }

    private void markSegment(double x1, double y1, double x2, double y2) {
        double len = Math.max(Math.abs(x2 - x1), Math.abs(y2 - y1));
        int steps = Math.max(1, (int) Math.ceil(len / (CELL / 4)));
        for (int s = 0; s <= steps; s++) {
            double f = s / (double) steps;
            raster.set(cellIndex(y1 + f * (y2 - y1), x1 + f * (x2 - x1)));
        }
    }

    private static int band(double lat) {
        return Math.max(0, Math.min((int) Math.ceil(180 / BAND) - 1, (int) Math.floor((lat + 90) / BAND)));
    }

    private static int cellIndex(double lat, double lon) {
        int row = Math.max(0, Math.min(ROWS - 1, (int) Math.floor((lat + 90) / CELL)));
        double l = lon; while (l < -180) l += 360; while (l >= 180) l -= 360;
        int col = Math.max(0, Math.min(COLS - 1, (int) Math.floor((l + 180) / CELL)));
        return row * COLS + col;
    }

    /** Exact even-odd test against the land polygons. */
    public boolean isLand(double lat, double lon) {
        double l = lon; while (l < -180) l += 360; while (l > 180) l -= 360;
        boolean in = false;
        for (int[] e : bands.get(band(lat))) {
            double[] r = rings.get(e[0]);
            int n = r.length / 2, k = e[1];
            double x1 = r[2 * k], y1 = r[2 * k + 1], x2 = r[2 * ((k + 1) % n)], y2 = r[2 * ((k + 1) % n) + 1];
            if ((y1 > lat) != (y2 > lat)) {
                double q = l;
                while (q < ringMin[e[0]]) q += 360;
                while (q >= ringMin[e[0]] + 360) q -= 360;
                double x = x1 + (lat - y1) / (y2 - y1) * (x2 - x1);
                if (x > q) in = !in;
            }
        }
        return in;
    }

    /** Conservative: true if any land lies in the raster cell holding this point. */
    boolean touchesLand(double lat, double lon) { return raster.get(cellIndex(lat, lon)); }

    /**
     * Kilometres of the straight lat/lon segment from (lat1, lon1) to (lat2, lon2) whose exact sample
     * points (about every kilometre) lie on land farther than {@code allowKm} from both ends.
     */
    public double landKmBeyondEnds(double lat1, double lon1, double lat2, double lon2, double allowKm) {
        return landKm(lat1, lon1, lat2, lon2, allowKm, allowKm);
    }

    /**
     * Kilometres of the segment on land, not counting land within {@code allowStartKm} of the start
     * or {@code allowEndKm} of the end (a cable's coastal approach at a landing).
     */
    public double landKm(double lat1, double lon1, double lat2, double lon2, double allowStartKm, double allowEndKm) {
        double dLon = lon2 - lon1;
        if (dLon > 180) dLon -= 360; else if (dLon < -180) dLon += 360;
        double len = Math.hypot(lat2 - lat1, dLon);
        int steps = Math.max(1, (int) Math.ceil(len / 0.01));
        double total = SeaRouter.km(lat1, lon1, lat2, lon2);
        double bad = 0;
        for (int s = 0; s <= steps; s++) {
            double f = s / (double) steps;
            if (f * total <= allowStartKm || (1 - f) * total <= allowEndKm) continue;
            if (isLand(lat1 + f * (lat2 - lat1), lon1 + f * dLon)) bad += total / steps;
        }
        return bad;
    }

    /**
     * True if no exact sample point of the segment (about every kilometre) is on land. Cells the
     * conservative raster shows free of land are skipped, which is what keeps the routing fast.
     */
    boolean seaClear(double lat1, double lon1, double lat2, double lon2) {
        double dLon = lon2 - lon1;
        if (dLon > 180) dLon -= 360; else if (dLon < -180) dLon += 360;
        double len = Math.hypot(lat2 - lat1, dLon);
        int steps = Math.max(1, (int) Math.ceil(len / 0.01));
        for (int s = 0; s <= steps; s++) {
            double f = s / (double) steps;
            double la = lat1 + f * (lat2 - lat1), lo = lon1 + f * dLon;
            if (touchesLand(la, lo) && isLand(la, lo)) return false;
        }
        return true;
    }

    /** True if every raster cell the segment passes through is free of land. */
    boolean rasterClear(double lat1, double lon1, double lat2, double lon2) {
        double dLon = lon2 - lon1;
        if (dLon > 180) dLon -= 360; else if (dLon < -180) dLon += 360;
        double len = Math.hypot(lat2 - lat1, dLon);
        int steps = Math.max(1, (int) Math.ceil(len / (CELL / 3)));
        for (int s = 0; s <= steps; s++) {
            double f = s / (double) steps;
            if (touchesLand(lat1 + f * (lat2 - lat1), lon1 + f * dLon)) return false;
        }
        return true;
    }
}
