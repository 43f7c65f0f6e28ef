package org.silkroadatlas.model;

import java.util.List;
import java.util.Objects;

/**
 * A pilot zone, information harbour or hub. {@code location} is an approximate city-centre point,
 * null where none is known; {@code revoked} is null unless the zone was revoked.
 */
public record Zone(String id, String nameEn, String nameZh, ZoneKind kind, String city, String province,
                   String iso3, GeoPoint location, PartialDate approved, Integer batch, PartialDate revoked,
                   String locationNote, List<String> sources, Confidence confidence, String note) {
    public Zone {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(kind, "kind");
        sources = List.copyOf(sources == null ? List.of() : sources);
    }

    /** Approved by 31 December of {@code year} and not revoked by then. */
    public boolean standsAt(int year) {
        return approved != null && approved.byEndOf(year) && (revoked == null || !revoked.byEndOf(year));
    }

    /** "active" or "revoked" as of today. */
    public String status() { return revoked == null ? "active" : "revoked"; }
}
