package org.silkroadatlas.map;

import static org.assertj.core.api.Assertions.assertThat;

import com.gluonhq.maps.MapView;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.silkroadatlas.map.PartnerLooks.AseanMark;
import org.silkroadatlas.state.ExplorerState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.silkroadatlas.testing.FxThreadErrors;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith({FxThreadErrors.class, ApplicationExtension.class})
class PartnersLayerTest {
    static final double[] PAKISTAN = {29.0, 69.5};
    static final double[] IRAN = {32.5, 54.0};

    private ExplorerState state;
    private MapView map;
    private PartnersLayer layer;
    private PartnersLegend legend;
    private StackPane root;

    @BeforeEach
    void catchFxExceptions() {
    }


    @Start
    void start(Stage stage) throws Exception {
        state = new ExplorerState(PartnersTestData.pack());
        state.setYear(2017);
        map = new MapView();
        layer = new PartnersLayer(state, PartnersTestData.basemap50m());
        map.addLayer(layer);
        map.setZoom(3);
        map.setCenter(30, 85);
        legend = new PartnersLegend(state);
        root = new StackPane(map, legend);
        StackPane.setAlignment(legend, Pos.BOTTOM_LEFT);
        stage.setScene(new Scene(root, 1100, 700));
        stage.show();
    }

