package org.silkroadatlas.map;

import com.gluonhq.maps.tile.TileRetriever;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import javafx.scene.image.Image;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * Keeps map tests off the network: Gluon's default tile source downloads OpenStreetMap tiles.
 * Hands tiles to the project's own offline retriever when one is on the class path, else
 * returns a plain sea-coloured tile.
 */
public final class OfflineTestTiles implements TileRetriever {
    private static final Color SEA = Color.web("#dfe9ef");
    private final TileRetriever delegate = findOfflineRetriever();
    private WritableImage blank;

    private static TileRetriever findOfflineRetriever() {
        // Look at the types before instantiating: instantiating this class again would recurse.
        return ServiceLoader.load(TileRetriever.class).stream()
                .filter(p -> p.type() != OfflineTestTiles.class && !p.type().getName().startsWith("com.gluonhq."))
                .findFirst().map(ServiceLoader.Provider::get).orElse(null);
    }

    @Override public CompletableFuture<Image> loadTile(int zoom, long i, long j) {
        if (delegate != null) return delegate.loadTile(zoom, i, j);
        synchronized (this) {
            if (blank == null) {
                blank = new WritableImage(256, 256);
                PixelWriter w = blank.getPixelWriter();
                for (int y = 0; y < 256; y++) for (int x = 0; x < 256; x++) w.setColor(x, y, SEA);
            }
        }
        return CompletableFuture.completedFuture(blank);
    }
}
