package org.silkroadatlas.figures;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.silkroadatlas.model.FigureValue;

/**
 * Numbers as the panel and its exports write them: no more digits than the source gives. Labels
 * and ticks follow the reader's locale; {@link #exact} stays in one fixed form because the table
 * quotes it and the CSV export carries it to other programs.
 */
public final class FigureFormat {
    private static final DecimalFormatSymbols EN = DecimalFormatSymbols.getInstance(Locale.ROOT);

    private FigureFormat() { }

    /** For labels: 1,234 / 45.6 / 3.25. */
    public static String number(double v) { return number(v, Locale.ROOT); }

    public static String number(double v, Locale locale) {
        double a = Math.abs(v);
        String pattern = a >= 100 ? "#,##0" : a >= 10 ? "0.0" : "0.0#";
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(locale)).format(v);
    }

    /** For tables and CSV: the value as stored (up to 4 decimals), or the source's text (">33", "~30"). */
    public static String exact(FigureValue f) {
        if (f.value() != null) return new DecimalFormat("0.####", EN).format(f.value());
        return f.valueText() == null ? "" : f.valueText();
    }

    /** For tick labels, with only the decimals the step needs. */
    public static String tick(double v, double step) { return tick(v, step, Locale.ROOT); }

    public static String tick(double v, double step, Locale locale) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        if (step >= 1) return new DecimalFormat("#,##0", symbols).format(v);
        if (step >= 0.1) return new DecimalFormat("0.0", symbols).format(v);
        return new DecimalFormat("0.00", symbols).format(v);
    }
}
