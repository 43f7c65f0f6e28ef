package org.silkroadatlas.data.convert;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.silkroadatlas.model.Confidence;
import org.silkroadatlas.model.PartialDate;

/**
 * The signings of {@code dsr_mous.csv} and {@code silk_road_ecommerce_partners.csv} as timeline
 * events. Many of them are already events of {@code timeline_events.csv}; a signing that is one
 * (same date at the same precision, a partner country in common, both agreements) only adds its
 * sources to that event, so the timeline never shows a signing twice. Rows of one file with the
 * same date and instrument (the seven co-launchers of one initiative) are one event. Titles are
 * written by hand in {@code overrides.json} ({@code signing_titles}), because the rows' instrument
 * texts are descriptions, not titles. A row without a date cannot sit on a timeline: it is left
 * out and reported in {@link #notes}.
 */
final class SigningEvents {
    /** The two categories of agreements: the timeline files the Estonia DSR and e-commerce MoUs under governance. */
    private static final Set<String> AGREEMENTS = Set.of("governance/agreement", "trade/e-commerce");

    /** One fact file of signings: its rows become events of {@code category}. */
    record SigningFile(String name, String category) { }

    static final SigningFile DSR_MOUS = new SigningFile("dsr_mous.csv", "governance/agreement");
    static final SigningFile ECOMMERCE_PARTNERS = new SigningFile("silk_road_ecommerce_partners.csv", "trade/e-commerce");

    private final EventBuilder eventBuilder;
    private final SourceRegistry sources;
    private final Map<String, String> titles = new LinkedHashMap<>();
    private final Set<String> titlesUsed = new LinkedHashSet<>();
    /** Rows left out, with the reason, for the converter's report. */
    final List<String> notes = new ArrayList<>();

    SigningEvents(EventBuilder eventBuilder, SourceRegistry sources, Overrides overrides) {
        this.eventBuilder = eventBuilder;
        this.sources = sources;
        for (JsonNode t : overrides.list("signing_titles")) {
            List<String> cs = new ArrayList<>();
            t.get("countries").forEach(c -> cs.add(c.asText()));
            String key = key(t.get("file").asText(), t.get("date").asText(), cs);
            if (titles.put(key, t.get("title").asText()) != null) throw new IllegalArgumentException("signing_titles: two titles for " + key);
        }
    }

