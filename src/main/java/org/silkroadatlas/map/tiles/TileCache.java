package org.silkroadatlas.map.tiles;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A bounded least-recently-used map of rendered tiles. A 256 px tile costs 256 KB of heap, so the
 * bound is what keeps a long pan session within the heap budget of the performance issue.
 */
final class TileCache<V> {
    private final int capacity;
    private final LinkedHashMap<Long, V> map;

    TileCache(int capacity) {
        this.capacity = capacity;
        this.map = new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
            @Override protected boolean removeEldestEntry(Map.Entry<Long, V> eldest) { return size() > TileCache.this.capacity; }
        };
    }

    /** One key per tile: zoom in the top bits, then i and j (each below 2^28 up to zoom 28). */
    static long key(int zoom, long i, long j) { return ((long) zoom << 56) | (i << 28) | j; }

    synchronized V get(long key) { return map.get(key); }

    synchronized void put(long key, V value) { map.put(key, value); }

    synchronized void clear() { map.clear(); }

    synchronized int size() { return map.size(); }

    int capacity() { return capacity; }
}
