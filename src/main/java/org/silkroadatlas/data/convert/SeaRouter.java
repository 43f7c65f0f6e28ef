package org.silkroadatlas.data.convert;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The project's own schematic sea routing for submarine cables. A graph of sea nodes: named
 * strait nodes placed by hand (Malacca, Singapore, Sunda, Lombok, Luzon, Taiwan, Bab-el-Mandeb,
 * Hormuz, Gibraltar, Palk, ...), passages the 1:50m land closes (Suez, the Turkish straits), and an
 * open-sea lattice (0.25 degree around Asia, the Indian Ocean and Europe, 1 degree elsewhere) whose
 * nodes and edges keep clear of Natural Earth land. Each landing point joins its nearest sea nodes
 * through a short coastal approach; a cable's landing points are joined by a minimum spanning tree
 * under sea-path distance (Mehlhorn's Voronoi construction). Routes are drawings, not surveys.
 */
final class SeaRouter {
    /** Longest stretch of land a route may cross at a landing (harbours, estuaries, coarse coastlines). */
    static final double COAST_KM = 50;

    record Node(String name, double lat, double lon) { }

    /** Hand-placed sea-lane nodes at straits and narrows. */
    static final List<Node> STRAITS = List.of(
            new Node("Malacca Strait north", 5.9, 97.8), new Node("Malacca Strait (One Fathom Bank)", 3.0, 100.6),
            new Node("Malacca Strait south", 1.95, 102.5), new Node("Singapore Strait west", 1.15, 103.55),
            new Node("Singapore Strait east", 1.3, 104.35), new Node("Sunda Strait", -5.92, 105.83),
            new Node("Lombok Strait", -8.55, 115.85), new Node("Luzon Strait", 20.5, 121.0),
            new Node("Taiwan Strait", 24.0, 119.5), new Node("Bab-el-Mandeb", 12.6, 43.3),
            new Node("Strait of Hormuz", 26.6, 56.6), new Node("Strait of Gibraltar", 35.95, -5.6),
            new Node("Palk Strait", 10.0, 79.75), new Node("Port Said approach", 31.45, 32.35),
            new Node("Gulf of Suez head", 29.6, 32.65), new Node("Dardanelles (Aegean side)", 39.95, 26.0),
            new Node("Sea of Marmara", 40.75, 28.0), new Node("Bosporus (Black Sea side)", 41.45, 29.2),
            new Node("Gulf of Aqaba north", 29.0, 34.8), new Node("Gulf of Aqaba south", 28.5, 34.65),
            new Node("Strait of Tiran", 27.98, 34.45));

    /** Waterways the 1:50m land polygons close; routes may cross land only here, between these nodes. */
    static final List<String[]> PASSAGES = List.of(
            new String[] {"Port Said approach", "Gulf of Suez head"},
            new String[] {"Dardanelles (Aegean side)", "Sea of Marmara"},
            new String[] {"Sea of Marmara", "Bosporus (Black Sea side)"});

    private static final double[][] FINE_BOXES = {{-15, 62, 25, 150}, {30, 66, -10, 25}}; // lat0, lat1, lon0, lon1

    private final LandMask land;
    private final List<String> warnings = new ArrayList<>();
    private double[] lat, lon, radius;
    private String[] name;
    private int n;
    private int[] adjStart, adjTo;
    private double[] adjW;
    private boolean[] adjPassage;
    private final Map<Integer, List<Integer>> hash = new HashMap<>();

    SeaRouter(LandMask land) {
        this.land = land;
        build();
    }

    List<String> warnings() { return warnings; }

    static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1), p2 = Math.toRadians(lat2);
        double dp = p2 - p1, dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 6371.0088 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }

    private static boolean inFine(double la, double lo) {
        for (double[] b : FINE_BOXES) if (la >= b[0] && la < b[1] && lo >= b[2] && lo < b[3]) return true;
        return false;
    }

    private void build() {
        List<double[]> pts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (double la = -69.5; la < 85; la += 1) {
            for (double lo = -179.5; lo < 180; lo += 1) {
                if (!inFine(la, lo) && !land.touchesLand(la, lo)) { pts.add(new double[] {la, lo, 1.45}); names.add(null); }
            }
        }
        for (double[] b : FINE_BOXES) {
            for (double la = b[0] + 0.125; la < b[1]; la += 0.25) {
                for (double lo = b[2] + 0.125; lo < b[3]; lo += 0.25) {
                    if (!land.touchesLand(la, lo)) { pts.add(new double[] {la, lo, 0.36}); names.add(null); }
                }
            }
        }
        for (Node s : STRAITS) {
            if (land.touchesLand(s.lat(), s.lon())) warnings.add("strait node on land at 1:50m, dropped: " + s.name());
            else { pts.add(new double[] {s.lat(), s.lon(), 1.0}); names.add(s.name()); }
        }
        n = pts.size();
        lat = new double[n]; lon = new double[n]; radius = new double[n]; name = names.toArray(new String[0]);
        for (int i = 0; i < n; i++) { lat[i] = pts.get(i)[0]; lon[i] = pts.get(i)[1]; radius[i] = pts.get(i)[2]; }
        for (int i = 0; i < n; i++) hash.computeIfAbsent(cellKey(lat[i], lon[i]), k -> new ArrayList<>()).add(i);

        List<List<int[]>> adj = new ArrayList<>();
        for (int i = 0; i < n; i++) adj.add(new ArrayList<>());
        for (int i = 0; i < n; i++) {
            for (int j : near(lat[i], lon[i], 1.45)) {
                if (j <= i) continue;
                double d = degDist(lat[i], lon[i], lat[j], lon[j]);
                if (d > Math.max(radius[i], radius[j])) continue;
                if (!land.rasterClear(lat[i], lon[i], lat[j], lon[j])) continue;
                adj.get(i).add(new int[] {j, 0});
                adj.get(j).add(new int[] {i, 0});
            }
        }
        for (String[] p : PASSAGES) {
            int a = indexOf(p[0]), b = indexOf(p[1]);
            if (a < 0 || b < 0) { warnings.add("passage not available: " + p[0] + " - " + p[1]); continue; }
            adj.get(a).add(new int[] {b, 1});
            adj.get(b).add(new int[] {a, 1});
        }
        adjStart = new int[n + 1];
        for (int i = 0; i < n; i++) adjStart[i + 1] = adjStart[i] + adj.get(i).size();
        adjTo = new int[adjStart[n]]; adjW = new double[adjStart[n]]; adjPassage = new boolean[adjStart[n]];
        for (int i = 0; i < n; i++) {
            int k = adjStart[i];
            for (int[] e : adj.get(i)) {
                adjTo[k] = e[0]; adjW[k] = km(lat[i], lon[i], lat[e[0]], lon[e[0]]); adjPassage[k] = e[1] == 1; k++;
            }
        }
    }

    private int indexOf(String nodeName) {
        for (int i = 0; i < n; i++) if (nodeName.equals(name[i])) return i;
        return -1;
    }

    private static int cellKey(double la, double lo) {
        int r = (int) Math.floor(la + 90), c = Math.floorMod((int) Math.floor(lo + 180), 360);
        return r * 360 + c;
    }

    private static double degDist(double la1, double lo1, double la2, double lo2) {
        double dl = Math.abs(lo2 - lo1);
        if (dl > 180) dl = 360 - dl;
        return Math.hypot(la2 - la1, dl);
    }

    private List<Integer> near(double la, double lo, double r) {
        List<Integer> out = new ArrayList<>();
        int span = (int) Math.ceil(r);
        int r0 = (int) Math.floor(la + 90), c0 = (int) Math.floor(lo + 180);
        for (int dr = -span; dr <= span; dr++) {
            for (int dc = -span; dc <= span; dc++) {
                List<Integer> cell = hash.get((r0 + dr) * 360 + Math.floorMod(c0 + dc, 360));
                if (cell != null) out.addAll(cell);
            }
        }
        return out;
    }

    /** Sea nodes a landing point can reach through at most {@link #COAST_KM} of land, nearest first. */
    private List<double[]> connectors(double la, double lo) {
        for (double r : new double[] {1.0, 2.0}) {
            List<double[]> found = new ArrayList<>();
            for (int j : near(la, lo, r)) {
                if (degDist(la, lo, lat[j], lon[j]) > r) continue;
                if (!coastalApproachClear(la, lo, lat[j], lon[j])) continue;
                found.add(new double[] {j, km(la, lo, lat[j], lon[j])});
            }
            if (!found.isEmpty()) {
                found.sort(Comparator.comparingDouble((double[] c) -> c[1]).thenComparingDouble(c -> c[0]));
                return found.subList(0, Math.min(3, found.size()));
            }
        }
        return List.of();
    }

    /** Land (by the conservative raster) only within COAST_KM of the landing end. */
    private boolean coastalApproachClear(double la1, double lo1, double la2, double lo2) {
        double dLon = lo2 - lo1;
        if (dLon > 180) dLon -= 360; else if (dLon < -180) dLon += 360;
        double len = Math.hypot(la2 - la1, dLon);
        int steps = Math.max(1, (int) Math.ceil(len / (LandMask.CELL / 3)));
        double total = km(la1, lo1, la2, lo2);
        for (int s = 0; s <= steps; s++) {
            double f = s / (double) steps;
            if (f * total <= COAST_KM) continue;
            if (land.touchesLand(la1 + f * (la2 - la1), lo1 + f * dLon)) return false;
        }
        return true;
    }

    /** A routed cable: polylines of [lat, lon] and the landing points that could not be joined. */
    record Routed(List<List<double[]>> polylines, List<Integer> unreached) { }

    /**
     * Routes a cable through its landing points ({lat, lon} each, distinct). Landing points with no
     * sea node within reach, or in a sea no other landing point shares, are returned as unreached.
     */
    Routed route(List<double[]> landings) {
        int t = landings.size();
        double[] dist = new double[n];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        int[] owner = new int[n], pred = new int[n];
        Arrays.fill(owner, -1);
        List<List<double[]>> conns = new ArrayList<>();
        Heap heap = new Heap();
        for (int a = 0; a < t; a++) {
            List<double[]> c = connectors(landings.get(a)[0], landings.get(a)[1]);
            conns.add(c);
            for (double[] cn : c) {
                int j = (int) cn[0];
                if (cn[1] < dist[j]) { dist[j] = cn[1]; owner[j] = a; pred[j] = -1; heap.push(cn[1], j); }
            }
        }
        // Dijkstra from all landing points at once. It may stop at radius R once the candidate links of
        // cost <= R already join every landing point: all links not yet seen cost more than R.
        boolean[] settled = new boolean[n];
        List<Integer> settledList = new ArrayList<>();
        double nextCheck = 0;
        List<List<double[]>> lines = null;
        boolean[] joined = new boolean[t];
        while (!heap.isEmpty()) {
            double d = heap.topKey();
            int u = heap.pop();
            if (d > dist[u] || settled[u]) continue;
            if (d >= nextCheck) {
                List<List<double[]>> tree = spanningTree(landings, conns, settledList, settled, dist, owner, pred, d, joined);
                if (tree != null) { lines = tree; break; }
                nextCheck = Math.max(d * 1.5, d + 200);
            }
            settled[u] = true;
            settledList.add(u);
            for (int k = adjStart[u]; k < adjStart[u + 1]; k++) {
                int v = adjTo[k];
                double nd = d + adjW[k];
                if (nd < dist[v]) { dist[v] = nd; owner[v] = owner[u]; pred[v] = u; heap.push(nd, v); }
            }
        }
        if (lines == null) {
            java.util.Arrays.fill(joined, false);
            lines = spanningTree(landings, conns, settledList, settled, dist, owner, pred, Double.POSITIVE_INFINITY, joined);
        }
        List<Integer> unreached = new ArrayList<>();
        for (int a = 0; a < t; a++) if (!joined[a]) unreached.add(a);
        return new Routed(lines, unreached);
    }

    /**
     * Kruskal over the candidate links of cost at most {@code radius} between the Voronoi regions of
     * the settled nodes. Returns the tree if it joins every landing point that has a sea node
     * within reach, else null; with an infinite radius it returns whatever forest there is.
     */
    private List<List<double[]>> spanningTree(List<double[]> landings, List<List<double[]>> conns, List<Integer> settledList,
                                              boolean[] settled, double[] dist, int[] owner, int[] pred, double radius, boolean[] joined) {
        int t = landings.size();
        Map<Long, double[]> best = new HashMap<>();
        for (int u : settledList) {
            for (int k = adjStart[u]; k < adjStart[u + 1]; k++) {
                int v = adjTo[k];
                if (!settled[v] || owner[v] <= owner[u]) continue;
                double cost = dist[u] + adjW[k] + dist[v];
                if (cost <= radius) offer(best, owner[u], owner[v], cost, u, v);
            }
        }
        for (int a = 0; a < t; a++) {
            for (double[] cn : conns.get(a)) {
                int j = (int) cn[0];
                if (!settled[j] || owner[j] == a) continue;
                double cost = cn[1] + dist[j];
                if (cost <= radius) offer(best, a, owner[j], cost, -1 - j, j);
            }
        }
        List<double[]> cands = new ArrayList<>(best.values());
        cands.sort(Comparator.comparingDouble((double[] c) -> c[0]).thenComparingDouble(c -> c[1]).thenComparingDouble(c -> c[2]));
        int[] parent = new int[t];
        for (int a = 0; a < t; a++) parent[a] = a;
        List<double[]> chosen = new ArrayList<>();
        int unions = 0;
        for (double[] c : cands) {
            int ra = find(parent, (int) c[1]), rb = find(parent, (int) c[2]);
            if (ra == rb) continue;
            parent[ra] = rb;
            unions++;
            chosen.add(c);
        }
        int reachable = 0;
        for (int a = 0; a < t; a++) if (!conns.get(a).isEmpty()) reachable++;
        if (unions < reachable - 1 && radius != Double.POSITIVE_INFINITY) return null;
        List<List<double[]>> lines = new ArrayList<>();
        for (double[] c : chosen) {
            joined[(int) c[1]] = joined[(int) c[2]] = true;
            lines.add(polyline(landings, (int) c[1], (int) c[2], (int) c[3], (int) c[4], owner, pred));
        }
        return lines;
    }

    private static void offer(Map<Long, double[]> best, int a, int b, double cost, int u, int v) {
        int lo = Math.min(a, b), hi = Math.max(a, b);
        long key = ((long) lo << 32) | hi;
        double[] old = best.get(key);
        double[] c = a < b ? new double[] {cost, a, b, u, v} : new double[] {cost, b, a, v, u};
        if (old == null || cost < old[0]) best.put(key, c);
    }

    private static int find(int[] p, int a) {
        while (p[a] != a) { p[a] = p[p[a]]; a = p[a]; }
        return a;
    }

    private List<double[]> polyline(List<double[]> landings, int a, int b, int u, int v, int[] owner, int[] pred) {
        // Node chain from a's connector to b's connector; a negative u (or v) means that landing
        // approaches the other side's connector node directly.
        List<Integer> chain = new ArrayList<>();
        if (u >= 0 && v >= 0) { chain.addAll(reversed(walk(u, pred))); chain.addAll(walk(v, pred)); }
        else if (u < 0) chain.addAll(walk(v, pred));
        else chain.addAll(reversed(walk(u, pred)));
        List<Integer> pulled = pull(chain);
        List<double[]> line = new ArrayList<>();
        line.add(new double[] {Nodes.round5(landings.get(a)[0]), Nodes.round5(landings.get(a)[1])});
        for (int x : pulled) line.add(new double[] {lat[x], lon[x]});
        line.add(new double[] {Nodes.round5(landings.get(b)[0]), Nodes.round5(landings.get(b)[1])});
        return line;
    }

    private static List<Integer> walk(int x, int[] pred) {
        List<Integer> out = new ArrayList<>();
        for (int y = x; y >= 0; y = pred[y]) out.add(y);
        return out;
    }

    private static List<Integer> reversed(List<Integer> l) {
        List<Integer> r = new ArrayList<>(l);
        java.util.Collections.reverse(r);
        return r;
    }

    private boolean isPassage(int x, int y) {
        for (int k = adjStart[x]; k < adjStart[x + 1]; k++) if (adjTo[k] == y) return adjPassage[k];
        return false;
    }

    /** Straightens the lattice's zig-zag: skips nodes while the shortcut stays clear of land and of passages. */
    private List<Integer> pull(List<Integer> chain) {
        List<Integer> out = new ArrayList<>();
        int m = chain.size();
        int i = 0;
        out.add(chain.get(0));
        while (i < m - 1) {
            int limit = m - 1;
            for (int k = i; k < m - 1; k++) if (isPassage(chain.get(k), chain.get(k + 1))) { limit = k == i ? i + 1 : k; break; }
            int j = Math.min(limit, i + 40);
            while (j > i + 1) {
                int x = chain.get(i), y = chain.get(j);
                if (land.rasterClear(lat[x], lon[x], lat[y], lon[y]) && land.seaClear(lat[x], lon[x], lat[y], lon[y])) break;
                j--;
            }
            out.add(chain.get(j));
            i = j;
        }
        return out;
    }

    /** True if the segment is one of the declared passages (tests exempt these from the land check). */
    static boolean isPassageSegment(double la1, double lo1, double la2, double lo2) {
        for (String[] p : PASSAGES) {
            Node a = node(p[0]), b = node(p[1]);
            if (same(a, la1, lo1) && same(b, la2, lo2) || same(b, la1, lo1) && same(a, la2, lo2)) return true;
        }
        return false;
    }

    private static Node node(String nodeName) {
        for (Node s : STRAITS) if (s.name().equals(nodeName)) return s;
        throw new IllegalArgumentException(nodeName);
    }

    private static boolean same(Node s, double la, double lo) {
        return Math.abs(s.lat() - la) < 1e-6 && Math.abs(s.lon() - lo) < 1e-6;
    }

    /** A binary min-heap of (key, node) in primitive arrays; stale entries are skipped by the caller. */
    private static final class Heap {
        private double[] keys = new double[1024];
        private int[] vals = new int[1024];
        private int size;

        boolean isEmpty() { return size == 0; }
        double topKey() { return keys[0]; }

        void push(double k, int v) {
            if (size == keys.length) { keys = Arrays.copyOf(keys, size * 2); vals = Arrays.copyOf(vals, size * 2); }
            int i = size++;
            while (i > 0) {
                int p = (i - 1) / 2;
                if (keys[p] <= k) break;
                keys[i] = keys[p]; vals[i] = vals[p]; i = p;
            }
            keys[i] = k; vals[i] = v;
        }

        int pop() {
            int top = vals[0];
            double k = keys[--size];
            int v = vals[size];
            int i = 0;
            while (true) {
                int c = 2 * i + 1;
                if (c >= size) break;
                if (c + 1 < size && keys[c + 1] < keys[c]) c++;
                if (keys[c] >= k) break;
                keys[i] = keys[c]; vals[i] = vals[c]; i = c;
            }
            keys[i] = k; vals[i] = v;
            return top;
        }
    }
}
