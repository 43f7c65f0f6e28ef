package org.silkroadatlas.map;

/**
 * The Web Mercator projection Gluon Maps uses, in "world pixels" at zoom 0 (the whole world is one
 * 256 px tile). A point's screen position at zoom z is {@code world * 2^z + translate}, so layers
 * project once and only scale and shift per frame.
 */
public final class WebMercator {
    /** Width and height of the world at zoom 0, in pixels. */
    public static final double WORLD = 256;
    /** Latitude where the square Mercator world ends. */
    public static final double MAX_LAT = 85.05112878;

    private WebMercator() { }

    /** World x at zoom 0; longitudes outside ±180 (unwrapped routes) continue past the edges. */
    public static double x(double lon) {
        return (lon + 180) / 360 * WORLD;
    }

    public static double y(double lat) {
        double clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
        double rad = Math.toRadians(clamped);
        return (1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2 * WORLD;
    }

    public static double lon(double x) {
        return x / WORLD * 360 - 180;
    }

    public static double lat(double y) {
        return Math.toDegrees(Math.atan(Math.sinh(Math.PI - 2 * Math.PI * y / WORLD)));
    }

    /** Scale from world pixels at zoom 0 to screen pixels at {@code zoom}. */
    public static double scale(double zoom) {
        return Math.pow(2, zoom);
    }
}
