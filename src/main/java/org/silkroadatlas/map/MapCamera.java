package org.silkroadatlas.map;

import com.gluonhq.maps.MapLayer;

/**
 * An empty layer that gives the panel what {@code MapView} keeps to itself: the centre and zoom
 * the map really shows after the user dragged or scrolled (MapView only returns what it was last
 * asked for), and pixel pans and pivot zooms. It also tells the panel once per pulse that the
 * view moved.
 */
final class MapCamera extends MapLayer {
    private final Runnable onViewLaidOut;

    MapCamera(Runnable onViewLaidOut) {
        this.onViewLaidOut = onViewLaidOut;
        setMouseTransparent(true);
        setManaged(false);
    }

    boolean ready() {
        return baseMap != null;
    }

    double centerLat() {
        return baseMap.centerLat().get();
    }

    double centerLon() {
        return baseMap.centerLon().get();
    }

    double zoom() {
        return baseMap.zoom().get();
    }

    /** Moves the view by screen pixels (positive dx shows what lies east). */
    void panBy(double dx, double dy) {
        baseMap.moveX(dx);
        baseMap.moveY(dy);
    }

    /** Zooms by {@code delta} levels keeping the map point under (px, py) in place, within min..max. */
    void zoomBy(double delta, double px, double py, double min, double max) {
        double z = zoom();
        double d = Math.max(min - z, Math.min(max - z, delta));
        if (Math.abs(d) > 1e-9) baseMap.zoom(d, px, py);
    }

    /** Where a point of the earth is in the map's coordinates now. */
    javafx.geometry.Point2D pointOf(double lat, double lon) {
        return getMapPoint(lat, lon);
    }

    @Override protected void initialize() {
        // MapView relays out its layers only when the centre moves; a zoom about the centre does not move it.
        baseMap.zoom().addListener(o -> setNeedsLayout(true));
        baseMap.translateXProperty().addListener(o -> setNeedsLayout(true));
        baseMap.translateYProperty().addListener(o -> setNeedsLayout(true));
    }

    @Override protected void layoutChildren() {
        onViewLaidOut.run();
    }

    @Override protected void layoutLayer() {
        onViewLaidOut.run();
    }
}
