package org.silkroadatlas.data.convert;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Every row of timeline_events.csv, in file order, with an id made from its date and title
 * ("ev-2015-03-hangzhou-becomes-..."), so ids survive re-runs and new rows elsewhere in the file.
 * Wildcards in related_ids ("CBEC-5-*") become the zone ids they stand for.
 */
final class EventBuilder {
    private final SourceRegistry sources;
    private final Set<String> used = new HashSet<>();
    final Set<String> countries = new LinkedHashSet<>();

    EventBuilder(SourceRegistry sources) { this.sources = sources; }

    List<ObjectNode> build(Path csv, List<String> zoneIds, List<Map<String, String>> nonIsoAseanRows,
                           Set<String> cableIds, Overrides overrides) throws IOException {
        Map<String, List<String>> links = new java.util.HashMap<>();
        for (com.fasterxml.jackson.databind.JsonNode l : overrides.list("event_links")) {
            List<String> ids = new ArrayList<>();
            l.get("related_ids").forEach(i -> ids.add(i.asText()));
            for (String id : ids) if (!cableIds.contains(id)) throw new IllegalArgumentException("event_links: no cable " + id);
            links.put(l.get("event").asText(), ids);
        }
        List<ObjectNode> out = new ArrayList<>();
        for (Map<String, String> r : Csv.read(csv)) {
            ObjectNode e = PackFile.object();
            String id = idFor(r.get("date"), r.get("title"));
            e.put("id", id);
            Nodes.date(e, "date", r.get("date"));
            e.put("title", r.get("title"));
            e.put("category", r.get("category"));
            List<String> cs = Csv.split(r.get("countries"), ";");
            countries.addAll(cs);
            Nodes.strings(e, "countries", cs);
            List<String> related = expand(Csv.split(r.get("related_ids"), ";"), zoneIds);
            for (String c : links.getOrDefault(id, List.of())) if (!related.contains(c)) related.add(c);
            links.remove(id);
            Nodes.strings(e, "related_ids", related);
            Nodes.text(e, "description", r.get("description"));
            Nodes.strings(e, "sources", sources.idsFor(r.get("source")));
            Nodes.confidence(e, r.get("confidence"));
            out.add(e);
        }
        if (!links.isEmpty()) throw new IllegalArgumentException("event_links name events that do not exist: " + links.keySet());
        // A dialogue partner without an ISO code (the EU) has no country record; its status is kept as an event.
        for (Map<String, String> r : nonIsoAseanRows) {
            ObjectNode e = PackFile.object();
            String title = r.get("name") + " becomes an ASEAN dialogue partner";
            e.put("id", idFor(r.get("date"), title));
            Nodes.date(e, "date", r.get("date"));
            e.put("title", title);
            e.put("category", "organisation/membership");
            e.putArray("countries");
            e.putArray("related_ids");
            String note = r.get("note").isEmpty() ? "" : " " + r.get("note");
            e.put("description", r.get("detail") + "." + note + " (From asean_members.csv, record_type dialogue_partner, code " + r.get("iso3") + ".)");
            Nodes.strings(e, "sources", sources.idsFor(r.get("source")));
            Nodes.confidence(e, r.get("confidence"));
            out.add(e);
        }
        return out;
    }

    /** An id no other event of the pack has: date, slug of the title, and -2, -3 ... on a collision. */
    String idFor(String date, String title) {
        String base = "ev-" + date + "-" + Slugs.slug(title, 48);
        String id = base;
        for (int n = 2; !used.add(id); n++) id = base + "-" + n;
        return id;
    }

    private static List<String> expand(List<String> related, List<String> zoneIds) {
        List<String> out = new ArrayList<>();
        for (String id : related) {
            if (id.endsWith("*")) {
                String prefix = id.substring(0, id.length() - 1);
                int before = out.size();
                for (String z : zoneIds) if (z.startsWith(prefix) && !out.contains(z)) out.add(z);
                if (out.size() == before) throw new IllegalArgumentException("related_ids wildcard matches no zone: " + id);
            } else {
                if (!zoneIds.contains(id)) throw new IllegalArgumentException("related_ids names no zone: " + id);
                if (!out.contains(id)) out.add(id);
            }
        }
        return out;
    }
}
