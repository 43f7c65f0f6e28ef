package org.silkroadatlas.data;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.silkroadatlas.model.Confidence;
import org.silkroadatlas.model.FigureValue;

/**
 * Reads one record of {@code figures.json}. A geography is an ISO3 code or a group; a
 * three-letter code must be a known ISO3 code or one of {@link #THREE_LETTER_GROUPS}, so that a
 * mistyped country is caught, while longer group names (ASEAN, WORLD, WB_EAST_ASIA_PACIFIC) pass.
 */
final class FigureReader {
    static final Set<String> THREE_LETTER_GROUPS = Set.of("SCO", "EUU", "WLD");

    private FigureReader() { }

    static FigureValue read(JsonFields r) throws IOException {
        String indicator = null, geography = null, valueText = null, version = null, note = null;
        Integer year = null;
        Double value = null;
        List<String> sources = List.of();
        Confidence confidence = null;
        while (r.nextField()) {
            switch (r.name()) {
                case "indicator" -> indicator = r.reference(References.Kind.INDICATOR);
                case "geography" -> geography = geography(r);
                case "year" -> year = r.integer(JsonFields.MIN_YEAR, JsonFields.MAX_YEAR);
                case "value" -> value = r.number();
                case "value_text" -> valueText = r.string();
                case "dataset_version" -> version = r.string();
                case "sources" -> sources = r.references(References.Kind.SOURCE);
                case "confidence" -> confidence = r.confidence();
                case "note" -> note = r.string();
                default -> r.unknownField();
            }
        }
        r.required(indicator, "indicator");
        r.required(geography, "geography");
        // A figure may have no year where its source gives none ("latency cut by 40%"); the panels list it apart.
        if (value == null && (valueText == null || valueText.isBlank()) && !r.isInvalid("value")) {
            r.errorAtField("value", "no value: a figure needs a number in value or the stated text in value_text");
            r.drop();
        }
        if (sources.isEmpty() && !r.isInvalid("sources")) r.errorAtField("sources", "no source: every record must name at least one source id");
        return r.end() ? new FigureValue(indicator, geography, year, value, valueText, version, sources, confidence, note) : null;
    }

    private static boolean groupName(String g) {
        for (int i = 0; i < g.length(); i++) {
            char c = g.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == ';')) return false;
        }
        return true;
    }

    private static String geography(JsonFields r) throws IOException {
        String g = r.nonBlank();
        if (g == null) return null;
        if (g.length() == 3 && Character.isLetter(g.charAt(0)) && Character.isLetter(g.charAt(1)) && Character.isLetter(g.charAt(2))) {
            if (!IsoCountries.isKnown(g) && !THREE_LETTER_GROUPS.contains(g)) {
                r.error("unknown geography \"" + g + "\": neither an ISO 3166 alpha-3 code nor a group (" + String.join(", ", THREE_LETTER_GROUPS.stream().sorted().toList()) + ")");
            }
        } else if (!groupName(g)) {
            r.error("unknown geography \"" + JsonFields.abbreviate(g) + "\": a group name is written in capitals, digits and _ (SCO, ASEAN, WORLD)");
        }
        return g;
    }
}
