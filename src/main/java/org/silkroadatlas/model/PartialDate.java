package org.silkroadatlas.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date known only to the precision its source gives ("2015-03", "2021-Q4", "2016").
 * Comparisons use the first day of the period for starts and the last day for "by the end of".
 */
public record PartialDate(int year, int month, int day, DatePrecision precision) implements Comparable<PartialDate> {

    public PartialDate {
        Objects.requireNonNull(precision, "precision");
        if (year < 1 || year > 9999) throw new IllegalArgumentException("year out of range: " + year);
        switch (precision) {
            case YEAR -> { month = 0; day = 0; }
            case QUARTER -> { if (month < 1 || month > 4) throw new IllegalArgumentException("quarter out of range: " + month); day = 0; }
            case MONTH -> { if (month < 1 || month > 12) throw new IllegalArgumentException("month out of range: " + month); day = 0; }
            case DAY -> LocalDate.of(year, month, day); // throws DateTimeException on an impossible day
        }
    }

    public static PartialDate ofYear(int year) { return new PartialDate(year, 0, 0, DatePrecision.YEAR); }
    public static PartialDate ofMonth(int year, int month) { return new PartialDate(year, month, 0, DatePrecision.MONTH); }
    public static PartialDate ofDay(int year, int month, int day) { return new PartialDate(year, month, day, DatePrecision.DAY); }
    public static PartialDate ofQuarter(int year, int quarter) { return new PartialDate(year, quarter, 0, DatePrecision.QUARTER); }

    /**
     * Parses "YYYY", "YYYY-MM", "YYYY-Qn" or "YYYY-MM-DD".
     * @throws IllegalArgumentException with a message that says what was expected
     */
    public static PartialDate parse(String text) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("expected a date as YYYY, YYYY-MM, YYYY-Qn or YYYY-MM-DD, found nothing");
        String s = text.trim();
        try {
            if (s.matches("\\d{4}")) return ofYear(Integer.parseInt(s));
            if (s.matches("\\d{4}-Q[1-4]")) return ofQuarter(Integer.parseInt(s.substring(0, 4)), s.charAt(6) - '0');
            if (s.matches("\\d{4}-\\d{2}")) return ofMonth(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(5, 7)));
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) return ofDay(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(5, 7)), Integer.parseInt(s.substring(8, 10)));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a valid date: \"" + s + "\" (" + e.getMessage() + ")");
        }
        throw new IllegalArgumentException("expected a date as YYYY, YYYY-MM, YYYY-Qn or YYYY-MM-DD, found \"" + s + "\"");
    }

    /** First day of the period this date names. */
    public LocalDate start() {
        return switch (precision) {
            case YEAR -> LocalDate.of(year, 1, 1);
            case QUARTER -> LocalDate.of(year, (month - 1) * 3 + 1, 1);
            case MONTH -> LocalDate.of(year, month, 1);
            case DAY -> LocalDate.of(year, month, day);
        };
    }

    /** Last day of the period this date names. */
    public LocalDate end() {
        return switch (precision) {
            case YEAR -> LocalDate.of(year, 12, 31);
            case QUARTER -> LocalDate.of(year, month * 3, 1).withDayOfMonth(LocalDate.of(year, month * 3, 1).lengthOfMonth());
            case MONTH -> LocalDate.of(year, month, 1).withDayOfMonth(LocalDate.of(year, month, 1).lengthOfMonth());
            case DAY -> LocalDate.of(year, month, day);
        };
    }

    /** True when the event had certainly happened by 31 December of {@code y}. */
    public boolean byEndOf(int y) { return year <= y; }

    /** Year as a fraction (2015.5 is mid-2015), for placing on a time axis. */
    public double decimalYear() {
        LocalDate d = start();
        return d.getYear() + (d.getDayOfYear() - 1) / (double) d.lengthOfYear();
    }

    @Override public int compareTo(PartialDate o) {
        int c = start().compareTo(o.start());
        return c != 0 ? c : Integer.compare(precision.ordinal(), o.precision.ordinal());
    }

    /** ISO text at the date's own precision, the same form {@link #parse} reads. */
    @Override public String toString() {
        return switch (precision) {
            case YEAR -> String.format("%04d", year);
            case QUARTER -> String.format("%04d-Q%d", year, month);
            case MONTH -> String.format("%04d-%02d", year, month);
            case DAY -> String.format("%04d-%02d-%02d", year, month, day);
        };
    }
}
