package org.silkroadatlas.state;

/** Where the map looks: centre and Gluon zoom level (0 is the whole world in one 256 px tile). */
public record MapViewport(double centerLat, double centerLon, double zoom) {
    public static final double MIN_ZOOM = 1;
    public static final double MAX_ZOOM = 10;

    /** The whole Digital Silk Road area: Europe to the western Pacific, Central Asia to Indonesia. */
    public static final MapViewport DEFAULT = new MapViewport(30, 95, 3);

    public MapViewport {
        if (!Double.isFinite(centerLat) || !Double.isFinite(centerLon) || !Double.isFinite(zoom)) {
            throw new IllegalArgumentException("viewport values must be finite numbers");
        }
        centerLat = Math.max(-85, Math.min(85, centerLat));
        centerLon = ((centerLon + 180) % 360 + 360) % 360 - 180;
        zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom));
    }

    /** Close enough that moving the map would not be seen; ends echo loops between map and state. */
    public boolean near(MapViewport o) {
        return o != null && Math.abs(centerLat - o.centerLat) < 1e-6 && Math.abs(centerLon - o.centerLon) < 1e-6
                && Math.abs(zoom - o.zoom) < 1e-4;
    }
}
