package org.silkroadatlas.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Screen-space grid clustering. The grid is anchored to world pixels at the current zoom, not to
 * the screen, so panning never regroups markers; only a zoom change does.
 */
final class ZoneClusters {
    /** From this zoom on every zone is drawn on its own. */
    static final double EXPAND_ZOOM = 7;
    static final double CELL_PX = 46;

    private ZoneClusters() { }

    /**
     * A group of zones: position in world pixels at zoom 0 (the mean of its members) and the
     * indexes of its members in the input arrays.
     */
    record Cluster(double x, double y, int[] members) {
        int size() { return members.length; }
    }

    /** Groups points (world pixels at zoom 0) by grid cell at {@code zoom}; below-threshold zooms only. */
    static List<Cluster> cluster(double[] wx, double[] wy, int n, double zoom, double cellPx) {
        List<Cluster> out = new ArrayList<>();
        if (zoom >= EXPAND_ZOOM) {
            for (int i = 0; i < n; i++) out.add(new Cluster(wx[i], wy[i], new int[] {i}));
            return out;
        }
        double s = WebMercator.scale(zoom);
        Map<Long, List<Integer>> cells = new HashMap<>();
        List<Long> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long cx = (long) Math.floor(wx[i] * s / cellPx);
            long cy = (long) Math.floor(wy[i] * s / cellPx);
            long key = (cx << 32) ^ (cy & 0xffffffffL);
            List<Integer> members = cells.get(key);
            if (members == null) {
                members = new ArrayList<>();
                cells.put(key, members);
                order.add(key);
            }
            members.add(i);
        }
        for (Long key : order) {
            List<Integer> members = cells.get(key);
            double sx = 0, sy = 0;
            int[] idx = new int[members.size()];
            for (int k = 0; k < idx.length; k++) {
                idx[k] = members.get(k);
                sx += wx[idx[k]];
                sy += wy[idx[k]];
            }
            out.add(new Cluster(sx / idx.length, sy / idx.length, idx));
        }
        return out;
    }
}
