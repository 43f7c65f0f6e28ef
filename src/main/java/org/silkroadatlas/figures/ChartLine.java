package org.silkroadatlas.figures;

import java.util.NavigableMap;

/**
 * One line of the trend chart. {@code kind} decides how it is drawn: a country's reported values
 * and a source's own group figure are solid with markers; a group value computed here is dashed,
 * so no one mistakes it for a published figure. {@code colour} names a palette entry.
 */
public record ChartLine(String label, String colour, Kind kind, NavigableMap<Integer, Double> values) {
    public enum Kind { COUNTRY, SOURCE_GROUP, COMPUTED_GROUP }

    public ChartLine {
        values = java.util.Collections.unmodifiableNavigableMap(new java.util.TreeMap<>(values));
    }
}