    private <T> T fx(java.util.concurrent.Callable<T> c) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(c).get(5, TimeUnit.SECONDS);
    }

    private Canvas canvas() { return (Canvas) layer.lookup("#partners-canvas"); }

    /** The colour the layer painted at a place (transparent where it painted nothing). */
    private Color paintedAt(double[] place) throws Exception {
        return fx(() -> {
            Point2D p = canvas().parentToLocal(layer.viewPoint(place[0], place[1]));
            SnapshotParameters sp = new SnapshotParameters();
            sp.setFill(Color.TRANSPARENT);
            WritableImage img = canvas().snapshot(sp, null);
            return img.getPixelReader().getColor((int) p.getX(), (int) p.getY());
        });
    }

    private static boolean close(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 0.04 && Math.abs(a.getGreen() - b.getGreen()) < 0.04
                && Math.abs(a.getBlue() - b.getBlue()) < 0.04;
    }

    private void year(int y) throws Exception { fx(() -> { state.setYear(y); return null; }); }

    @Test
    void pakistanIsAnScoMemberIn2017AndNotIn2016(FxRobot robot) throws Exception {
        assertThat(layer.lookOf("PAK").fill()).isEqualTo(MapStyles.SCO_MEMBER);
        Color c2017 = paintedAt(PAKISTAN);
        assertThat(close(c2017, MapStyles.SCO_MEMBER)).as("painted %s", c2017).isTrue();
        assertThat(c2017.getOpacity()).isEqualTo(MapStyles.FILL_OPACITY, org.assertj.core.data.Offset.offset(0.02));
        year(2016);
        assertThat(layer.lookOf("PAK").fill()).isEqualTo(MapStyles.SCO_OBSERVER);
        Color c2016 = paintedAt(PAKISTAN);
        assertThat(close(c2016, MapStyles.SCO_MEMBER)).isFalse();
        assertThat(close(c2016, MapStyles.SCO_OBSERVER)).as("painted %s", c2016).isTrue();
    }

    @Test
    void iranIsAnScoMemberIn2023(FxRobot robot) throws Exception {
        year(2022);
        assertThat(close(paintedAt(IRAN), MapStyles.SCO_MEMBER)).isFalse();
        year(2023);
        assertThat(layer.lookOf("IRN").fill()).isEqualTo(MapStyles.SCO_MEMBER);
        assertThat(close(paintedAt(IRAN), MapStyles.SCO_MEMBER)).isTrue();
    }

    @Test
    void laosIsAnScoPartnerAndAnAseanMemberIn2025AndTheLegendSaysSo(FxRobot robot) throws Exception {
        year(2025);
        assertThat(layer.lookOf("LAO").fill()).isEqualTo(MapStyles.SCO_PARTNER);
        assertThat(layer.lookOf("LAO").asean()).isEqualTo(AseanMark.MEMBER_HATCH);
        assertThat(layer.lookOf("CHN").china()).isTrue();
        assertThat(legend.shown().legend()).extracting(PartnerLooks.LegendEntry::label)
                .contains("China", "SCO member", "SCO partner or dialogue partner", "ASEAN member");
        assertThat(robot.lookup(".partners-legend .label").queryAllAs(javafx.scene.control.Label.class))
                .extracting(javafx.scene.control.Label::getText).contains("SCO partner or dialogue partner", "ASEAN member");
        // Hatching: both the partner fill and the ASEAN colour appear within Laos.
        int[] counts = fx(() -> {
            Point2D a = canvas().parentToLocal(layer.viewPoint(20.5, 101.5)), b = canvas().parentToLocal(layer.viewPoint(17.5, 105.0));
            WritableImage img = canvas().snapshot(null, null);
            int partner = 0, asean = 0;
            for (int y = (int) a.getY(); y < b.getY(); y++) {
                for (int x = (int) a.getX(); x < b.getX(); x++) {
                    Color c = img.getPixelReader().getColor(x, y);
                    if (close(c, blend(MapStyles.SCO_PARTNER))) partner++;
                    // The ASEAN teal: little red, green at least blue (the partner's light blue has blue above green).
                    if (c.getRed() < 0.3 && c.getGreen() > 0.3 && c.getGreen() >= c.getBlue()) asean++;
                }
            }
            return new int[] {partner, asean};
        });
        assertThat(counts[0]).as("partner fill pixels").isGreaterThan(20);
        assertThat(counts[1]).as("ASEAN hatch pixels").isGreaterThan(20);
    }

    /** A fill as it looks on white (the snapshot's default background). */
    private static Color blend(Color fill) {
        double a = MapStyles.FILL_OPACITY;
        return new Color(fill.getRed() * a + (1 - a), fill.getGreen() * a + (1 - a), fill.getBlue() * a + (1 - a), 1);
    }

    @Test
    void clickingACountrySelectsItAndDrawsItsOutline(FxRobot robot) throws Exception {
        Point2D screen = fx(() -> layer.localToScreen(layer.viewPoint(PAKISTAN[0], PAKISTAN[1])));
        long outlineBefore = selectionPixels();
        robot.clickOn(screen);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(state.getSelection()).isEqualTo("PAK");
        assertThat(selectionPixels()).isGreaterThan(outlineBefore + 50);
        // The sea selects nothing and clears nothing.
        robot.clickOn(fx(() -> layer.localToScreen(layer.viewPoint(-10, 80))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(state.getSelection()).isEqualTo("PAK");
    }

    private long selectionPixels() throws Exception {
        return fx(() -> {
            WritableImage img = canvas().snapshot(null, null);
            long n = 0;
            for (int y = 0; y < img.getHeight(); y += 1) for (int x = 0; x < img.getWidth(); x += 1) {
                if (close(img.getPixelReader().getColor(x, y), MapStyles.SELECTION)) n++;
            }
            return n;
        });
    }

    @Test
    void aShortPanMovesTheDrawingAndALongOneRepaintsIt(FxRobot robot) throws Exception {
        Color before = paintedAt(PAKISTAN);
        fx(() -> { map.setCenter(30, 88); return null; });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas().getTranslateX()).isNotEqualTo(-256.0);
        assertThat(close(paintedAt(PAKISTAN), before)).isTrue();
        fx(() -> { map.setCenter(10, 30); return null; });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas().getTranslateX()).isEqualTo(-256.0);
        assertThat(close(paintedAt(PAKISTAN), MapStyles.SCO_MEMBER)).isTrue();
        assertThat(close(paintedAt(IRAN), MapStyles.SCO_OBSERVER)).isTrue();
    }

    @Test
    void aZoomAboutTheCentreRepaintsAtTheNewScale(FxRobot robot) throws Exception {
        fx(() -> { map.setZoom(4); return null; });
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertThat(close(paintedAt(PAKISTAN), MapStyles.SCO_MEMBER)).isTrue();
        assertThat(close(paintedAt(IRAN), MapStyles.SCO_OBSERVER)).isTrue();
        assertThat(paintedAt(new double[] {-10, 80}).getOpacity()).isZero();
    }

    @Test
    void hoverSetsTheStateAndShowsNameAndStatuses(FxRobot robot) throws Exception {
        robot.moveTo(fx(() -> layer.localToScreen(layer.viewPoint(PAKISTAN[0], PAKISTAN[1]))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(state.getHover()).isEqualTo("PAK");
        assertThat(layer.card().isVisible()).isTrue();
        assertThat(layer.card().getText()).contains("Pakistan").contains("End of 2017").contains("SCO: member").contains("ASEAN: none");
        robot.moveTo(fx(() -> layer.localToScreen(layer.viewPoint(-10, 80))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(state.getHover()).isNull();
        assertThat(layer.card().isVisible()).isFalse();
    }

    @Test
    void filtersHideAndFadeTheLayerAndItsLegend(FxRobot robot) throws Exception {
        fx(() -> { state.setFilters(state.getFilters().withOpacities(0.4, 1, 1)); return null; });
        assertThat(canvas().getOpacity()).isEqualTo(0.4);
        fx(() -> { state.setFilters(state.getFilters().withPartnersVisible(false)); return null; });
        assertThat(layer.isVisible()).isFalse();
        assertThat(legend.isVisible()).isFalse();
    }

    @Test
    void indicatorModeColoursByValueWithItsOwnLegend(FxRobot robot) throws Exception {
        fx(() -> { state.setYear(2021); state.setIndicator("ecom"); state.setMapColouredByIndicator(true); return null; });
        assertThat(layer.lookOf("CHN").fill()).isEqualTo(MapStyles.RAMP[4]);
        assertThat(layer.lookOf("KAZ").noData()).isTrue();
        assertThat(legend.shown().title()).startsWith("E-commerce share");
        assertThat(legend.shown().legend()).extracting(PartnerLooks.LegendEntry::label).contains("no data");
        if (System.getProperty("atlas.test.snapshots") != null) save("partners-indicator.png");
    }

    @Test
    void snapshotForTheEye(FxRobot robot) throws Exception {
        if (System.getProperty("atlas.test.snapshots") == null) return;
        year(2025);
        WaitForAsyncUtils.sleep(3, TimeUnit.SECONDS);
        save("partners-2025.png");
    }

    private void save(String name) throws Exception {
        WaitForAsyncUtils.sleep(2, TimeUnit.SECONDS);
        WritableImage img = fx(() -> root.snapshot(null, null));
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(img, null), "png",
                new java.io.File(System.getProperty("atlas.test.snapshots"), name));
    }
}
