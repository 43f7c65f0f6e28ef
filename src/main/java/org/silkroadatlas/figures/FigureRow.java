package org.silkroadatlas.figures;

/**
 * One row of the values table and of its CSV export: which series, which year, the value as the
 * source states it, the unit, where it comes from and how sure the fact base is.
 */
public record FigureRow(String series, String geography, int year, String value, String unit,
                        String source, String confidence, String note) {
    static final String[] HEADER = {"series", "geography", "year", "value", "unit", "source", "confidence", "note"};

    String[] cells() {
        return new String[] {series, geography, Integer.toString(year), value, unit, source, confidence, note == null ? "" : note};
    }
}
