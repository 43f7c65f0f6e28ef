package org.silkroadatlas.panels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.silkroadatlas.detail.DetailPanel;
import org.silkroadatlas.detail.Html;
import org.silkroadatlas.figures.FiguresPanel;
import org.silkroadatlas.state.ExplorerState;
import org.silkroadatlas.timeline.TimelinePanel;
import org.silkroadatlas.timeline.TimelineProbe;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.silkroadatlas.testing.FxThreadErrors;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Document;

/**
 * The three panels side by side on one real state, driven as the scenario describes:
 * every panel follows a selection or year made in any other (the map's part is played by the
 * state command the map calls).
 */
@ExtendWith({FxThreadErrors.class, ApplicationExtension.class})
class LinkedPanelsTest {
    private final List<String> opened = new ArrayList<>();
    private ExplorerState state;
    private TimelinePanel timeline;
    private FiguresPanel figures;
    private DetailPanel detail;
    private BorderPane root;

    @Start
    void start(Stage stage) {
        state = new ExplorerState(PanelsFixture.pack());
        state.setYear(2018);
        timeline = new TimelinePanel(state);
        figures = new FiguresPanel(state);
        detail = new DetailPanel(state, opened::add);
        figures.setPrefWidth(480);
        HBox.setHgrow(detail, Priority.ALWAYS);
        root = new BorderPane(new HBox(figures, detail));
        timeline.setPrefHeight(300);
        root.setBottom(timeline);
        stage.setScene(new Scene(root, 1100, 780));
        stage.show();
    }

    private static String text(Document d) {
        return d == null || d.getDocumentElement() == null ? "" : d.getDocumentElement().getTextContent();
    }

    private void detailShows(String expected) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.waitFor(
                WaitForAsyncUtils.asyncFx(() -> !detail.isLoading() && text(detail.document()).contains(expected))));
    }

    private String h1() throws Exception {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> detail.document().getElementsByTagName("h1").item(0).getTextContent()));
    }

    @Test
    void everyPanelFollowsEveryOther(FxRobot robot) throws Exception {
        // The map selects Pakistan.
        robot.interact(() -> state.select("PAK"));
        detailShows("Status history");
        assertThat(h1()).startsWith("Pakistan");
        assertThat(figures.chartedSeries()).first().isEqualTo("Pakistan");
        assertThat(timeline.highlightedKeys()).contains("ind-pak-sco-2017", "china-pakistan-cable-2018");
        Snapshots.save(root, "linked-pak-2018");

        // Click the 2023 event of Iran joining the SCO on the timeline.
        Node canvas = robot.lookup("#timeline-canvas").query();
        Point2D iran = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> TimelineProbe.markCentre(timeline, "iran-sco-2023")));
        robot.clickOn(canvas.localToScreen(iran));
        assertThat(state.getSelection()).isEqualTo("iran-sco-2023");
        assertThat(state.getDataset().event(state.getSelection()).orElseThrow().countries()).contains("IRN");
        detailShows("Iran becomes a full SCO member");
        assertThat(figures.chartedSeries()).first().isEqualTo("Iran (named in the selection)");

        // Move the year to 2016: the ranking and the timeline agree.
        robot.interact(() -> state.setYear(2016));
        assertThat(figures.rankingYear()).isEqualTo(2016);
        assertThat(robot.lookup("#timeline-year").queryAs(Label.class).getText()).isEqualTo("2016");

        // A link in the detail page selects Iran itself, and the other panels follow.
        robot.interact(() -> detail.follow(Html.selectHref("IRN")));
        detailShows("Status history");
        assertThat(h1()).startsWith("Iran");
        assertThat(figures.chartedSeries()).first().isEqualTo("Iran");
        assertThat(timeline.highlightedKeys()).contains("iran-sco-2023", "sco-observers-2005");
        assertThat(text(WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(detail::document)))).contains("SCO in 2016").contains("observer");
        Snapshots.save(root, "linked-irn-2016");

        // Back goes to the event, as Alt+Left would.
        robot.interact(state::goBack);
        assertThat(state.getSelection()).isEqualTo("iran-sco-2023");
        assertThat(timeline.selectedKeys()).containsExactly("iran-sco-2023");
        assertThat(opened).isEmpty();
        assertThat(FxThreadErrors.errors()).isEmpty();
    }

    @Test
    void aYearStepUpdatesEveryPanelOnTheFxThread(FxRobot robot) {
        robot.interact(() -> state.select("PAK"));
        long[] times = new long[48];
        for (int i = 0; i < times.length; i++) {
            int y = 2000 + i % 24;
            int k = i;
            robot.interact(() -> {
                long t0 = System.nanoTime();
                state.setYear(y);
                times[k] = System.nanoTime() - t0;
            });
        }
        assertThat(figures.rankingYear()).isEqualTo(2023);
        long[] warm = java.util.Arrays.copyOfRange(times, 24, 48);
        java.util.Arrays.sort(warm);
        // Measured for the report only (after one warm-up pass); the targets live in the bench.
        System.out.printf("year step, three panels: median %.2f ms, p90 %.2f ms, first (cold) %.2f ms%n",
                warm[12] / 1e6, warm[21] / 1e6, times[0] / 1e6);
        assertThat(FxThreadErrors.errors()).isEmpty();
    }
}
