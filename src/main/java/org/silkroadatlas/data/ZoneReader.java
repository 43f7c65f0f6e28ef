package org.silkroadatlas.data;

import java.io.IOException;
import java.util.List;

import org.silkroadatlas.model.Confidence;
import org.silkroadatlas.model.GeoPoint;
import org.silkroadatlas.model.PartialDate;
import org.silkroadatlas.model.Zone;
import org.silkroadatlas.model.ZoneKind;

/** Reads one record of {@code zones.json}. */
final class ZoneReader {
    private ZoneReader() { }

    static Zone read(JsonFields r) throws IOException {
        String id = null, nameEn = null, nameZh = null, city = null, province = null, iso3 = null, locationNote = null, note = null;
        ZoneKind kind = null;
        Double lat = null, lon = null;
        PartialDate approved = null, revoked = null;
        Integer batch = null;
        List<String> sources = List.of();
        Confidence confidence = null;
        while (r.nextField()) {
            switch (r.name()) {
                case "id" -> id = r.nonBlank();
                case "name_en" -> nameEn = r.nonBlank();
                case "name_zh" -> nameZh = r.string();
                case "kind" -> kind = r.choice(Ids::zoneKind, Ids.ZONE_KINDS);
                case "city" -> city = r.string();
                case "province" -> province = r.string();
                case "iso3" -> iso3 = Places.iso3(r);
                case "lat" -> lat = r.numberIn(-90, 90, "latitude");
                case "lon" -> lon = r.numberIn(-180, 180, "longitude");
                case "location_note" -> locationNote = r.string();
                case "approved" -> approved = r.date();
                case "batch" -> batch = r.integer(1, 99);
                case "revoked" -> revoked = r.date();
                case "sources" -> sources = r.references(References.Kind.SOURCE);
                case "confidence" -> confidence = r.confidence();
                case "note" -> note = r.string();
                default -> r.unknownField();
            }
        }
        r.required(id, "id");
        r.required(nameEn, "name_en");
        r.required(kind, "kind");
        if (approved != null && revoked != null && revoked.start().isBefore(approved.start())) {
            r.errorAtField("revoked", "revoked (" + revoked + ") before it was approved (" + approved + ")");
            revoked = null;
        }
        if (sources.isEmpty() && !r.isInvalid("sources")) r.errorAtField("sources", "no source: every record must name at least one source id");
        GeoPoint location = Places.pair(r, lat, lon);
        return r.end() ? new Zone(id, nameEn, nameZh, kind, city, province, iso3, location, approved, batch, revoked,
                locationNote, sources, confidence, note) : null;
    }
}
