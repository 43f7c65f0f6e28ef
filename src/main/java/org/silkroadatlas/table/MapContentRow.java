package org.silkroadatlas.table;

import java.util.Locale;

/**
 * One thing the map shows, as a line of the table: a country with its status, a cable or a zone.
 * {@code date} is the date behind the row (a status's start, a cable's ready-for-service date, a
 * zone's approval) at its own precision, empty where the pack gives none; {@code dateKey} sorts it.
 */
public record MapContentRow(String id, RowKind kind, String kindLabel, String name, String status,
                            String date, double dateKey, String countries, String source) {

    /** True when {@code query} (any case) occurs in a visible column or the id. */
    public boolean matches(String query) {
        if (query == null || query.isBlank()) return true;
        String q = query.strip().toLowerCase(Locale.ROOT);
        for (String s : new String[] {id, kindLabel, name, status, date, countries, source}) {
            if (s != null && s.toLowerCase(Locale.ROOT).contains(q)) return true;
        }
        return false;
    }
}
