package org.silkroadatlas.data.convert;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Country codes and names (i18n-iso-countries) and the place gazetteers of {@code ../shared/sources}. */
final class Gazetteers {
    record Place(String id, String name, double lat, double lon, String countryCode) { }

    final Map<String, String> iso2ByIso3 = new HashMap<>();
    final Map<String, String> iso3ByIso2 = new HashMap<>();
    final Map<String, String> nameEn = new HashMap<>();
    final Map<String, String> nameZh = new HashMap<>();
    /** Every English name and alternate, lower-cased, to ISO3. */
    final Map<String, String> iso3ByEnglishName = new HashMap<>();
    final Map<String, Place> capitalByIso2 = new HashMap<>();
    final Map<String, Place> geonamesWorld = new HashMap<>();
    final Map<String, Place> geonamesCn = new HashMap<>();
    final Map<String, Place> simplemaps = new HashMap<>();

    static Gazetteers load(Path shared) throws IOException {
        Gazetteers g = new Gazetteers();
        ObjectMapper m = new ObjectMapper();
        Path iso = shared.resolve("sources/basemap/iso3166");
        for (JsonNode row : m.readTree(iso.resolve("i18n-iso-countries-codes.json").toFile())) {
            g.iso2ByIso3.put(row.get(1).asText(), row.get(0).asText());
            g.iso3ByIso2.put(row.get(0).asText(), row.get(1).asText());
        }
        JsonNode en = m.readTree(iso.resolve("i18n-iso-countries-en.json").toFile()).get("countries");
        en.fields().forEachRemaining(f -> {
            String iso3 = g.iso3ByIso2.get(f.getKey());
            if (iso3 == null) return;
            if (f.getValue().isArray()) {
                // The first name without a comma that is not an abbreviation: "Taiwan", not "Taiwan, Province of China" or "UAE".
                String pick = null;
                for (JsonNode v : f.getValue()) {
                    String t = v.asText();
                    if (pick == null && !t.contains(",") && !t.equals(t.toUpperCase(java.util.Locale.ROOT))) pick = t;
                }
                g.nameEn.put(iso3, pick != null ? pick : f.getValue().get(0).asText());
                f.getValue().forEach(v -> g.iso3ByEnglishName.put(v.asText().toLowerCase(java.util.Locale.ROOT), iso3));
            } else {
                g.nameEn.put(iso3, f.getValue().asText());
                g.iso3ByEnglishName.put(f.getValue().asText().toLowerCase(java.util.Locale.ROOT), iso3);
            }
        });
        JsonNode zh = m.readTree(iso.resolve("i18n-iso-countries-zh.json").toFile()).get("countries");
        zh.fields().forEachRemaining(f -> {
            String iso3 = g.iso3ByIso2.get(f.getKey());
            if (iso3 != null) g.nameZh.put(iso3, f.getValue().isArray() ? f.getValue().get(0).asText() : f.getValue().asText());
        });
        Path places = shared.resolve("sources/places");
        for (Map<String, String> r : Csv.readTsv(places.resolve("geonames-cities500-world-PPLC-PPLA.tsv"))) {
            Place p = geonames(r);
            g.geonamesWorld.put(p.id(), p);
            if ("PPLC".equals(r.get("feature_code"))) g.capitalByIso2.put(r.get("country_code"), p);
        }
        for (Map<String, String> r : Csv.readTsv(places.resolve("geonames-cities500-CN-HK-MO-TW.tsv"))) {
            Place p = geonames(r);
            g.geonamesCn.put(p.id(), p);
        }
        List<Map<String, String>> sm = Csv.read(places.resolve("simplemaps-worldcities-CN-HK-MO-TW.csv"));
        for (Map<String, String> r : sm) {
            g.simplemaps.put(r.get("id"), new Place(r.get("id"), r.get("city"), Double.parseDouble(r.get("lat")),
                    Double.parseDouble(r.get("lng")), r.get("iso2")));
        }
        return g;
    }

    private static Place geonames(Map<String, String> r) {
        return new Place(r.get("geonameid"), r.get("name"), Double.parseDouble(r.get("latitude")),
                Double.parseDouble(r.get("longitude")), r.get("country_code"));
    }

    /** The English name the pack shows. */
    String englishName(String iso3) { return nameEn.get(iso3); }

    boolean isIso3(String code) { return iso2ByIso3.containsKey(code); }

    Place lookup(String gazetteer, String id) {
        Map<String, Place> table = switch (gazetteer) {
            case "geonames-world" -> geonamesWorld;
            case "geonames-cn" -> geonamesCn;
            case "simplemaps" -> simplemaps;
            default -> throw new IllegalArgumentException("unknown gazetteer \"" + gazetteer + "\"");
        };
        Place p = table.get(id);
        if (p == null) throw new IllegalArgumentException("gazetteer " + gazetteer + " has no record " + id);
        return p;
    }
}
