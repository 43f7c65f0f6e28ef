package org.silkroadatlas.map;

import java.util.ArrayList;
import java.util.List;
import org.silkroadatlas.model.Cable;
import org.silkroadatlas.model.GeoPoint;
import org.silkroadatlas.model.LandingPoint;

/**
 * A cable's route projected once to world pixels (zoom 0), with longitudes unwrapped across the
 * antimeridian and a Douglas-Peucker simplification per zoom level computed on first use, so the
 * cost of a frame grows with what is visible, not with what exists.
 */
final class CableGeometry {
    /** Finest level kept; beyond it the level-{@value} path is already sub-pixel exact. */
    static final int MAX_LEVEL = 12;
    /** Simplification tolerance in screen pixels at the level's own zoom. */
    private static final double TOLERANCE_PX = 0.35;

    final Cable cable;
    final Part[] parts;
    /** Landing points and route ends as world x,y pairs, on the same world copy as the route. */
    final double[] dots;
    final double minX, minY, maxX, maxY;

    CableGeometry(Cable cable) {
        this.cable = cable;
        List<Part> ps = new ArrayList<>();
        for (List<GeoPoint> line : cable.route()) {
            if (line.size() >= 2) ps.add(new Part(unwrap(line)));
        }
        parts = ps.toArray(new Part[0]);
        double routeMinX = Double.POSITIVE_INFINITY, routeMaxX = Double.NEGATIVE_INFINITY;
        for (Part p : parts) { routeMinX = Math.min(routeMinX, p.minX); routeMaxX = Math.max(routeMaxX, p.maxX); }
        List<double[]> ds = new ArrayList<>();
        for (LandingPoint lp : cable.landingPoints()) {
            if (lp.location() == null) continue;
            double x = WebMercator.x(lp.location().lon());
            // Put the landing on the same world copy as the unwrapped route it ends.
            if (parts.length > 0) x = nearestCopy(x, routeMinX, routeMaxX);
            ds.add(new double[] {x, WebMercator.y(lp.location().lat())});
        }
        for (Part p : parts) {
            ds.add(new double[] {p.xy[0], p.xy[1]});
            ds.add(new double[] {p.xy[p.xy.length - 2], p.xy[p.xy.length - 1]});
        }
        dots = new double[ds.size() * 2];
        for (int i = 0; i < ds.size(); i++) {
            dots[2 * i] = ds.get(i)[0];
            dots[2 * i + 1] = ds.get(i)[1];
        }
        double x0 = Double.POSITIVE_INFINITY, y0 = Double.POSITIVE_INFINITY, x1 = Double.NEGATIVE_INFINITY, y1 = Double.NEGATIVE_INFINITY;
        for (Part p : parts) {
            x0 = Math.min(x0, p.minX); y0 = Math.min(y0, p.minY); x1 = Math.max(x1, p.maxX); y1 = Math.max(y1, p.maxY);
        }
        for (int i = 0; i < dots.length; i += 2) {
            x0 = Math.min(x0, dots[i]); y0 = Math.min(y0, dots[i + 1]); x1 = Math.max(x1, dots[i]); y1 = Math.max(y1, dots[i + 1]);
        }
        minX = x0; minY = y0; maxX = x1; maxY = y1;
    }

    /** x, or x one world-width over, whichever lies nearest the interval lo..hi. */
    static double nearestCopy(double x, double lo, double hi) {
        double best = x, bestD = Double.MAX_VALUE;
        for (double c : new double[] {x - WebMercator.WORLD, x, x + WebMercator.WORLD}) {
            double d = c < lo ? lo - c : c > hi ? c - hi : 0;
            if (d < bestD) { bestD = d; best = c; }
        }
        return best;
    }

    boolean isEmpty() {
        return parts.length == 0 && dots.length == 0;
    }

