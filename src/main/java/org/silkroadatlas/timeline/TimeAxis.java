package org.silkroadatlas.timeline;

/**
 * Maps fractional years to horizontal pixels and back, and picks year ticks far enough apart to
 * be read. Immutable: a zoom or pan makes a new axis.
 */
public record TimeAxis(double from, double to, double x0, double width) {
    private static final int[] STEPS = {1, 2, 5, 10, 20, 25, 50, 100};

    public TimeAxis {
        if (!(to > from)) throw new IllegalArgumentException("empty time range " + from + ".." + to);
        if (!(width > 0)) width = 1;
    }

    public double x(double year) { return x0 + (year - from) / (to - from) * width; }

    public double year(double x) { return from + (x - x0) / width * (to - from); }

    public double pixelsPerYear() { return width / (to - from); }

    /** The smallest tick step in years that leaves at least {@code minPixels} between labels. */
    public int tickStep(double minPixels) {
        for (int s : STEPS) if (s * pixelsPerYear() >= minPixels) return s;
        return STEPS[STEPS.length - 1];
    }

    /** Years at which to draw a tick: multiples of the step within the visible range. */
    public int[] ticks(double minPixels) {
        int step = tickStep(minPixels);
        int first = (int) Math.ceil(from / step) * step;
        int n = Math.max(0, (int) Math.floor((to - first) / step) + 1);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) out[i] = first + i * step;
        return out;
    }

    /** The axis zoomed by {@code factor} (above 1 zooms in) around the year under {@code x}. */
    public TimeAxis zoom(double factor, double x, double minSpan, double maxSpan) {
        double pivot = year(x);
        double span = Math.max(minSpan, Math.min(maxSpan, (to - from) / factor));
        double left = pivot - (pivot - from) / (to - from) * span;
        return new TimeAxis(left, left + span, x0, width);
    }

    /** The axis moved by {@code years} (positive moves the view later in time). */
    public TimeAxis pan(double years) { return new TimeAxis(from + years, to + years, x0, width); }

    /** The same range laid over a new pixel extent (after a resize). */
    public TimeAxis withPixels(double newX0, double newWidth) { return new TimeAxis(from, to, newX0, newWidth); }

    /** This range moved, not resized, so that it lies within [lo, hi] where it can. */
    public TimeAxis clampTo(double lo, double hi) {
        double span = to - from;
        if (span >= hi - lo) return new TimeAxis(lo, hi, x0, width);
        if (from < lo) return new TimeAxis(lo, lo + span, x0, width);
        if (to > hi) return new TimeAxis(hi - span, hi, x0, width);
        return this;
    }
}
