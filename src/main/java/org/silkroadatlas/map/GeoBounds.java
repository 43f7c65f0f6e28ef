package org.silkroadatlas.map;

import java.util.Collection;
import org.silkroadatlas.model.GeoPoint;

/**
 * A latitude/longitude box. {@code east} may exceed 180 when the box crosses the antimeridian
 * (routes are unwrapped so that a line from 170 to -170 spans 170..190, not the whole world).
 */
public record GeoBounds(double south, double west, double north, double east) {
    public GeoBounds {
        if (!(south <= north) || !(west <= east)) {
            throw new IllegalArgumentException("bounds must have south <= north and west <= east: " + south + "," + west + "," + north + "," + east);
        }
    }

    public static GeoBounds point(double lat, double lon) {
        return new GeoBounds(lat, lon, lat, lon);
    }

    /** The smallest box around these points, or null when there are none. */
    public static GeoBounds of(Collection<GeoPoint> points) {
        GeoBounds b = null;
        for (GeoPoint p : points) b = point(p.lat(), p.lon()).union(b);
        return b;
    }

    /** This box grown to cover {@code other}; {@code other} may be null. */
    public GeoBounds union(GeoBounds other) {
        if (other == null) return this;
        return new GeoBounds(Math.min(south, other.south), Math.min(west, other.west),
                Math.max(north, other.north), Math.max(east, other.east));
    }

    public boolean isPoint() {
        return south == north && west == east;
    }

    public double centerLat() {
        return WebMercator.lat((WebMercator.y(north) + WebMercator.y(south)) / 2);
    }

    public double centerLon() {
        return (west + east) / 2;
    }
}
