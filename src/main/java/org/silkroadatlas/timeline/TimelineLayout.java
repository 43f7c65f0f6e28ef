package org.silkroadatlas.timeline;

import java.util.ArrayList;
import java.util.List;
import org.silkroadatlas.model.DatePrecision;
import org.silkroadatlas.text.DateLabels;

/**
 * Where each mark sits for one axis and lane geometry: its horizontal extent (a day is a dot, a
 * month, quarter or year is a bar over the period it may fall in) and its row within the lane,
 * so that marks close in time stack instead of hiding each other. Recomputed on zoom or resize,
 * not on a year change.
 */
public final class TimelineLayout {
    /** Radius of a day mark; a bar is as tall as a dot. */
    public static final double DOT = 5;
    private static final double MIN_BAR = 2 * DOT + 2;
    private static final double[] ROW_OFFSETS = {0, -8, 8, -16, 16};

    /** One placed mark. {@code x0..x1} is its extent, {@code cx, cy} its centre, {@code r} its half-height. */
    public record Placed(TimelineItem item, double x0, double x1, double cx, double cy, double r, boolean span) {
        boolean contains(double x, double y, double slop) {
            return x >= x0 - slop && x <= x1 + slop && y >= cy - r - slop && y <= cy + r + slop;
        }
    }

    private final List<Placed> placed = new ArrayList<>();
    private final TimeAxis axis;
    private final double top;
    private final double laneHeight;

    public TimelineLayout(List<TimelineItem> items, TimeAxis axis, double top, double laneHeight) {
        this.axis = axis;
        this.top = top;
        this.laneHeight = laneHeight;
        int lanes = Lane.values().length;
        double[][] rowEnds = new double[lanes][ROW_OFFSETS.length];
        for (double[] r : rowEnds) java.util.Arrays.fill(r, Double.NEGATIVE_INFINITY);
        for (TimelineItem i : items) {
            double[] span = DateLabels.span(i.date());
            double a = axis.x(span[0]);
            double b = axis.x(span[1]);
            boolean isSpan = i.date().precision() != DatePrecision.DAY && !i.isGroup();
            double r = i.isGroup() ? Math.min(11, DOT + Math.sqrt(i.count())) : DOT;
            double cx;
            if (isSpan) {
                if (b - a < MIN_BAR) { double m = (a + b) / 2; a = m - MIN_BAR / 2; b = m + MIN_BAR / 2; }
                cx = (a + b) / 2;
            } else {
                cx = i.isGroup() ? (a + b) / 2 : a;
                a = cx - r;
                b = cx + r;
            }
            double[] ends = rowEnds[i.lane().ordinal()];
            int rows = i.lane().units() == 1 ? 3 : 5;
            int row = -1;
            for (int k = 0; k < rows && row < 0; k++) if (ends[k] + 2 <= a) row = k;
            if (row < 0) row = lowest(ends, rows);
            ends[row] = Math.max(ends[row], b);
            double cy = laneCenter(i.lane()) + ROW_OFFSETS[row] * (i.isGroup() ? 0 : 1);
            placed.add(new Placed(i, a, b, cx, cy, i.isGroup() ? r : (isSpan ? DOT - 1 : DOT), isSpan));
        }
    }

    private static int lowest(double[] ends, int rows) {
        int best = 0;
        for (int k = 1; k < rows; k++) if (ends[k] < ends[best]) best = k;
        return best;
    }

    public TimeAxis axis() { return axis; }

    public double laneTop(Lane lane) {
        int units = 0;
        for (Lane l : Lane.values()) {
            if (l == lane) break;
            units += l.units();
        }
        return top + units * laneHeight;
    }

    /** Height of a lane ({@code laneHeight} is the height of one lane unit). */
    public double laneHeight(Lane lane) { return lane.units() * laneHeight; }

    public double laneCenter(Lane lane) { return laneTop(lane) + laneHeight(lane) / 2; }

    public double bottom() { return top + Lane.totalUnits() * laneHeight; }

    public List<Placed> placed() { return placed; }

    /** The mark under the point, nearest centre first, within a few pixels of slop; null if none. */
    public Placed hit(double x, double y) {
        Placed best = null;
        double bestD = Double.MAX_VALUE;
        for (Placed p : placed) {
            if (!p.contains(x, y, 3)) continue;
            double d = Math.abs(p.cx() - x) + Math.abs(p.cy() - y);
            if (d < bestD) { best = p; bestD = d; }
        }
        return best;
    }

    /** The placed mark for a key, or null. */
    public Placed find(String key) {
        for (Placed p : placed) if (p.item().key().equals(key)) return p;
        return null;
    }
}
