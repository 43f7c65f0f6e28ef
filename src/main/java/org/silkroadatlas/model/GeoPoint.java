package org.silkroadatlas.model;

/** WGS84 latitude and longitude in decimal degrees. */
public record GeoPoint(double lat, double lon) {
    public GeoPoint {
        if (!(lat >= -90 && lat <= 90)) throw new IllegalArgumentException("latitude must be within -90..90, found " + lat);
        if (!(lon >= -180 && lon <= 180)) throw new IllegalArgumentException("longitude must be within -180..180, found " + lon);
    }
}
