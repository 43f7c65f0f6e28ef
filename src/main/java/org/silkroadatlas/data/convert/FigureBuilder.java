package org.silkroadatlas.data.convert;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Every row of figures.csv as a tidy value, plus the indicator catalogue. A value that is a bound
 * or an approximation (">33", "~30") is kept as text with a null number, never rounded into one.
 */
final class FigureBuilder {
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private final SourceRegistry sources;
    private final Overrides overrides;
    final Set<String> geographies = new LinkedHashSet<>();
    private final Map<String, String> unitOf = new LinkedHashMap<>();
    private final Map<String, Set<String>> datasetsOf = new LinkedHashMap<>();

    FigureBuilder(SourceRegistry sources, Overrides overrides) {
        this.sources = sources;
        this.overrides = overrides;
    }

    List<ObjectNode> build(Path csv) throws IOException {
        Map<String, String> splits = new LinkedHashMap<>();
        for (JsonNode s : overrides.list("indicator_splits")) splits.put(s.get("indicator").asText() + "|" + s.get("unit").asText(), s.get("id").asText());
        List<ObjectNode> out = new ArrayList<>();
        for (Map<String, String> r : Csv.read(csv)) {
            String id = splits.getOrDefault(r.get("indicator") + "|" + r.get("unit"), r.get("indicator"));
            String unit = r.get("unit");
            String known = unitOf.putIfAbsent(id, unit);
            if (known != null && !known.equals(unit)) {
                throw new IllegalArgumentException("indicator " + id + " comes in two units (" + known + ", " + unit + "): add an indicator_splits entry");
            }
            datasetsOf.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(r.get("dataset"));
            ObjectNode f = PackFile.object();
            f.put("indicator", id);
            f.put("geography", r.get("geography"));
            geographies.add(r.get("geography"));
            if (r.get("year").isEmpty()) f.putNull("year"); else f.put("year", Integer.parseInt(r.get("year")));
            String v = r.get("value");
            if (PLAIN_NUMBER.matcher(v).matches()) {
                f.put("value", Double.parseDouble(v));
                f.putNull("value_text");
            } else {
                f.putNull("value");
                Nodes.text(f, "value_text", v);
            }
            Nodes.text(f, "dataset_version", r.get("dataset_version"));
            Nodes.strings(f, "sources", sources.idsFor(r.get("source")));
            Nodes.confidence(f, r.get("confidence"));
            String note = r.get("note");
            if (r.get("year").isEmpty()) note = (note.isEmpty() ? "" : note + " ") + "The source gives no year; year left empty.";
            Nodes.text(f, "note", note);
            out.add(f);
        }
        return out;
    }

    List<ObjectNode> indicators() {
        Map<String, JsonNode> defs = new LinkedHashMap<>();
        overrides.list("indicators").forEach(d -> defs.put(d.get("id").asText(), d));
        List<ObjectNode> out = new ArrayList<>();
        for (String id : new java.util.TreeSet<>(unitOf.keySet())) {
            JsonNode d = defs.get(id);
            if (d == null) throw new IllegalArgumentException("overrides.json has no indicators entry (name, definition) for " + id);
            ObjectNode i = PackFile.object();
            i.put("id", id);
            Nodes.text(i, "name_en", Overrides.text(d, "name_en"));
            Nodes.text(i, "name_zh", Overrides.text(d, "name_zh"));
            i.put("unit", unitOf.get(id));
            Nodes.text(i, "definition", Overrides.text(d, "definition"));
            Nodes.text(i, "dataset", String.join(" | ", datasetsOf.get(id)));
            out.add(i);
        }
        for (String id : defs.keySet()) if (!unitOf.containsKey(id)) throw new IllegalArgumentException("indicators entry for unknown indicator " + id);
        return out;
    }
}
