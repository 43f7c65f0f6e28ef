package org.silkroadatlas.map.tiles;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.silkroadatlas.model.Basemap;
import org.silkroadatlas.model.CountryShape;

/**
 * A basemap projected once to Web Mercator world units (0..1 on both axes, as Gluon's tiles are)
 * with a uniform grid index over its rings, so a tile or a view touches only the rings it overlaps,
 * and a point finds its country without scanning the world.
 *
 * <p>Immutable after construction and safe to share between the tile threads and the FX thread.
 */
public final class WorldShapes {
    /** Gluon's tiles stop at the latitude where Web Mercator makes the world square. */
    public static final double MAX_LAT = 85.05112878;
    private static final int GRID = 64;

    private final Basemap basemap;
    private final String scale;
    private final String[] iso3;
    private final String[] names;
    /** Per ring: x,y pairs in world units. */
    private final double[][] rings;
    /** Per ring: the index of its country. */
    private final int[] ringCountry;
    /** Per ring: minX, minY, maxX, maxY. */
    private final double[][] ringBox;
    /** Per country: the ids of its rings. */
    private final int[][] countryRings;
    private final int[][] cells;
    private final Map<String, Integer> byIso3 = new HashMap<>();

    /** The newest few projections, by basemap identity: the tiles and the partners layer share one. */
    private static final Deque<WorldShapes> PROJECTED = new ArrayDeque<>();
    private static final int PROJECTED_KEPT = 4;

    /**
     * The projection of {@code basemap}, made once. Projecting the 1:50m world takes about 0.1 s,
     * which the pack loader pays off the FX thread ({@link TileSource#prepare}); a theme change,
     * the tiles and the partners layer then reuse it.
     */
    public static WorldShapes of(Basemap basemap) {
        WorldShapes known = known(basemap);
        if (known != null) return known;
        WorldShapes made = new WorldShapes(basemap);
        synchronized (PROJECTED) {
            known = known(basemap);
            if (known != null) return known;
            PROJECTED.addFirst(made);
            while (PROJECTED.size() > PROJECTED_KEPT) PROJECTED.removeLast();
        }
        return made;
    }

    private static WorldShapes known(Basemap basemap) {
        synchronized (PROJECTED) {
            for (WorldShapes w : PROJECTED) {
                if (w.basemap == basemap) return w;
            }
        }
        return null;
    }

    public WorldShapes(Basemap basemap) {
        this.basemap = basemap;
        this.scale = basemap.scale();
        List<CountryShape> cs = basemap.countries();
        iso3 = new String[cs.size()];
        names = new String[cs.size()];
        countryRings = new int[cs.size()][];
        List<double[]> ringList = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        for (int c = 0; c < cs.size(); c++) {
            CountryShape s = cs.get(c);
            iso3[c] = s.iso3();
            names[c] = s.name();
            byIso3.putIfAbsent(s.iso3(), c);
            countryRings[c] = new int[s.rings().size()];
            for (int r = 0; r < s.rings().size(); r++) {
                countryRings[c][r] = ringList.size();
                ringList.add(project(s.rings().get(r)));
                owner.add(c);
            }
        }
        rings = ringList.toArray(new double[0][]);
        ringCountry = owner.stream().mapToInt(Integer::intValue).toArray();
        ringBox = new double[rings.length][];
        List<List<Integer>> grid = new ArrayList<>(GRID * GRID);
        for (int k = 0; k < GRID * GRID; k++) grid.add(new ArrayList<>());
        for (int r = 0; r < rings.length; r++) {
            double[] b = box(rings[r]);
            ringBox[r] = b;
            int x0 = cell(b[0]), y0 = cell(b[1]), x1 = cell(b[2]), y1 = cell(b[3]);
            for (int y = y0; y <= y1; y++) for (int x = x0; x <= x1; x++) grid.get(y * GRID + x).add(r);
        }
        cells = new int[GRID * GRID][];
        for (int k = 0; k < cells.length; k++) cells[k] = grid.get(k).stream().mapToInt(Integer::intValue).toArray();
    }

    private static double[] project(float[] lonLat) {
        double[] out = new double[lonLat.length];
        for (int m = 0; m < lonLat.length; m += 2) {
            out[m] = x(lonLat[m]);
            out[m + 1] = y(lonLat[m + 1]);
        }
        return out;
    }

    /** Web Mercator x in world units (0 at 180 W, 1 at 180 E). */
    public static double x(double lon) { return (lon + 180) / 360; }

