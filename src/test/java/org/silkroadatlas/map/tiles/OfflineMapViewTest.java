package org.silkroadatlas.map.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import com.gluonhq.maps.MapLayer;
import com.gluonhq.maps.MapView;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.silkroadatlas.testing.FxThreadErrors;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A real Gluon MapView, offline, with the tile source found through META-INF/services. */
@ExtendWith({FxThreadErrors.class, ApplicationExtension.class})
class OfflineMapViewTest {
    private MapView map;
    private Probe probe;

    /** Exposes Gluon's projection to the test: where a latitude and longitude land in the view. */
    static final class Probe extends MapLayer {
        Point2D at(double lat, double lon) { return getMapPoint(lat, lon); }
    }

    @BeforeEach
    void catchFxExceptions() {
    }


    @Start
    void start(Stage stage) {
        TileSource.setOnline(false);
        map = new MapView();
        probe = new Probe();
        map.addLayer(probe);
        map.setZoom(2);
        map.setCenter(15, 0);
        stage.setScene(new Scene(map, 1000, 700));
        stage.show();
    }

    @Test
    void theWorldIsDrawnOfflineWithLandWhereLandIsAndSeaWhereSeaIs() throws Exception {
        TileStyle style = TileSource.style();
        double[][] land = {{35, 100}, {27, 2}, {62, 95}, {-25, 135}, {40, -100}};
        double[][] sea = {{4, -150}, {-20, 75}, {30, -40}, {-40, 0}};
        long deadline = System.currentTimeMillis() + 20_000;
        WritableImage snap;
        String mismatch;
        do {
            WaitForAsyncUtils.sleep(150, TimeUnit.MILLISECONDS);
            snap = WaitForAsyncUtils.asyncFx(() -> map.snapshot(null, null)).get(5, TimeUnit.SECONDS);
            mismatch = mismatch(snap, land, style.land());
            if (mismatch == null) mismatch = mismatch(snap, sea, style.sea());
        } while (mismatch != null && System.currentTimeMillis() < deadline);

        if (System.getProperty("atlas.test.snapshots") != null) {
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(snap, null), "png",
                    new java.io.File(System.getProperty("atlas.test.snapshots"), "offline-map.png"));
        }
        assertThat(mismatch).as("tiles never showed the expected colours").isNull();
        int w = (int) snap.getWidth(), h = (int) snap.getHeight();
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < h; y += 7) for (int x = 0; x < w; x += 7) colours.add(snap.getPixelReader().getArgb(x, y));
        assertThat(colours.size()).as("not one flat colour").isGreaterThan(8);
        assertThat(FxThreadErrors.errors()).isEmpty();
    }

    private String mismatch(WritableImage snap, double[][] places, int colour) throws Exception {
        for (double[] p : places) {
            Point2D pt = WaitForAsyncUtils.asyncFx(() -> probe.at(p[0], p[1])).get(5, TimeUnit.SECONDS);
            if (pt.getX() < 0 || pt.getY() < 0 || pt.getX() >= snap.getWidth() || pt.getY() >= snap.getHeight()) {
                return p[0] + "," + p[1] + " lies outside the view at " + pt;
            }
            int argb = snap.getPixelReader().getArgb((int) pt.getX(), (int) pt.getY());
            if (!near(argb, colour)) return String.format("%s,%s is #%08x, expected #%08x", p[0], p[1], argb, colour);
        }
        return null;
    }

    /** Within a few levels per channel: tile seams and scaling may blend a pixel slightly. */
    static boolean near(int a, int b) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)) > 4) return false;
        }
        return true;
    }
}
