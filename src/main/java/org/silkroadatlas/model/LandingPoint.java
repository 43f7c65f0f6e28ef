package org.silkroadatlas.model;

import java.util.Objects;

/** A landing point or route end; {@code location} is null where no coordinates are known. */
public record LandingPoint(String name, String iso3, GeoPoint location) {
    public LandingPoint {
        Objects.requireNonNull(name, "name");
    }
}
