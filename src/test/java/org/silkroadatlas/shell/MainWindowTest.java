package org.silkroadatlas.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.silkroadatlas.detail.DetailPanel;
import org.silkroadatlas.figures.FiguresPanel;
import org.silkroadatlas.model.MembershipStatus;
import org.silkroadatlas.model.Organisation;
import org.silkroadatlas.timeline.TimelinePanel;
import org.silkroadatlas.timeline.TimelineProbe;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.silkroadatlas.testing.FxThreadErrors;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window on the bundled pack, headless, driven as a user would: it draws the world
 * offline, and every panel follows a selection made on the map, the timeline or the search box.
 */
@ExtendWith({FxThreadErrors.class, ApplicationExtension.class})
class MainWindowTest {
    static final String IRAN_JOINS = "ev-2023-07-04-iran-becomes-sco-member-statement-on-cooperation";
    static final String PAKISTAN_JOINS = "ev-2017-06-09-india-and-pakistan-become-sco-members";
    static final String PAKISTAN_CABLE_EVENT = "ev-2018-07-13-china-pakistan-cross-border-fibre-optic-cable-in";

    private RenderedWindow w;

    @Start
    void start(Stage stage) {
        Workspace ws = Workspace.load(Path.of(System.getProperty("atlas.data.dir", "data")));
        assertThat(ws.dataset().problems()).isEmpty();
        w = RenderedWindow.openIn(stage, ws, 1500, 950);
    }


    private <T extends Node> T panel(FxRobot robot, Class<T> type) {
        return robot.lookup(n -> type.isInstance(n)).queryAs(type);
    }

    private Point2D onScreen(FxRobot robot, double lat, double lon) throws Exception {
        Point2D local = WaitForAsyncUtils.asyncFx(() -> w.map().pointOf(lat, lon)).get(5, TimeUnit.SECONDS);
        return w.map().localToScreen(local);
    }

    private int argbAt(WritableImage img, Point2D local) {
        PixelReader r = img.getPixelReader();
        return r.getArgb((int) local.getX(), (int) local.getY());
    }

    @Test
    void drawsTheWorldOfflineWithLandAndSeaWhereTheyBelong(FxRobot robot) throws Exception {
        robot.interact(() -> w.state().flyTo(new org.silkroadatlas.state.MapViewport(10, 40, 3), true));
        w.awaitSettled();
        WritableImage img = WaitForAsyncUtils.asyncFx(() -> w.map().snapshot(null, null)).get(10, TimeUnit.SECONDS);
        Point2D sahara = WaitForAsyncUtils.asyncFx(() -> w.map().pointOf(23, 10)).get();
        Point2D ocean = WaitForAsyncUtils.asyncFx(() -> w.map().pointOf(-20, 75)).get();
        int land = argbAt(img, sahara), sea = argbAt(img, ocean);
        assertThat(land).isNotEqualTo(sea);
        // Sea is blue-ish, land is not.
        assertThat((sea & 0xFF)).isGreaterThan((sea >> 16) & 0xFF);
        assertThat((land >> 16) & 0xFF).isGreaterThanOrEqualTo(land & 0xFF);
        long colours = java.util.stream.IntStream.range(0, (int) img.getWidth() / 8)
                .mapToLong(x -> img.getPixelReader().getArgb(x * 8, (int) img.getHeight() / 2)).distinct().count();
        assertThat(colours).isGreaterThan(3);
    }

    @Test
    void everyPanelFollowsASelectionMadeAnywhere(FxRobot robot) throws Exception {
        robot.interact(() -> w.state().setYear(2018));
        robot.interact(() -> w.state().flyTo(new org.silkroadatlas.state.MapViewport(30, 70, 5), true));
        w.awaitSettled();
        // Click Pakistan on the map (Balochistan, away from cables and zones).
        robot.clickOn(onScreen(robot, 28.0, 65.5));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(w.state().getSelection()).isEqualTo("PAK");

        DetailPanel detail = panel(robot, DetailPanel.class);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> !detail.isLoading()
                && detail.document() != null && detail.document().getDocumentElement().getTextContent().contains("Pakistan")).get());
        // The figures tab's content joins the scene when the tab is first shown.
        robot.interact(() -> w.state().showPanel(org.silkroadatlas.state.Panel.FIGURES));
        FiguresPanel figures = panel(robot, FiguresPanel.class);
        assertThat(WaitForAsyncUtils.asyncFx(figures::chartedSeries).get()).first().isEqualTo("Pakistan");
        TimelinePanel timeline = panel(robot, TimelinePanel.class);
        Set<String> related = WaitForAsyncUtils.asyncFx(timeline::highlightedKeys).get();
        assertThat(related).contains(PAKISTAN_JOINS, PAKISTAN_CABLE_EVENT);

        // Click the 2023 event of Iran joining the SCO on the timeline: the map outlines Iran.
        robot.interact(() -> w.state().setYear(2023));
        Node canvas = robot.lookup("#timeline-canvas").query();
        Point2D mark = WaitForAsyncUtils.asyncFx(() -> TimelineProbe.markCentre(timeline, IRAN_JOINS)).get();
        robot.clickOn(canvas.localToScreen(mark));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(w.state().getSelection()).isEqualTo(IRAN_JOINS);
        assertThat(w.map().partnersLayer().outlined()).contains("IRN");

        // Move the year to 2016: the bar chart and the map agree on it.
        robot.interact(() -> w.state().setYear(2016));
        assertThat(WaitForAsyncUtils.asyncFx(figures::rankingYear).get()).isEqualTo(2016);
        assertThat(w.state().getDataset().country("IND").orElseThrow().statusAt(Organisation.SCO, 2016)).isEqualTo(MembershipStatus.OBSERVER);
        // India and Iran were both SCO observers in 2016: the same fill, unlike Kazakhstan, a member.
        Object india = WaitForAsyncUtils.asyncFx(() -> w.map().partnersLayer().lookOf("IND").fill()).get();
        assertThat(india).isEqualTo(WaitForAsyncUtils.asyncFx(() -> w.map().partnersLayer().lookOf("IRN").fill()).get())
                .isNotEqualTo(WaitForAsyncUtils.asyncFx(() -> w.map().partnersLayer().lookOf("KAZ").fill()).get());

        // Alt+Left goes back to Pakistan; Esc clears.
        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(w.state().getSelection()).isEqualTo("PAK");
    }

    @Test
    void searchFindsAZoneByItsChineseNameAndSelectsIt(FxRobot robot) {
        robot.interact(() -> {
            w.window().searchBox().requestFocus();
            w.window().searchBox().setText("杭州");
        });
        assertThat(w.window().searchBox().hits()).first().extracting(h -> h.id()).isEqualTo("CBEC-1-01");
        robot.interact(() -> w.window().searchBox().choose(w.window().searchBox().hits().get(0)));
        assertThat(w.state().getSelection()).isEqualTo("CBEC-1-01");
        robot.interact(() -> w.window().searchBox().setText("Kazakstan"));
        assertThat(w.window().searchBox().hits()).first().extracting(h -> h.id()).isEqualTo("KAZ");
    }

    @Test
    void everyMenuItemHasAShortcutOrIsInTheToolbar(FxRobot robot) {
        List<Dialogs.Shortcut> shortcuts = Dialogs.shortcuts(w.window());
        assertThat(shortcuts).extracting(Dialogs.Shortcut::action)
                .contains("File › Open data pack…", "View › Zoom to fit all", "View › Present briefing", "View › Back");
    }
}