    /**
     * World x,y pairs of one polyline whose longitudes continue past ±180 instead of jumping: a
     * step of more than 180 degrees is taken the short way round.
     */
    static double[] unwrap(List<GeoPoint> line) {
        double[] xy = new double[line.size() * 2];
        double shift = 0;
        double prev = line.get(0).lon();
        for (int i = 0; i < line.size(); i++) {
            GeoPoint p = line.get(i);
            double lon = p.lon();
            if (i > 0) {
                double step = lon - prev;
                if (step > 180) shift -= 360;
                else if (step < -180) shift += 360;
            }
            prev = lon;
            xy[2 * i] = WebMercator.x(lon + shift);
            xy[2 * i + 1] = WebMercator.y(p.lat());
        }
        return xy;
    }

    /** Route bounds in degrees, unwrapped (east may exceed 180); null for a cable with no coordinates. */
    GeoBounds bounds() {
        if (isEmpty()) return null;
        return new GeoBounds(WebMercator.lat(maxY), WebMercator.lon(minX), WebMercator.lat(minY), WebMercator.lon(maxX));
    }

    static int levelFor(double zoom) {
        return Math.max(0, Math.min(MAX_LEVEL, (int) Math.ceil(zoom)));
    }

    static final class Part {
        final double[] xy;
        final double minX, minY, maxX, maxY;
        private final double[][] levels = new double[MAX_LEVEL + 1][];

        Part(double[] xy) {
            this.xy = xy;
            double x0 = Double.POSITIVE_INFINITY, y0 = Double.POSITIVE_INFINITY, x1 = Double.NEGATIVE_INFINITY, y1 = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < xy.length; i += 2) {
                x0 = Math.min(x0, xy[i]); y0 = Math.min(y0, xy[i + 1]);
                x1 = Math.max(x1, xy[i]); y1 = Math.max(y1, xy[i + 1]);
            }
            minX = x0; minY = y0; maxX = x1; maxY = y1;
        }

        /** The path simplified for drawing at zoom level {@code level} (cached). */
        double[] at(int level) {
            double[] l = levels[level];
            if (l == null) {
                l = simplify(xy, TOLERANCE_PX / WebMercator.scale(level));
                levels[level] = l;
            }
            return l;
        }
    }

    /** Douglas-Peucker on x,y pairs; iterative so long routes cannot overflow the stack. */
    static double[] simplify(double[] xy, double tolerance) {
        int n = xy.length / 2;
        if (n <= 2) return xy;
        boolean[] keep = new boolean[n];
        keep[0] = true;
        keep[n - 1] = true;
        int[] stack = new int[2 * n];
        int top = 0;
        stack[top++] = 0;
        stack[top++] = n - 1;
        double tol2 = tolerance * tolerance;
        while (top > 0) {
            int last = stack[--top];
            int first = stack[--top];
            double ax = xy[2 * first], ay = xy[2 * first + 1], bx = xy[2 * last], by = xy[2 * last + 1];
            double best = -1;
            int bestIndex = -1;
            for (int i = first + 1; i < last; i++) {
                double d = segmentDistance2(xy[2 * i], xy[2 * i + 1], ax, ay, bx, by);
                if (d > best) { best = d; bestIndex = i; }
            }
            if (bestIndex >= 0 && best > tol2) {
                keep[bestIndex] = true;
                stack[top++] = first;
                stack[top++] = bestIndex;
                stack[top++] = bestIndex;
                stack[top++] = last;
            }
        }
        int count = 0;
        for (boolean k : keep) if (k) count++;
        double[] out = new double[count * 2];
        int j = 0;
        for (int i = 0; i < n; i++) {
            if (keep[i]) { out[j++] = xy[2 * i]; out[j++] = xy[2 * i + 1]; }
        }
        return out;
    }

    /** Squared distance from (px,py) to the segment a-b. */
    static double segmentDistance2(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax, dy = by - ay;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : ((px - ax) * dx + (py - ay) * dy) / len2;
        t = Math.max(0, Math.min(1, t));
        double cx = ax + t * dx - px, cy = ay + t * dy - py;
        return cx * cx + cy * cy;
    }
}
