package org.silkroadatlas.table;

/** What a row of the map's table stands for; the table sorts countries, then cables, then zones. */
public enum RowKind { COUNTRY, CABLE, ZONE }