    /** Adds the file's signings to {@code events}: new events at the end, or sources added to the event that already has it. */
    void add(List<ObjectNode> events, Path facts, SigningFile file) throws IOException {
        List<Map<String, String>> rows = Csv.read(facts.resolve(file.name()));
        Map<String, List<Map<String, String>>> groups = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> r = rows.get(i);
            String date = r.get("signed_date");
            if (date.isEmpty()) {
                // Row numbers count the header as row 1, as the CSV reader's own messages do.
                notes.add(file.name() + " row " + (i + 2) + " (" + r.get("country") + ", " + r.get("iso3") + ", confidence "
                        + r.get("confidence") + "): no signed_date in the fact base; an undated signing cannot be placed on the timeline, "
                        + "so it is not in events.json");
                continue;
            }
            checkPrecision(file, i, r);
            String instrument = r.containsKey("instrument_type") ? r.get("instrument_type") : r.get("instrument");
            groups.computeIfAbsent(date + "|" + instrument, k -> new ArrayList<>()).add(r);
        }
        for (List<Map<String, String>> group : groups.values()) {
            String date = PartialDate.parse(group.get(0).get("signed_date")).toString();
            List<String> partners = new ArrayList<>();
            for (Map<String, String> r : group) if (!partners.contains(r.get("iso3"))) partners.add(r.get("iso3"));
            List<String> sourceIds = new ArrayList<>();
            for (Map<String, String> r : group) for (String id : sources.idsFor(r.get("source"))) if (!sourceIds.contains(id)) sourceIds.add(id);
            ObjectNode existing = sameSigning(events, date, partners);
            if (existing != null) {
                ArrayNode cited = (ArrayNode) existing.get("sources");
                Set<String> have = new LinkedHashSet<>();
                cited.forEach(s -> have.add(s.asText()));
                for (String id : sourceIds) if (have.add(id)) cited.add(id);
                continue;
            }
            events.add(event(file, date, partners, group, sourceIds));
        }
    }

    /** Fails on titles written for signings the fact base does not have (or no longer has), so none goes stale unseen. */
    void checkAllTitlesUsed() {
        Set<String> unused = new LinkedHashSet<>(titles.keySet());
        unused.removeAll(titlesUsed);
        if (!unused.isEmpty()) throw new IllegalArgumentException("signing_titles name signings that are not new events: " + unused);
    }

    private ObjectNode event(SigningFile file, String date, List<String> partners, List<Map<String, String>> group, List<String> sourceIds) {
        String key = key(file.name(), date, partners);
        String title = titles.get(key);
        if (title == null) {
            throw new IllegalArgumentException("signing_titles: no title for the signing " + key + " (\"" + group.get(0).get("instrument")
                    + "\"); write one, with its reason, in overrides.json");
        }
        titlesUsed.add(key);
        List<String> countries = new ArrayList<>();
        countries.add("CHN");
        for (String p : partners) if (!countries.contains(p)) countries.add(p);
        eventBuilder.countries.addAll(countries);
        ObjectNode e = PackFile.object();
        e.put("id", eventBuilder.idFor(date, title));
        e.put("date", date);
        e.put("title", title);
        e.put("category", file.category());
        Nodes.strings(e, "countries", countries);
        e.putArray("related_ids");
        e.put("description", description(file, group));
        Nodes.strings(e, "sources", sourceIds);
        Nodes.confidence(e, lowestConfidence(group));
        return e;
    }

    /** The file's own words: what the instrument is, the Chinese counterpart, the row's note, and where it comes from. */
    private static String description(SigningFile file, List<Map<String, String>> group) {
        StringBuilder d = new StringBuilder();
        d.append(perCountry(group, "instrument"));
        String counterpart = perCountry(group, "chinese_counterpart");
        if (!counterpart.isEmpty()) d.append(" Chinese counterpart: ").append(counterpart);
        String note = perCountry(group, "note");
        if (!note.isEmpty()) d.append(' ').append(note);
        d.append(" (From ").append(file.name());
        if (group.get(0).containsKey("instrument_type")) d.append(", instrument_type ").append(group.get(0).get("instrument_type"));
        d.append(".)");
        return d.toString();
    }

    /** A column's text once when every row of the group says the same, else each country's own, so nothing is merged away. */
    private static String perCountry(List<Map<String, String>> group, String column) {
        Set<String> distinct = new LinkedHashSet<>();
        for (Map<String, String> r : group) distinct.add(r.getOrDefault(column, ""));
        if (distinct.size() == 1) return sentence(distinct.iterator().next());
        StringBuilder sb = new StringBuilder();
        for (Map<String, String> r : group) {
            String t = sentence(r.getOrDefault(column, ""));
            if (t.isEmpty()) continue;
            if (sb.length() > 0) sb.append(' ');
            sb.append(r.get("country")).append(": ").append(t);
        }
        return sb.toString();
    }

    private static String sentence(String text) {
        String t = text == null ? "" : text.trim();
        return t.isEmpty() || t.endsWith(".") ? t : t + ".";
    }

    private static String lowestConfidence(List<Map<String, String>> group) {
        Confidence lowest = null;
        for (Map<String, String> r : group) {
            String c = r.get("confidence").trim().toLowerCase(Locale.ROOT);
            if (c.isEmpty()) continue;
            Confidence k = Arrays.stream(Confidence.values()).filter(v -> v.id().equals(c)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown confidence \"" + c + "\""));
            // The model lists them from high to low.
            if (lowest == null || k.ordinal() > lowest.ordinal()) lowest = k;
        }
        return lowest == null ? null : lowest.id();
    }

    /** The first agreement event of the same date and precision with a partner (China aside) in common, or null. */
    private static ObjectNode sameSigning(List<ObjectNode> events, String date, List<String> partners) {
        for (ObjectNode e : events) {
            if (!date.equals(e.get("date").asText()) || !AGREEMENTS.contains(e.get("category").asText())) continue;
            for (JsonNode c : e.get("countries")) {
                if (!c.asText().equals("CHN") && partners.contains(c.asText())) return e;
            }
        }
        return null;
    }

    private static void checkPrecision(SigningFile file, int index, Map<String, String> r) {
        String stated = r.get("date_precision").trim().toLowerCase(Locale.ROOT);
        String form = PartialDate.parse(r.get("signed_date")).precision().name().toLowerCase(Locale.ROOT);
        if (!stated.isEmpty() && !stated.equals(form)) {
            throw new IllegalArgumentException(file.name() + " row " + (index + 2) + ": date " + r.get("signed_date") + " is of " + form
                    + " precision but date_precision says " + stated);
        }
    }

    private static String key(String file, String date, List<String> partners) {
        return file + " " + date + " " + String.join(";", partners);
    }
}
