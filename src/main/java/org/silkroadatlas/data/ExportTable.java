package org.silkroadatlas.data;

import java.util.ArrayList;
import java.util.List;

import org.silkroadatlas.model.GeoPoint;

/**
 * Rows of one export, in column order. A cell is a String, a Number, an {@link IdList} (joined
 * with ";" in CSV), a {@link TextList} (joined with "; ") or null. Each row may carry a geometry
 * for GeoJSON: a point or polylines.
 */
final class ExportTable {
    record IdList(List<String> items) { }

    record TextList(List<String> items) { }

    record Row(Object[] cells, GeoPoint point, List<List<GeoPoint>> lines) { }

    final String kind;
    final List<String> columns;
    final List<Row> rows = new ArrayList<>();
    final boolean hasGeometry;

    ExportTable(String kind, boolean hasGeometry, String... columns) {
        this.kind = kind;
        this.hasGeometry = hasGeometry;
        this.columns = List.of(columns);
    }

    void add(Object[] cells, GeoPoint point, List<List<GeoPoint>> lines) {
        if (cells.length != columns.size()) throw new IllegalArgumentException(cells.length + " cells for " + columns.size() + " columns");
        rows.add(new Row(cells, point, lines));
    }
}
