package org.silkroadatlas.text;

import org.silkroadatlas.model.PartialDate;

/**
 * Dates written at the precision their source gives: "13 Jul 2018", "Jul 2018", "Q4 2021", "2015".
 * Never adds a day or month the source did not state.
 */
public final class DateLabels {
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    private DateLabels() { }

    /** The date as a reader would say it, at its own precision; "date unknown" for null. */
    public static String label(PartialDate d) {
        if (d == null) return "date unknown";
        return switch (d.precision()) {
            case DAY -> d.day() + " " + MONTHS[d.month() - 1] + " " + d.year();
            case MONTH -> MONTHS[d.month() - 1] + " " + d.year();
            case QUARTER -> "Q" + d.month() + " " + d.year();
            case YEAR -> Integer.toString(d.year());
        };
    }

    /** The label followed by what it is precise to, e.g. "Jul 2018 (month)", for detail views. */
    public static String labelWithPrecision(PartialDate d) {
        if (d == null) return "date unknown";
        return label(d) + " (" + precisionWord(d) + ")";
    }

    /** "day", "month", "quarter" or "year". */
    public static String precisionWord(PartialDate d) {
        return switch (d.precision()) {
            case DAY -> "day";
            case MONTH -> "month";
            case QUARTER -> "quarter";
            case YEAR -> "year";
        };
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
