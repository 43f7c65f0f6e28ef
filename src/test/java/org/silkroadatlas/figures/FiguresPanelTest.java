package org.silkroadatlas.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.silkroadatlas.panels.PanelsFixture;
import org.silkroadatlas.panels.Snapshots;
import org.silkroadatlas.state.ExplorerState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.silkroadatlas.testing.FxThreadErrors;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith({FxThreadErrors.class, ApplicationExtension.class})
class FiguresPanelTest {
    private ExplorerState state;
    private FiguresPanel panel;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        state = new ExplorerState(PanelsFixture.pack());
        panel = new FiguresPanel(state);
        stage.setScene(new Scene(panel, 470, 780));
        stage.show();
    }

    @Test
    void selectingPakistanChartsItsSeriesAgainstChinaAndTheGroups(FxRobot robot) {
        robot.interact(() -> { state.setYear(2016); state.select("PAK"); });
        assertThat(panel.chartedSeries()).containsExactly("Pakistan", "China", "World (source figure)",
                "SCO members' average (unweighted, as of each year)", "ASEAN members' average (unweighted, as of each year)");
        ChartLine pak = panel.trendChart().lines().get(0);
        assertThat(pak.values()).containsKeys(2011, 2013).doesNotContainKey(2012);
        assertThat(FigureSeries.runs(pak.values())).hasSize(2);
        assertThat(panel.tableRows()).anySatisfy(r -> {
            assertThat(r.geography()).isEqualTo("PAK");
            assertThat(r.year()).isEqualTo(2016);
            assertThat(r.value()).isEqualTo("12.39");
            assertThat(r.source()).startsWith("Individuals using the Internet");
            assertThat(r.confidence()).isEqualTo("high");
        });
        assertThat(robot.lookup("#figures-headlines").query().isVisible()).isFalse();
        Snapshots.save(panel, "figures-pak-2016");
        Snapshots.save(((javafx.scene.control.ScrollPane) robot.lookup(".figures-scroll").query()).getContent(), "figures-pak-2016-body");
        assertThat(FxThreadErrors.errors()).isEmpty();
    }

    @Test
    void theRankingFollowsTheYearAndAClickSelectsTheCountry(FxRobot robot) {
        robot.interact(() -> state.setYear(2016));
        assertThat(panel.rankingYear()).isEqualTo(2016);
        assertThat(panel.rankingChart().bars()).anySatisfy(b -> {
            assertThat(b.iso3()).isEqualTo("PAK");
            assertThat(b.value()).isEqualTo(12.39);
        });
        assertThat(panel.rankedCountries().get(0)).isEqualTo("SGP");
        robot.interact(() -> state.setYear(2022));
        assertThat(panel.rankingYear()).isEqualTo(2022);
        assertThat(panel.rankedCountries()).doesNotContain("PAK");
        robot.interact(() -> state.setYear(2016));

        RankingChart chart = panel.rankingChart();
        robot.interact(() -> {
            var sp = (javafx.scene.control.ScrollPane) robot.lookup(".figures-scroll").query();
            var body = sp.getContent();
            double y = body.sceneToLocal(chart.localToScene(chart.barCentre("IRN"))).getY();
            double view = sp.getViewportBounds().getHeight();
            sp.setVvalue(Math.max(0, Math.min(1, (y - view / 2) / (body.getLayoutBounds().getHeight() - view))));
        });
        WaitForAsyncUtils.waitForFxEvents();
        Point2D at = chart.localToScreen(chart.barCentre("IRN"));
        robot.clickOn(at);
        assertThat(state.getSelection()).isEqualTo("IRN");
        assertThat(FxThreadErrors.errors()).isEmpty();
    }

    @Test
    void headlineFiguresShowWhenTheSelectionHasNoSeries(FxRobot robot) {
        robot.interact(() -> state.select("dsr-call-2017"));
        assertThat(robot.lookup("#figures-headlines").query().isVisible()).isTrue();
        assertThat(robot.lookup(".headline-value").queryAllAs(javafx.scene.control.Label.class))
                .extracting(javafx.scene.control.Label::getText)
                .anySatisfy(t -> assertThat(t).contains("SCO family").contains("27"))
                .anySatisfy(t -> assertThat(t).contains("26"));
        Snapshots.save(panel, "figures-headlines");
        assertThat(FxThreadErrors.errors()).isEmpty();
    }

    @Test
    void theIndicatorAndMapSwitchGoThroughTheState(FxRobot robot) {
        robot.interact(() -> state.setIndicator("fixed_broadband_subscriptions"));
        assertThat(((org.silkroadatlas.model.Indicator) robot.lookup("#figures-indicator").queryAs(javafx.scene.control.ComboBox.class).getValue()).id()).isEqualTo("fixed_broadband_subscriptions");
        robot.clickOn("#figures-colour-map");
        assertThat(state.isMapColouredByIndicator()).isTrue();
        assertThat(FxThreadErrors.errors()).isEmpty();
    }

    @Test
    void exportWritesTheTableAsCsv(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.interact(() -> state.select("PAK"));
        Path out = dir.resolve("figures.csv");
        robot.interact(() -> panel.exportTo(out));
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> Files.exists(out));
        String csv = Files.readString(out);
        assertThat(csv).startsWith("\ufeffseries,geography,year,value,unit,source,confidence,note");
        assertThat(csv).contains("Pakistan,PAK,2016,12.39,percent of population,");
        assertThat(csv.lines().count()).isEqualTo(panel.tableRows().size() + 1);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(out);
        }
        assertThat(FxThreadErrors.errors()).isEmpty();
    }

    @Test
    void ctrlCCopiesTheSelectedRowsWithTheirSources(FxRobot robot) {
        robot.interact(() -> state.select("PAK"));
        javafx.scene.control.TableView<?> table = robot.lookup("#figures-table").queryAs(javafx.scene.control.TableView.class);
        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().select(5);
            table.requestFocus();
        });
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.C).release(javafx.scene.input.KeyCode.CONTROL);
        String copied = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString()));
        assertThat(copied).startsWith("series\tgeography\tyear\tvalue\tunit\tsource\tconfidence\tnote\n");
        assertThat(copied.lines()).hasSize(2);
        assertThat(copied).contains("Pakistan\tPAK\t2016\t12.39\tpercent of population\tIndividuals using the Internet");
        assertThat(FxThreadErrors.errors()).isEmpty();
    }

    @Test
    void aPackWhoseFirstIndicatorIsASingleFigureOpensOnASeries(FxRobot robot) {
        var d = PanelsFixture.pack();
        var reordered = new java.util.ArrayList<>(d.indicators());
        java.util.Collections.reverse(reordered); // countries_in_sco_family first
        var d2 = new org.silkroadatlas.model.Dataset(d.countries(), d.cables(), d.zones(), d.events(), reordered, d.figures(), d.sources(), java.util.List.of(), "x");
        robot.interact(() -> {
            ExplorerState fresh = new ExplorerState(d2);
            assertThat(fresh.getIndicator()).isEqualTo("countries_in_sco_family");
            FiguresPanel p = new FiguresPanel(fresh);
            assertThat(fresh.getIndicator()).isEqualTo("fixed_broadband_subscriptions");
            // A panel in no scene (a side tab not yet opened) puts its charts off until it joins one.
            assertThat(p.chartedSeries()).isEmpty();
            new javafx.scene.Scene(p);
            assertThat(p.chartedSeries()).contains("China");
        });
        assertThat(FxThreadErrors.errors()).isEmpty();
    }

    @Test
    void atFullWidthTheTrendAndTheRankingSitSideBySide(FxRobot robot) {
        robot.interact(() -> { stage.setX(0); stage.setY(0); stage.setWidth(1200); state.setYear(2016); state.select("PAK"); });
        WaitForAsyncUtils.waitForFxEvents();
        var trendBounds = panel.trendChart().localToScene(panel.trendChart().getBoundsInLocal());
        var rankingBounds = panel.rankingChart().localToScene(panel.rankingChart().getBoundsInLocal());
        assertThat(rankingBounds.getMinX()).isGreaterThan(trendBounds.getMaxX());
        Snapshots.save(panel, "figures-wide");
        robot.interact(() -> stage.setWidth(470));
        WaitForAsyncUtils.waitForFxEvents();
        var narrowRanking = panel.rankingChart().localToScene(panel.rankingChart().getBoundsInLocal());
        var narrowTrend = panel.trendChart().localToScene(panel.trendChart().getBoundsInLocal());
        assertThat(narrowRanking.getMinY()).isGreaterThan(narrowTrend.getMaxY());
        assertThat(FxThreadErrors.errors()).isEmpty();
    }
}
