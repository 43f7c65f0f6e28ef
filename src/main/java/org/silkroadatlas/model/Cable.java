package org.silkroadatlas.model;

import java.util.List;
import java.util.Objects;

/**
 * A cross-border cable. {@code route} is a list of polylines (a cable may branch); longitudes
 * stay within ±180, so a step of more than 180 degrees between two points means the line crosses
 * the antimeridian (renderers unwrap it). {@code rfs} is the ready-for-service date, null where unknown.
 */
public record Cable(String id, String name, CableKind kind, CableStatus status, PartialDate rfs,
                    Double lengthKm, List<String> countries, List<String> owners,
                    List<LandingPoint> landingPoints, List<List<GeoPoint>> route,
                    RoutePrecision routePrecision, List<String> sources, Confidence confidence, String note) {
    public Cable {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(routePrecision, "routePrecision");
        countries = List.copyOf(countries == null ? List.of() : countries);
        owners = List.copyOf(owners == null ? List.of() : owners);
        landingPoints = List.copyOf(landingPoints == null ? List.of() : landingPoints);
        route = route == null ? List.of() : route.stream().map(List::copyOf).toList();
        sources = List.copyOf(sources == null ? List.of() : sources);
    }

    /** In service by 31 December of {@code year}: ready by then and not still only planned. */
    public boolean inServiceBy(int year) {
        return status == CableStatus.IN_SERVICE && rfs != null && rfs.byEndOf(year);
    }

    /** Shown in {@code year}: in service by then, or announced as planned (shown as planned). */
    public boolean existsBy(int year) {
        if (status == CableStatus.IN_SERVICE) return rfs == null || rfs.byEndOf(year);
        return true;
    }
}
