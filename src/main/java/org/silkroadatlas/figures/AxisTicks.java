package org.silkroadatlas.figures;

/**
 * A value axis with round tick steps (1, 2, 2.5, 5 times a power of ten) that starts at zero
 * unless the data go below it, so bar lengths and line heights are never exaggerated.
 */
public record AxisTicks(double lo, double hi, double step) {

    public static AxisTicks forRange(double dataMin, double dataMax, int maxTicks) {
        double lo = Math.min(0, dataMin);
        double hi = Math.max(0, dataMax);
        if (!(hi > lo)) hi = lo + 1;
        double raw = (hi - lo) / Math.max(1, maxTicks);
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = mag * 10;
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * mag >= raw) { step = m * mag; break; }
        }
        return new AxisTicks(Math.floor(lo / step) * step, Math.ceil(hi / step - 1e-9) * step, step);
    }

    /** Tick values from lo to hi inclusive. */
    public double[] values() {
        int n = (int) Math.round((hi - lo) / step) + 1;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) out[i] = lo + i * step;
        return out;
    }

    /** Where {@code v} falls between lo (0) and hi (1). */
    public double fraction(double v) { return (v - lo) / (hi - lo); }
}
