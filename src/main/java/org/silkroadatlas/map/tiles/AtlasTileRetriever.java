package org.silkroadatlas.map.tiles;

import com.gluonhq.maps.tile.TileRetriever;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The tile source Gluon Maps loads through {@code META-INF/services}: offline tiles drawn from the
 * bundled basemap by default, OpenStreetMap tiles when {@link TileSource#setOnline} is on, and the
 * offline tile in place of any online tile that fails.
 *
 * <p>Gluon never retries a failed tile and shows a grey square for it, so every future this
 * returns completes normally with an image. Tiles already in memory are returned completed, which
 * Gluon shows in the same pulse without a placeholder.
 */
public final class AtlasTileRetriever implements TileRetriever {
    private static final Logger LOG = Logger.getLogger(AtlasTileRetriever.class.getName());
    /** 160 tiles of 256 KB: about 40 MB, enough for two full screens at two zoom levels. */
    static final int MEMORY_TILES = 160;

    private static final ExecutorService RENDER = Executors.newFixedThreadPool(
            Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors() - 1)), daemon("atlas-tile-render"));
    // Two connections at most, as the OpenStreetMap tile usage policy asks.
    private static final ExecutorService NET = Executors.newFixedThreadPool(2, daemon("atlas-tile-osm"));

    /**
     * Offline tiles handed to Gluon that may still be on screen (weakly held: Gluon's own cache
     * decides how long they live). A new style draws them again in place, since Gluon offers no
     * way to reload the tiles it holds.
     */
    private static final Map<WritableImage, long[]> LIVE = Collections.synchronizedMap(new WeakHashMap<>());

    private final TileCache<Image> offlineTiles = new TileCache<>(MEMORY_TILES);
    private final TileCache<Image> onlineTiles = new TileCache<>(MEMORY_TILES / 2);
    private final ConcurrentHashMap<Long, CompletableFuture<Image>> rendering = new ConcurrentHashMap<>();
    private final AtomicBoolean onlineFailureLogged = new AtomicBoolean();
    private final OsmTileClient osm;
    private volatile OfflineTileRenderer lastRenderer;

    /** Used by the ServiceLoader. */
    public AtlasTileRetriever() {
        this(new OsmTileClient(TileSource.cacheDir(), OsmTileClient.httpFetcher(), TileSource.USER_AGENT));
    }

    AtlasTileRetriever(OsmTileClient osm) { this.osm = osm; }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        };
    }

    @Override
    public CompletableFuture<Image> loadTile(int zoom, long i, long j) {
        return TileSource.isOnline() ? loadOnline(zoom, i, j) : loadOffline(zoom, i, j);
    }

    /** The offline tile, from memory or rendered on the tile thread. */
    public CompletableFuture<Image> loadOffline(int zoom, long i, long j) {
        OfflineTileRenderer r = renderer();
        long key = TileCache.key(zoom, i, j);
        Image cached = offlineTiles.get(key);
        if (cached != null) return CompletableFuture.completedFuture(cached);
        return rendering.computeIfAbsent(key, k -> CompletableFuture.supplyAsync(() -> {
            try {
                Image img = safeRender(r, zoom, i, j);
                // The style changed while this tile was drawn: draw it with the new one.
                if (r != TileSource.renderer()) img = safeRender(TileSource.renderer(), zoom, i, j);
                if (img instanceof WritableImage w) LIVE.put(w, new long[] {zoom, i, j});
                if (r == lastRenderer) offlineTiles.put(k, img);
                return img;
            } finally {
                rendering.remove(k);
            }
        }, RENDER));
    }

    private CompletableFuture<Image> loadOnline(int zoom, long i, long j) {
        long key = TileCache.key(zoom, i, j);
        Image cached = onlineTiles.get(key);
        if (cached != null) return CompletableFuture.completedFuture(cached);
        return CompletableFuture.supplyAsync(() -> {
            try {
                byte[] png = osm.load(zoom, i, j);
                Image img = new Image(new ByteArrayInputStream(png));
                if (img.isError()) throw new IOException("not a PNG image", img.getException());
                onlineTiles.put(key, img);
                return img;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            } catch (IOException | RuntimeException e) {
                if (onlineFailureLogged.compareAndSet(false, true)) {
                    LOG.warning("OpenStreetMap tiles unavailable, showing offline tiles instead: " + e.getMessage());
                }
                return null;
            }
        }, NET).thenCompose(img -> img != null ? CompletableFuture.completedFuture(img) : loadOffline(zoom, i, j));
    }

    /** Draws every live offline tile again with the current style, off the FX thread; shows each on it. */
    static void redrawLiveTiles() {
        List<Map.Entry<WritableImage, long[]>> tiles;
        synchronized (LIVE) {
            tiles = new ArrayList<>(LIVE.entrySet());
        }
        for (Map.Entry<WritableImage, long[]> t : tiles) {
            WritableImage img = t.getKey();
            long[] zij = t.getValue();
            RENDER.execute(() -> {
                int[] px;
                try {
                    px = TileSource.renderer().renderPixels((int) zij[0], zij[1], zij[2]);
                } catch (RuntimeException e) {
                    LOG.warning("tile " + zij[0] + "/" + zij[1] + "/" + zij[2] + " could not be redrawn: " + e);
                    return;
                }
                Platform.runLater(() -> img.getPixelWriter().setPixels(0, 0, OfflineTileRenderer.TILE, OfflineTileRenderer.TILE,
                        PixelFormat.getIntArgbPreInstance(), px, 0, OfflineTileRenderer.TILE));
            });
        }
    }

    private OfflineTileRenderer renderer() {
        OfflineTileRenderer r = TileSource.renderer();
        if (r != lastRenderer) {
            // The basemaps or the style changed: tiles drawn with the old ones must not come back.
            offlineTiles.clear();
            lastRenderer = r;
        }
        return r;
    }

    private static Image safeRender(OfflineTileRenderer r, int zoom, long i, long j) {
        try {
            return r.render(zoom, i, j);
        } catch (RuntimeException e) {
            // A sea tile and one log line, rather than a grey hole Gluon would never retry.
            LOG.warning("tile " + zoom + "/" + i + "/" + j + " could not be drawn: " + e);
            return new OfflineTileRenderer(null, null, r.style()).render(zoom, i, j);
        }
    }

    int memoryTiles() { return offlineTiles.size(); }
}
