package org.silkroadatlas.text;

import java.util.Locale;
import org.silkroadatlas.model.PartialDate;

/**
 * Dates written at the precision their source gives: "13 July 2018", "July 2018", "Q4 2021",
 * "2015" in English; "2018年7月13日", "2018年7月", "2021年第4季度", "2015年" in Chinese.
 * Never adds a day or month the source did not state. The English-only forms serve the command
 * line and exports and read the same bundle as the interface.
 */
public final class DateLabels {
    private static final Tr TR = Tr.of(DateLabels.class);

    private DateLabels() { }

    /** The date as a reader would say it, at its own precision; "date unknown" for null. */
    public static String label(PartialDate d) { return label(d, Tr.ENGLISH); }

    public static String label(PartialDate d, Locale locale) {
        if (d == null) return TR.get(locale, "date.unknown");
        // Numbers go in as text: MessageFormat would group a year as "2,018".
        String year = Integer.toString(d.year());
        return switch (d.precision()) {
            case DAY -> TR.get(locale, "date.day", year, month(d.month(), locale), Integer.toString(d.day()));
            case MONTH -> TR.get(locale, "date.month", year, month(d.month(), locale));
            case QUARTER -> TR.get(locale, "date.quarter", year, Integer.toString(d.month()));
            case YEAR -> TR.get(locale, "date.year", year);
        };
    }

    /** A year on its own: "2017" or "2017年". */
    public static String year(int year, Locale locale) {
        return TR.get(locale, "date.year", Integer.toString(year));
    }

    /** The label followed by what it is precise to, e.g. "July 2018 (month)", for detail views. */
    public static String labelWithPrecision(PartialDate d) { return labelWithPrecision(d, Tr.ENGLISH); }

    public static String labelWithPrecision(PartialDate d, Locale locale) {
        if (d == null) return TR.get(locale, "date.unknown");
        return TR.get(locale, "date.withPrecision", label(d, locale), precisionWord(d, locale));
    }

    /** "day", "month", "quarter" or "year". */
    public static String precisionWord(PartialDate d) { return precisionWord(d, Tr.ENGLISH); }

    public static String precisionWord(PartialDate d, Locale locale) {
        return TR.get(locale, "precision." + d.precision().name().toLowerCase(Locale.ROOT));
    }

    private static String month(int month, Locale locale) {
        return TR.get(locale, "month." + month);
    }

    /**
     * Decimal-year span the date covers, [start, end), so a month-precise event can be drawn
     * as the whole month it may have happened in.
     */
    public static double[] span(PartialDate d) {
        return new double[] {decimal(d.start()), decimal(d.end().plusDays(1))};
    }

    /** A day as a fractional year (1 Jan 2018 is 2018.0). */
    public static double decimal(java.time.LocalDate day) {
        return day.getYear() + (day.getDayOfYear() - 1) / (double) day.lengthOfYear();
    }
}
