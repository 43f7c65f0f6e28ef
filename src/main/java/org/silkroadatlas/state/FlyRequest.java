package org.silkroadatlas.state;

/**
 * A request to move the map, either to a viewport or to frame bounds (south, west, north, east).
 * The stamp makes two equal requests distinct, so asking twice flies twice.
 */
public record FlyRequest(MapViewport target, boolean instant, long stamp, double[] bounds) {
    public FlyRequest(MapViewport target, boolean instant, long stamp) { this(target, instant, stamp, null); }
}
