package org.silkroadatlas.panels;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.silkroadatlas.data.PackLoader;
import org.silkroadatlas.detail.DetailPanel;
import org.silkroadatlas.figures.FiguresPanel;
import org.silkroadatlas.model.Dataset;
import org.silkroadatlas.model.Event;
import org.silkroadatlas.model.FigureValue;
import org.silkroadatlas.model.PartialDate;
import org.silkroadatlas.state.ExplorerState;
import org.silkroadatlas.timeline.TimelinePanel;
import org.silkroadatlas.timeline.TimelineProbe;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.silkroadatlas.testing.FxThreadErrors;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The scenario on the bundled pack: Pakistan, then the Iran 2023 event, then 2016. */
@ExtendWith({FxThreadErrors.class, ApplicationExtension.class})
class RealPackPanelsTest {
    private Dataset pack;
    private ExplorerState state;
    private TimelinePanel timeline;
    private FiguresPanel figures;
    private DetailPanel detail;
    private BorderPane root;

    @Start
    void start(Stage stage) {
        pack = new PackLoader().load(Path.of(System.getProperty("atlas.data.dir", "data")));
        state = new ExplorerState(pack);
        state.setYear(2018);
        timeline = new TimelinePanel(state);
        figures = new FiguresPanel(state);
        detail = new DetailPanel(state, url -> { });
        figures.setPrefWidth(470);
        HBox.setHgrow(detail, Priority.ALWAYS);
        root = new BorderPane(new HBox(figures, detail));
        timeline.setPrefHeight(320);
        root.setBottom(timeline);
        stage.setScene(new Scene(root, 1100, 780));
        stage.show();
    }

    private Event event(PartialDate date, String iso3) {
        return pack.events().stream().filter(e -> e.date().equals(date) && e.countries().contains(iso3)).findFirst().orElseThrow();
    }

    private String detailText() throws Exception {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            var d = detail.document();
            return d == null || d.getDocumentElement() == null ? "" : d.getDocumentElement().getTextContent();
        }));
    }

    private void detailShows(String text) throws java.util.concurrent.TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> !detail.isLoading()))
                && detailText().contains(text));
    }

    @Test
    void pakistanThenIranThen2016(FxRobot robot) throws Exception {
        Event accession = event(PartialDate.ofDay(2017, 6, 9), "PAK");
        Event cable = event(PartialDate.ofDay(2018, 7, 13), "PAK");
        Event iran = event(PartialDate.ofDay(2023, 7, 4), "IRN");

        robot.interact(() -> state.select("PAK"));
        detailShows("Status history");
        assertThat(detailText()).contains("Pakistan").contains("SCO in 2018");
        assertThat(figures.chartedSeries()).first().isEqualTo("Pakistan");
        assertThat(timeline.highlightedKeys()).contains(accession.id(), cable.id());

        Node canvas = robot.lookup("#timeline-canvas").query();
        robot.interact(() -> state.setYear(2024));
        Point2D at = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> TimelineProbe.markCentre(timeline, iran.id())));
        robot.moveTo(canvas.localToScreen(at));
        robot.clickOn(canvas.localToScreen(at));
        assertThat(state.getSelection()).isEqualTo(iran.id());
        assertThat(state.getDataset().event(state.getSelection()).orElseThrow().countries()).contains("IRN");
        detailShows("4 July 2023");

        robot.interact(() -> { state.select("PAK"); state.setYear(2016); });
        FigureValue pak2016 = pack.figures().stream().filter(f -> f.indicator().equals(state.getIndicator())
                && f.geography().equals("PAK") && Integer.valueOf(2016).equals(f.year()) && f.value() != null).findFirst().orElse(null);
        assertThat(figures.rankingYear()).isEqualTo(2016);
        if (pak2016 != null) assertThat(figures.rankedCountries()).contains("PAK");
        detailShows("SCO in 2016");
        Snapshots.save(root, "real-pak-2016");
        assertThat(FxThreadErrors.errors()).isEmpty();
    }
}
