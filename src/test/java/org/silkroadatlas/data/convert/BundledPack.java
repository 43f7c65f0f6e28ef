package org.silkroadatlas.data.convert;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.silkroadatlas.model.Confidence;
import org.silkroadatlas.model.Country;
import org.silkroadatlas.model.Membership;
import org.silkroadatlas.model.MembershipStatus;
import org.silkroadatlas.model.Organisation;
import org.silkroadatlas.model.PartialDate;
import org.silkroadatlas.model.Zone;
import org.silkroadatlas.model.ZoneKind;
import org.silkroadatlas.model.GeoPoint;

/**
 * The committed pack in {@code atlas.data.dir}, read for the tests, with countries and zones as
 * model records so that the counts use the same rules the app does (statusAt, standsAt).
 */
final class BundledPack {
    static final Path DATA = Path.of(System.getProperty("atlas.data.dir", "data"));
    static final Path SHARED = Path.of(System.getProperty("atlas.shared.dir", "../shared"));
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private BundledPack() { }

    static List<JsonNode> records(String file, String array) {
        try {
            JsonNode root = MAPPER.readTree(DATA.resolve(file).toFile());
            List<JsonNode> out = new ArrayList<>();
            root.get(array).forEach(out::add);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Country> countries() {
        List<Country> out = new ArrayList<>();
        for (JsonNode c : records("countries.json", "countries")) {
            List<Membership> ms = new ArrayList<>();
            for (JsonNode m : c.get("memberships")) {
                ms.add(new Membership(Organisation.valueOf(m.get("organisation").asText().toUpperCase()),
                        MembershipStatus.fromId(m.get("status").asText()), PartialDate.parse(m.get("start").asText()),
                        m.get("end").isNull() ? null : PartialDate.parse(m.get("end").asText()), text(m, "event"),
                        strings(m.get("sources")), confidence(m), text(m, "note")));
            }
            GeoPoint cap = c.get("capital").isNull() ? null : new GeoPoint(c.get("capital").get("lat").asDouble(), c.get("capital").get("lon").asDouble());
            out.add(new Country(c.get("iso3").asText(), text(c, "iso2"), text(c, "name_en"), text(c, "name_zh"), cap, ms, strings(c.get("sources"))));
        }
        return out;
    }

    static List<Zone> zones() {
        List<Zone> out = new ArrayList<>();
        for (JsonNode z : records("zones.json", "zones")) {
            GeoPoint p = z.get("lat").isNull() ? null : new GeoPoint(z.get("lat").asDouble(), z.get("lon").asDouble());
            out.add(new Zone(z.get("id").asText(), z.get("name_en").asText(), text(z, "name_zh"), ZoneKind.fromId(z.get("kind").asText()),
                    text(z, "city"), text(z, "province"), text(z, "iso3"), p, PartialDate.parse(z.get("approved").asText()),
                    z.get("batch").isNull() ? null : z.get("batch").asInt(),
                    z.get("revoked").isNull() ? null : PartialDate.parse(z.get("revoked").asText()), text(z, "location_note"),
                    strings(z.get("sources")), confidence(z), text(z, "note")));
        }
        return out;
    }

    static String text(JsonNode n, String f) { return n.get(f) == null || n.get(f).isNull() ? null : n.get(f).asText(); }

    static List<String> strings(JsonNode a) {
        List<String> out = new ArrayList<>();
        a.forEach(s -> out.add(s.asText()));
        return out;
    }

    private static Confidence confidence(JsonNode n) {
        return n.get("confidence").isNull() ? null : Confidence.valueOf(n.get("confidence").asText().toUpperCase());
    }
}
