package org.silkroadatlas.map.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The tiles themselves, without a MapView: every zoom, land and sea where they belong, fall-backs. */
@ExtendWith(ApplicationExtension.class)
class OfflineTilesTest {
    /** Beijing, Karachi, Singapore, Lisbon, mid-Pacific, near the antimeridian. */
    static final double[][] PLACES = {{39.9, 116.4}, {24.86, 67.0}, {1.35, 103.82}, {38.7, -9.1}, {0, -150}, {65, 179.5}};

    @Start
    void start(Stage stage) { /* the toolkit is all these tests need */ }

    @AfterEach
    void offline() { TileSource.setOnline(false); }

    static long tileX(double lon, int z) { return (long) Math.floor(WorldShapes.x(lon) * (1 << z)); }
    static long tileY(double lat, int z) { return (long) Math.floor(WorldShapes.y(lat) * (1 << z)); }

    static int pixelAt(int[] px, double lat, double lon, int z) {
        double s = 256.0 * (1 << z);
        int x = (int) (WorldShapes.x(lon) * s) % 256, y = (int) (WorldShapes.y(lat) * s) % 256;
        return px[y * 256 + x];
    }

    @Test
    void everyZoomFromOneToTenGivesAnImageAtEveryPlace() throws Exception {
        AtlasTileRetriever r = new AtlasTileRetriever();
        List<Throwable> errors = new ArrayList<>();
        for (int z = 1; z <= 10; z++) {
            for (double[] p : PLACES) {
                Image img = r.loadTile(z, tileX(p[1], z), tileY(p[0], z))
                        .whenComplete((i, t) -> { if (t != null) errors.add(t); })
                        .get(10, TimeUnit.SECONDS);
                assertThat(img).as("zoom %d at %s,%s", z, p[0], p[1]).isNotNull();
                assertThat(img.getWidth()).isEqualTo(256);
                assertThat(img.isError()).isFalse();
            }
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void landIsLandColourAndSeaIsSeaColourAtEveryZoom() {
        OfflineTileRenderer r = TileSource.renderer();
        TileStyle s = r.style();
        for (int z = 1; z <= 10; z++) {
            assertThat(pixelAt(r.renderPixels(z, tileX(100, z), tileY(35, z)), 35, 100, z)).as("central China, zoom %d", z).isEqualTo(s.land());
            assertThat(pixelAt(r.renderPixels(z, tileX(2, z), tileY(27, z)), 27, 2, z)).as("Sahara, zoom %d", z).isEqualTo(s.land());
            assertThat(pixelAt(r.renderPixels(z, tileX(-150, z), tileY(0, z)), 0, -150, z)).as("mid-Pacific, zoom %d", z).isEqualTo(s.sea());
            assertThat(pixelAt(r.renderPixels(z, tileX(75, z), tileY(-20, z)), -20, 75, z)).as("Indian Ocean, zoom %d", z).isEqualTo(s.sea());
        }
    }

    @Test
    void aTileOverBordersIsNotOneFlatColour() {
        int[] px = TileSource.renderer().renderPixels(3, tileX(100, 3), tileY(35, 3));
        assertThat(java.util.Arrays.stream(px).distinct().count()).isGreaterThan(10);
    }

    @Test
    void tilesOutsideTheWorldAreSeaNotErrors() {
        OfflineTileRenderer r = TileSource.renderer();
        int[] px = r.renderPixels(2, 1, 7);
        assertThat(java.util.Arrays.stream(px).distinct().toArray()).containsExactly(r.style().sea());
        assertThat(r.renderPixels(2, -1, 1)).isEqualTo(r.renderPixels(2, 3, 1));
    }

    @Test
    void aRepeatedTileComesFromMemoryAtOnce() throws Exception {
        AtlasTileRetriever r = new AtlasTileRetriever();
        Image first = r.loadTile(5, 24, 12).get(10, TimeUnit.SECONDS);
        var again = r.loadTile(5, 24, 12);
        assertThat(again.isDone()).isTrue();
        assertThat(again.get()).isSameAs(first);
    }

    @Test
    void aFailedOnlineTileFallsBackToTheOfflineTile(@TempDir Path cache) throws Exception {
        AtomicInteger calls = new AtomicInteger();
        OsmTileClient failing = new OsmTileClient(cache, (uri, agent) -> {
            calls.incrementAndGet();
            assertThat(agent).startsWith("SilkRoadAtlas/");
            assertThat(uri.toString()).isEqualTo("https://tile.openstreetmap.org/4/12/6.png");
            throw new IOException("no network in tests");
        }, TileSource.USER_AGENT);
        TileSource.setOnline(true);
        assertThat(TileSource.attribution()).contains("OpenStreetMap");
        Image img = new AtlasTileRetriever(failing).loadTile(4, 12, 6).get(10, TimeUnit.SECONDS);
        assertThat(calls.get()).isEqualTo(1);
        assertThat(img).isNotNull();
        int[] expected = TileSource.renderer().renderPixels(4, 12, 6);
        assertThat(img.getPixelReader().getArgb(128, 128)).isEqualTo(expected[128 * 256 + 128]);
    }

    @Test
    void aCachedOnlineTileIsReadFromDiskWithoutTheNetwork(@TempDir Path cache) throws Exception {
        java.awt.image.BufferedImage red = new java.awt.image.BufferedImage(256, 256, java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 256; y++) for (int x = 0; x < 256; x++) red.setRGB(x, y, 0xFF0000);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(red, "png", png);
        OsmTileClient client = new OsmTileClient(cache, (uri, agent) -> { throw new AssertionError("network used"); }, TileSource.USER_AGENT);
        Path f = client.cacheFile(3, 5, 2);
        Files.createDirectories(f.getParent());
        Files.write(f, png.toByteArray());
        TileSource.setOnline(true);
        Image img = new AtlasTileRetriever(client).loadTile(3, 5, 2).get(10, TimeUnit.SECONDS);
        assertThat(img.getPixelReader().getArgb(10, 10)).isEqualTo(0xFFFF0000);
    }

    @Test
    void aDownloadedTileIsStoredInTheDiskCache(@TempDir Path cache) throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new java.awt.image.BufferedImage(256, 256, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);
        OsmTileClient client = new OsmTileClient(cache, (uri, agent) -> png.toByteArray(), TileSource.USER_AGENT);
        assertThat(client.load(2, 1, 1)).isEqualTo(png.toByteArray());
        assertThat(Files.readAllBytes(client.cacheFile(2, 1, 1))).isEqualTo(png.toByteArray());
    }
}
