package org.silkroadatlas.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.silkroadatlas.state.ExplorerState;
import org.silkroadatlas.state.MapViewport;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.silkroadatlas.testing.FxThreadErrors;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real map panel on a real state, driven headless by the robot as a user would. */
@ExtendWith({FxThreadErrors.class, ApplicationExtension.class})
class MapPanelTest {
    private static final MapViewport START = new MapViewport(28, 112, 4);

    private ExplorerState state;
    private MapPanel panel;

    @Start
    void start(Stage stage) {
        state = new ExplorerState(MapFixtures.dataset());
        state.setYear(2024);
        state.flyTo(START, true);
        panel = new MapPanel(state);
        MapLegend legend = panel.legend();
        legend.setMaxSize(StackPane.USE_PREF_SIZE, StackPane.USE_PREF_SIZE);
        StackPane.setAlignment(legend, Pos.BOTTOM_LEFT);
        StackPane root = new StackPane(panel, legend);
        Scene scene = new Scene(root, 1000, 700);
        scene.getStylesheets().add(getClass().getResource("/org/silkroadatlas/shell/atlas.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }


    private <T> T fx(Callable<T> c) {
        T value = WaitForAsyncUtils.waitForAsyncFx(5000, c);
        WaitForAsyncUtils.waitForFxEvents();
        return value;
    }

    private void fx(Runnable r) {
        WaitForAsyncUtils.waitForAsyncFx(5000, r);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Screen position of a point of the earth as the map draws it now. */
    private Point2D screen(double lat, double lon) {
        return fx(() -> panel.localToScreen(panel.pointOf(lat, lon)));
    }

    /** Screen position of the middle of the straight screen segment between two route points. */
    private Point2D middle(double lat1, double lon1, double lat2, double lon2) {
        Point2D a = screen(lat1, lon1), b = screen(lat2, lon2);
        return a.midpoint(b);
    }

    private void showView(MapViewport v) {
        fx(() -> state.flyTo(v, true));
    }

    @Test
    void theInitialViewIsTheStatesAndIsReportedUnchanged() {
        WaitForAsyncUtils.waitForFxEvents();
        MapViewport now = fx(panel::currentView);
        assertThat(now.near(START) || Math.abs(now.centerLat() - START.centerLat()) < 1e-4).isTrue();
        assertThat(state.getView().zoom()).isEqualTo(START.zoom());
        assertThat(Math.abs(state.getView().centerLon() - START.centerLon())).isLessThan(1e-4);
    }

    @Test
    void clickingNearACableSelectsIt(FxRobot robot) {
        Point2D onLine = middle(4.5, 97.0, 6.0, 90.0);
        robot.clickOn(onLine.add(0, 3));
        assertThat(state.getSelection()).isEqualTo("sea-me-we-test");
    }

    @Test
    void clickingFarFromEveryLineSelectsNothing(FxRobot robot) {
        robot.clickOn(screen(15, 135));
        assertThat(state.getSelection()).isNull();
    }

    @Test
    void clickingAZoneSelectsIt(FxRobot robot) {
        showView(new MapViewport(30.67, 104.06, 8));
        robot.clickOn(screen(30.67, 104.06));
        assertThat(state.getSelection()).isEqualTo("CBEC-5-12");
    }

    @Test
    void aYearBeforeAZonesApprovalHidesIt(FxRobot robot) {
        showView(new MapViewport(30.67, 104.06, 8));
        Point2D local = fx(() -> panel.pointOf(30.67, 104.06));
        fx(() -> state.setYear(2019));
        assertThat(panel.zoneLayer().shownIds()).doesNotContain("CBEC-5-12").contains("CBEC-1-01");
        assertThat(countNear(snapshot(), MapPalette.batch(5), 6, local)).as("batch-5 pixels where Chengdu would be").isZero();
        robot.clickOn(screen(30.67, 104.06));
        assertThat(state.getSelection()).isNull();

        fx(() -> state.setYear(2020));
        assertThat(countNear(snapshot(), MapPalette.batch(5), 6, local)).isPositive();
    }

    @Test
    void zonesWithNoCoordinatesAreNotDrawnButStayInThePack() {
        assertThat(panel.zoneLayer().shownIds()).doesNotContain("HUB-NOWHERE").contains("HUB-KL");
        assertThat(state.getDataset().zone("HUB-NOWHERE")).isPresent();
    }

    @Test
    void hoveringACableHighlightsItAndShowsItsFacts(FxRobot robot) {
        robot.moveTo(middle(4.5, 97.0, 6.0, 90.0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(panel.hoverCard().isVisible()).isTrue();
        assertThat(panel.hoverCard().getText()).contains("Asia-Europe Test Cable", "RFS 2005", "20,000 km", "schematic route");
        assertThat(state.getHover()).isEqualTo("sea-me-we-test");

        robot.moveTo(middle(39.47, 75.99, 40.5, 75.3));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(panel.hoverCard().getText()).contains("China-Kyrgyzstan Test Fibre", "Terrestrial", "length not reported");

        // The reader switches language with the card up: it is reworded where it stands, no pointer move needed.
        fx(() -> state.setLocale(org.silkroadatlas.text.Tr.CHINESE));
        assertThat(panel.hoverCard().isVisible()).isTrue();
        assertThat(panel.hoverCard().getText()).contains("China-Kyrgyzstan Test Fibre").contains("陆地");
        fx(() -> state.setLocale(org.silkroadatlas.text.Tr.ENGLISH));
        assertThat(panel.hoverCard().getText()).contains("Terrestrial");

        robot.moveTo(screen(15, 135));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(panel.hoverCard().isVisible()).isFalse();
        assertThat(state.getHover()).isNull();
    }

    /** Stands in for the partners layer: a pickable surface under the cables that counts what reaches it. */
    static final class SurfaceBelow extends com.gluonhq.maps.MapLayer {
        final java.util.concurrent.atomic.AtomicInteger moves = new java.util.concurrent.atomic.AtomicInteger();
        final java.util.concurrent.atomic.AtomicInteger exits = new java.util.concurrent.atomic.AtomicInteger();
        final java.util.concurrent.atomic.AtomicInteger clicks = new java.util.concurrent.atomic.AtomicInteger();

        SurfaceBelow() {
            javafx.scene.shape.Rectangle r = new javafx.scene.shape.Rectangle(1000, 700, Color.TRANSPARENT);
            r.setOnMouseMoved(e -> moves.incrementAndGet());
            r.setOnMouseExited(e -> exits.incrementAndGet());
            r.setOnMouseClicked(e -> clicks.incrementAndGet());
            getChildren().add(r);
        }
    }

    @Test
    void aLayerBelowGetsNoPointerWhileACableOrZoneIsUnderIt(FxRobot robot) {
        SurfaceBelow below = new SurfaceBelow();
        fx(() -> panel.addLayerBelow(below));
        robot.moveTo(screen(15, 135)).moveBy(5, 5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(below.moves.get()).as("empty map: the layer below sees the pointer").isPositive();
        robot.moveTo(middle(4.5, 97.0, 6.0, 90.0));
        WaitForAsyncUtils.waitForFxEvents();
        int moves = below.moves.get();
        assertThat(below.exits.get()).as("told the pointer left it").isPositive();
        robot.moveBy(1, 0);
        robot.clickOn(middle(4.5, 97.0, 6.0, 90.0));
        assertThat(below.moves.get()).isEqualTo(moves);
        assertThat(below.clicks.get()).as("the click selected the cable only").isZero();
        assertThat(state.getSelection()).isEqualTo("sea-me-we-test");
        // still drawn above the new layer
        assertThat(fx(() -> panel.cableLayer().hitTest(panel.pointOf(4.5, 97).getX(), panel.pointOf(4.5, 97).getY(), 3))).isEqualTo("sea-me-we-test");
    }

    @Test
    void hoveringAZoneShowsKindBatchAndApprovalPrecision(FxRobot robot) {
        showView(new MapViewport(30.67, 104.06, 8));
        robot.moveTo(screen(30.67, 104.06));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(panel.hoverCard().getText()).contains("Chengdu", "batch 5", "approved 27 April 2020 (to the day)");
    }

    @Test
    void clickingAClusterZoomsInAroundIt(FxRobot robot) {
        showView(new MapViewport(30, 115, 3));
        double[] cluster = fx(() -> panel.zoneLayer().spots().stream().filter(s -> s[2] > 1).findFirst().orElseThrow());
        Point2D at = fx(() -> panel.localToScreen(cluster[0], cluster[1]));
        robot.moveTo(at);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(panel.hoverCard().getText()).startsWith((int) cluster[2] + " zones here: ").contains("click to zoom in");
        robot.clickOn(at);
        assertThat(state.getView().zoom()).isEqualTo(5);
        assertThat(state.getSelection()).isNull();
        awaitLanding();
        assertThat(fx(panel::currentView).zoom()).isEqualTo(5, org.assertj.core.api.Assertions.within(1e-6));
        int maxCount = fx(() -> panel.zoneLayer().spots().stream().mapToInt(s -> (int) s[2]).max().orElse(0));
        assertThat(maxCount).as("the cluster split up").isLessThan((int) cluster[2]);
    }

    @Test
    void escapeClearsTheSelection(FxRobot robot) {
        fx(() -> { state.select("CBEC-1-01"); panel.requestFocus(); });
        robot.type(KeyCode.ESCAPE);
        assertThat(state.getSelection()).isNull();
    }

    @Test
    void plusAndMinusKeysZoomAndArrowsPan(FxRobot robot) {
        fx(() -> panel.requestFocus());
        robot.type(KeyCode.EQUALS);
        awaitView(v -> v.zoom() == START.zoom() + 1);
        assertThat(state.getView().zoom()).isEqualTo(START.zoom() + 1);
        robot.type(KeyCode.MINUS);
        awaitView(v -> v.zoom() == START.zoom());
        assertThat(state.getView().zoom()).isEqualTo(START.zoom());
        double lon = state.getView().centerLon();
        robot.type(KeyCode.RIGHT);
        awaitView(v -> v.centerLon() > lon + 1);
        assertThat(state.getView().centerLon()).isGreaterThan(lon + 1);
    }

    @Test
    void aScrollZoomIsReportedToTheState(FxRobot robot) {
        fx(() -> {
            Point2D c = new Point2D(500, 350);
            javafx.scene.Node mapView = panel.getChildrenUnmodifiable().get(0);
            javafx.event.Event.fireEvent(mapView, new javafx.scene.input.ScrollEvent(javafx.scene.input.ScrollEvent.SCROLL,
                    c.getX(), c.getY(), c.getX(), c.getY(), false, false, false, false, false, false,
                    0, 40, 0, 40, javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                    javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
        });
        // The map reports its view once per pulse; on a busy machine that pulse may come late.
        awaitView(v -> v.zoom() > START.zoom());
        assertThat(state.getView().zoom()).isGreaterThan(START.zoom());
    }

    /** Waits until the map's animated move has ended (it reports its view when it lands). */
    private void awaitLanding() {
        try {
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> !fx(panel::isFlying));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the map was still flying after 10 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void awaitView(java.util.function.Predicate<MapViewport> p) {
        try {
            WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> p.test(state.getView()));
        } catch (java.util.concurrent.TimeoutException e) {
            // the assertion that follows says what was expected
        }
    }

    @Test
    void zoomToSelectionFramesTheCableAndZoomToFitShowsEverything() {
        fx(() -> { state.select("china-kyrgyz-test"); panel.zoomToSelection(); });
        awaitLanding();
        MapViewport v = state.getView();
        assertThat(v.centerLon()).isBetween(74.5, 76.1);
        assertThat(v.zoom()).isGreaterThan(5);

        fx(panel::zoomToFit);
        awaitLanding();
        assertThat(state.getView().zoom()).isLessThan(4);
        assertThat(fx(() -> panel.cableLayer().drawnCount())).as("every cable, the planned one too").isEqualTo(4);
    }

    @Test
    void aCableAcrossTheAntimeridianIsDrawnAtBothEndsAndNotAcrossTheWorld() {
        showView(new MapViewport(24, -165, 4));
        Point2D east = fx(() -> panel.pointOf(23, -163));
        assertThat(fx(() -> panel.cableLayer().hitTest(east.getX(), east.getY(), 6))).isEqualTo("trans-pacific-test");
        showView(new MapViewport(30, 150, 4));
        Point2D west = fx(() -> panel.pointOf(33, 150));
        assertThat(fx(() -> panel.cableLayer().hitTest(west.getX(), west.getY(), 6))).isEqualTo("trans-pacific-test");
        // A naive line from 178 to -172 would cross the whole map at about 26 degrees north.
        showView(new MapViewport(26, 10, 2));
        Point2D middleOfTheWorld = fx(() -> panel.pointOf(26, 10));
        assertThat(fx(() -> panel.cableLayer().hitTest(middleOfTheWorld.getX(), middleOfTheWorld.getY(), 12))).isNull();
    }

    @Test
    void filtersHideCablesFromSightAndFromTheMouse(FxRobot robot) {
        fx(() -> state.setFilters(state.getFilters().withCableKinds(java.util.Set.of(org.silkroadatlas.model.CableKind.TERRESTRIAL))));
        robot.clickOn(middle(4.5, 97.0, 6.0, 90.0));
        assertThat(state.getSelection()).isNull();
        assertThat(panel.legend().entries()).contains("Terrestrial cable in service").doesNotContain("Submarine cable in service");
        fx(() -> state.setFilters(state.getFilters().withCablesVisible(false)));
        assertThat(panel.legend().entries()).doesNotContain("Terrestrial cable in service");
    }

    @Test
    void aPanMovesTheDrawnLinesWithTheMapWithoutRedrawingThem() {
        int before = fx(() -> panel.cableLayer().fullRedraws());
        fx(() -> panel.panBy(90, -40));
        Point2D local = fx(() -> panel.pointOf(4.5, 97.0).midpoint(panel.pointOf(6.0, 90.0)));
        assertThat(countNear(snapshot(), MapPalette.SUBMARINE, 3, local)).as("the line is under its new position").isPositive();
        assertThat(fx(() -> panel.cableLayer().fullRedraws())).isEqualTo(before);
    }

    @Test
    void aZoomStepScalesTheLinesAtOnceAndRedrawsThemWhenTheViewRests() {
        showView(new MapViewport(8, 85, 4)); // the line lies off centre, so a wrong scale would miss it
        int before = fx(() -> panel.cableLayer().fullRedraws());
        fx(() -> panel.zoomBy(0.5));
        Point2D local = fx(() -> panel.pointOf(4.5, 97.0).midpoint(panel.pointOf(6.0, 90.0)));
        assertThat(countNear(snapshot(), MapPalette.SUBMARINE, 3, local)).as("the scaled line is under its new position").isPositive();
        try {
            WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> fx(() -> panel.cableLayer().fullRedraws()) > before);
        } catch (java.util.concurrent.TimeoutException e) {
            // asserted below
        }
        assertThat(fx(() -> panel.cableLayer().fullRedraws())).isEqualTo(before + 1);
        assertThat(countNear(snapshot(), MapPalette.SUBMARINE, 3, local)).isPositive();
    }

    @Test
    void aYearStepRedrawsTheCablesOnlyWhenTheCablesOfThatYearDiffer() {
        int before = fx(() -> panel.cableLayer().fullRedraws());
        fx(() -> state.setYear(2023));
        assertThat(fx(() -> panel.cableLayer().fullRedraws())).isEqualTo(before);
        fx(() -> state.setYear(2017));
        assertThat(panel.cableLayer().shownIds()).doesNotContain("trans-pacific-test").contains("sea-me-we-test", "hk-manila-planned");
        assertThat(fx(() -> panel.cableLayer().fullRedraws())).isEqualTo(before + 1);
    }

    @Test
    void aSnapshotShowsTheCableAndZoneLayers() throws Exception {
        fx(() -> state.select("sea-me-we-test"));
        WritableImage img = snapshot();
        File out = new File("target/map-panel-snapshot.png");
        out.getParentFile().mkdirs();
        ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", out);
        WritableImage window = fx(() -> panel.getScene().getRoot().snapshot(null, null));
        ImageIO.write(SwingFXUtils.fromFXImage(window, null), "png", new File("target/map-panel-with-legend.png"));
        assertThat(count(img, MapPalette.SUBMARINE, 0.04)).as("submarine cable pixels").isGreaterThan(100);
        assertThat(count(img, MapPalette.TERRESTRIAL, 0.04)).as("terrestrial cable pixels").isGreaterThan(30);
        assertThat(count(img, MapPalette.CLUSTER.deriveColor(0, 1, 1, 1), 0.12) + count(img, MapPalette.batch(1), 0.05))
                .as("zone marker or cluster pixels").isGreaterThan(20);
        assertThat(count(img, MapPalette.ACCENT, 0.04)).as("selected cable outline").isGreaterThan(30);
        assertThat(panel.legend().entries()).contains("Submarine cable in service", "Planned or not yet in service",
                "Schematic route, not the surveyed path", "Landing point or route end", "Cross-border e-commerce pilot zones, by batch");
        fx(() -> state.flyTo(new MapViewport(28, 112, 2), true));
        assertThat(panel.legend().entries()).as("no dots drawn this far out, none in the key")
                .doesNotContain("Landing point or route end").contains("Submarine cable in service");
    }

    private WritableImage snapshot() {
        return fx(() -> panel.snapshot(null, null));
    }

    private static int count(WritableImage img, Color c, double tolerance) {
        PixelReader r = img.getPixelReader();
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) if (close(r.getColor(x, y), c, tolerance)) n++;
        }
        return n;
    }

    private static int countNear(WritableImage img, Color c, int radius, Point2D at) {
        PixelReader r = img.getPixelReader();
        int n = 0;
        for (int y = (int) at.getY() - radius; y <= at.getY() + radius; y++) {
            for (int x = (int) at.getX() - radius; x <= at.getX() + radius; x++) {
                if (x >= 0 && y >= 0 && x < img.getWidth() && y < img.getHeight() && close(r.getColor(x, y), c, 0.05)) n++;
            }
        }
        return n;
    }

    private static boolean close(Color a, Color b, double tolerance) {
        return Math.abs(a.getRed() - b.getRed()) <= tolerance && Math.abs(a.getGreen() - b.getGreen()) <= tolerance
                && Math.abs(a.getBlue() - b.getBlue()) <= tolerance;
    }
}