    /** Web Mercator y in world units (0 at the top), clamped to the square world. */
    public static double y(double lat) {
        double l = Math.toRadians(Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)));
        return (1 - Math.log(Math.tan(l) + 1 / Math.cos(l)) / Math.PI) / 2;
    }

    public static double lat(double y) { return Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1 - 2 * y)))); }
    public static double lon(double x) { return x * 360 - 180; }

    private static double[] box(double[] ring) {
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int m = 0; m < ring.length; m += 2) {
            b[0] = Math.min(b[0], ring[m]);
            b[1] = Math.min(b[1], ring[m + 1]);
            b[2] = Math.max(b[2], ring[m]);
            b[3] = Math.max(b[3], ring[m + 1]);
        }
        return b;
    }

    private static int cell(double v) { return Math.max(0, Math.min(GRID - 1, (int) (v * GRID))); }

    public String scale() { return scale; }
    public int countryCount() { return iso3.length; }
    public int ringCount() { return rings.length; }
    public String iso3(int country) { return iso3[country]; }
    public String name(int country) { return names[country]; }
    public double[] ring(int ring) { return rings[ring]; }
    public double[] ringBox(int ring) { return ringBox[ring]; }
    public int ringCountry(int ring) { return ringCountry[ring]; }
    public int[] countryRings(int country) { return countryRings[country]; }

    /** The index of a country by code, or -1. */
    public int indexOf(String code) {
        Integer i = byIso3.get(code);
        return i == null ? -1 : i;
    }

    /**
     * The ids of the rings whose boxes overlap the box (world units), each once, in ascending order
     * (which keeps every country's rings together and the drawing order stable).
     */
    public int[] ringsIn(double minX, double minY, double maxX, double maxY) {
        int x0 = cell(minX), y0 = cell(minY), x1 = cell(maxX), y1 = cell(maxY);
        if (x0 == 0 && y0 == 0 && x1 == GRID - 1 && y1 == GRID - 1) return allRingsIn(minX, minY, maxX, maxY);
        boolean[] seen = new boolean[rings.length];
        int n = 0;
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                for (int r : cells[y * GRID + x]) {
                    if (seen[r]) continue;
                    seen[r] = true;
                    if (overlaps(ringBox[r], minX, minY, maxX, maxY)) n++;
                    else seen[r] = false;
                }
            }
        }
        int[] out = new int[n];
        int k = 0;
        for (int r = 0; r < seen.length; r++) if (seen[r]) out[k++] = r;
        return out;
    }

    private int[] allRingsIn(double minX, double minY, double maxX, double maxY) {
        int[] tmp = new int[rings.length];
        int n = 0;
        for (int r = 0; r < rings.length; r++) if (overlaps(ringBox[r], minX, minY, maxX, maxY)) tmp[n++] = r;
        return java.util.Arrays.copyOf(tmp, n);
    }

    private static boolean overlaps(double[] b, double minX, double minY, double maxX, double maxY) {
        return b[2] >= minX && b[0] <= maxX && b[3] >= minY && b[1] <= maxY;
    }

    /** The country whose outline holds the point (world units), or -1 over the sea. */
    public int countryAt(double x, double y) {
        if (x < 0 || x > 1 || y < 0 || y > 1) return -1;
        int[] candidates = cells[cell(y) * GRID + cell(x)];
        // Even-odd over all rings of a country, so holes (Lesotho in South Africa) count right.
        Map<Integer, Boolean> inside = new HashMap<>();
        for (int r : candidates) {
            double[] b = ringBox[r];
            if (x < b[0] || x > b[2] || y < b[1] || y > b[3]) continue;
            if (contains(rings[r], x, y)) inside.merge(ringCountry[r], true, (a, c) -> !a);
        }
        int best = -1;
        for (Map.Entry<Integer, Boolean> e : inside.entrySet()) {
            // A country drawn inside another's hole (an enclave) wins over the one around it.
            if (e.getValue() && (best < 0 || area(e.getKey()) < area(best))) best = e.getKey();
        }
        return best;
    }

    private double area(int country) {
        double a = 0;
        for (int r : countryRings[country]) {
            double[] b = ringBox[r];
            a += (b[2] - b[0]) * (b[3] - b[1]);
        }
        return a;
    }

    static boolean contains(double[] ring, double x, double y) {
        boolean in = false;
        int n = ring.length;
        for (int i = 0, j = n - 2; i < n; j = i, i += 2) {
            double xi = ring[i], yi = ring[i + 1], xj = ring[j], yj = ring[j + 1];
            if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) in = !in;
        }
        return in;
    }

    /**
     * The ring with vertices closer than {@code tolerance} (world units) to the last kept vertex
     * dropped: at a given zoom, detail finer than half a pixel only costs paint time.
     */
    public static double[] simplify(double[] ring, double tolerance) {
        int n = ring.length / 2;
        if (n <= 4 || tolerance <= 0) return ring;
        double t2 = tolerance * tolerance;
        double[] out = new double[ring.length];
        out[0] = ring[0];
        out[1] = ring[1];
        int k = 2;
        double px = ring[0], py = ring[1];
        for (int m = 2; m < ring.length - 2; m += 2) {
            double dx = ring[m] - px, dy = ring[m + 1] - py;
            if (dx * dx + dy * dy >= t2) {
                out[k++] = ring[m];
                out[k++] = ring[m + 1];
                px = ring[m];
                py = ring[m + 1];
            }
        }
        out[k++] = ring[ring.length - 2];
        out[k++] = ring[ring.length - 1];
        return k < 6 ? null : java.util.Arrays.copyOf(out, k);
    }
}
