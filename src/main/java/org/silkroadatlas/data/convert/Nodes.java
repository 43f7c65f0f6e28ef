package org.silkroadatlas.data.convert;

import java.util.Collection;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.silkroadatlas.model.PartialDate;

/** Small helpers to fill pack records field by field, nulls kept explicit. */
final class Nodes {
    private Nodes() { }

    static void text(ObjectNode n, String field, String value) {
        if (value == null || value.isBlank()) n.putNull(field); else n.put(field, value.trim());
    }

    static void number(ObjectNode n, String field, Double value) {
        if (value == null) n.putNull(field); else n.put(field, value);
    }

    static void strings(ObjectNode n, String field, Collection<String> values) {
        ArrayNode a = n.putArray(field);
        if (values != null) values.forEach(a::add);
    }

    /** A raw date checked against the pack's date forms; the text keeps its own precision. */
    static void date(ObjectNode n, String field, String raw) {
        if (raw == null || raw.isBlank()) { n.putNull(field); return; }
        n.put(field, PartialDate.parse(raw.trim()).toString());
    }

    static void confidence(ObjectNode n, String raw) {
        String c = raw == null ? "" : raw.trim().toLowerCase(Locale.ROOT);
        if (c.isEmpty()) { n.putNull("confidence"); return; }
        if (!c.equals("high") && !c.equals("medium") && !c.equals("low")) {
            throw new IllegalArgumentException("unknown confidence \"" + raw + "\"");
        }
        n.put("confidence", c);
    }

    /** Coordinates rounded to 5 decimals (about a metre), which is far finer than any source here. */
    static double round5(double v) { return Math.round(v * 1e5) / 1e5; }
}
