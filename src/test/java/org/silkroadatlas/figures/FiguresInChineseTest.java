package org.silkroadatlas.figures;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.silkroadatlas.panels.PanelsFixture;
import org.silkroadatlas.panels.Snapshots;
import org.silkroadatlas.state.ExplorerState;
import org.silkroadatlas.text.Tr;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.silkroadatlas.testing.FxThreadErrors;
import org.testfx.framework.junit5.Start;

/** The figures panel words its headers, series, notes and names for the language and keeps what it shows. */
@ExtendWith({FxThreadErrors.class, ApplicationExtension.class})
class FiguresInChineseTest {
    private ExplorerState state;
    private FiguresPanel panel;

    @Start
    void start(Stage stage) {
        state = new ExplorerState(PanelsFixture.pack());
        panel = new FiguresPanel(state);
        stage.setScene(new Scene(panel, 470, 780));
        stage.show();
    }

    @Test
    void switchingToChineseRewordsTheTableAndChartsAndKeepsTheSelection(FxRobot robot) {
        robot.interact(() -> { state.setYear(2016); state.select("PAK"); });
        String indicator = state.getIndicator();
        var ranked = panel.rankedCountries();
        assertThat(headers(robot)).containsExactly("Series", "Year", "Value", "Source", "Confidence");

        robot.interact(() -> state.setLocale(Tr.CHINESE));
        assertThat(headers(robot)).containsExactly("数据系列", "年份", "数值", "来源", "可信度");
        assertThat(panel.chartedSeries()).containsExactly("巴基斯坦", "中国", "世界（来源数据）",
                "上合组织成员国平均值（简单平均，按各年成员计）", "东盟成员国平均值（简单平均，按各年成员计）");
        assertThat(panel.tableRows()).anySatisfy(r -> {
            assertThat(r.series()).isEqualTo("巴基斯坦");
            assertThat(r.value()).as("the value as the source gives it").isEqualTo("12.39");
            assertThat(r.confidence()).isEqualTo("高");
        });
        assertThat(panel.tableRows()).filteredOn(r -> r.series().startsWith("上合组织"))
                .allSatisfy(r -> assertThat(r.note()).contains("个成员国中的").endsWith("的简单平均值"));
        assertThat(labels(robot)).contains("巴基斯坦历年变化", "2016年排名", "数值与来源", "与中国及上合组织、东盟整体对比。");
        assertThat(robot.lookup("#figures-colour-map").queryAs(CheckBox.class).getText()).isEqualTo("按此指标为地图着色");
        @SuppressWarnings("unchecked")
        ComboBox<org.silkroadatlas.model.Indicator> box = robot.lookup("#figures-indicator").queryAs(ComboBox.class);
        assertThat(box.getButtonCell().getText()).startsWith("互联网用户占比");
        Snapshots.save(panel, "figures-zh");

        assertThat(state.getSelection()).isEqualTo("PAK");
        assertThat(state.getYear()).isEqualTo(2016);
        assertThat(state.getIndicator()).isEqualTo(indicator);
        assertThat(panel.rankedCountries()).isEqualTo(ranked);

        robot.interact(() -> state.setLocale(Tr.ENGLISH));
        assertThat(headers(robot)).containsExactly("Series", "Year", "Value", "Source", "Confidence");
        assertThat(panel.chartedSeries()).startsWith("Pakistan", "China");
        assertThat(box.getButtonCell().getText()).startsWith("Individuals using the Internet");
        assertThat(FxThreadErrors.errors()).isEmpty();
    }

    @Test
    void numbersFollowTheLocaleAndTableValuesStayAsTheSourceGivesThem() {
        assertThat(FigureFormat.number(12345.6, Tr.CHINESE)).isEqualTo("12,346");
        assertThat(FigureFormat.number(12345.6, java.util.Locale.GERMANY)).isEqualTo("12.346");
        assertThat(FigureFormat.tick(0.5, 0.5, java.util.Locale.FRANCE)).isEqualTo("0,5");
        assertThat(FigureFormat.number(12345.6)).isEqualTo("12,346");
    }

    private static java.util.List<String> headers(FxRobot robot) {
        TableView<?> table = robot.lookup("#figures-table").queryAs(TableView.class);
        return table.getColumns().stream().map(TableColumn::getText).toList();
    }

    private static java.util.List<String> labels(FxRobot robot) {
        return robot.lookup(".label").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }
}
