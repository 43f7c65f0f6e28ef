package org.silkroadatlas.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.silkroadatlas.model.CableKind;
import org.silkroadatlas.panels.PanelsFixture;
import org.silkroadatlas.state.ExplorerState;
import org.silkroadatlas.state.MapFilters;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.silkroadatlas.testing.FxThreadErrors;
import org.testfx.framework.junit5.Start;

/** The table of the map, driven by keyboard and state: it sorts, filters, follows and selects. */
@ExtendWith({FxThreadErrors.class, ApplicationExtension.class})
class MapContentTableTest {
    private ExplorerState state;
    private MapContentTable table;

    @Start
    void start(Stage stage) {
        state = new ExplorerState(PanelsFixture.pack());
        state.setYear(2020);
        table = new MapContentTable(state, new TableWords(Locale.ENGLISH));
        stage.setScene(new Scene(table, 1000, 600));
        stage.show();
    }


    private MapContentRow row(String id) {
        return table.visibleRows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private List<String> ids() {
        return table.visibleRows().stream().map(MapContentRow::id).toList();
    }

    @Test
    void followsTheYearAndTheFilters(FxRobot robot) {
        assertThat(ids()).contains("PAK", "IRN", "china-pakistan-cable").doesNotContain("peace");
        assertThat(row("IRN").status()).startsWith("SCO observer");
        robot.interact(() -> state.setYear(2024));
        assertThat(row("IRN").status()).startsWith("SCO member (since 2023-07-04)");
        robot.interact(() -> state.setFilters(MapFilters.ALL.withCableKinds(EnumSet.of(CableKind.SUBMARINE))));
        assertThat(ids()).doesNotContain("china-pakistan-cable").contains("peace");
        robot.interact(() -> state.setFilters(MapFilters.ALL.withPartnersVisible(false)));
        assertThat(table.visibleRows()).noneMatch(r -> r.kind() == RowKind.COUNTRY);
    }

    @Test
    void choosingARowSelectsItEverywhereAndASelectionElsewhereChoosesTheRow(FxRobot robot) {
        robot.interact(() -> state.select("china-pakistan-cable"));
        assertThat(table.tableView().getSelectionModel().getSelectedItem().id()).isEqualTo("china-pakistan-cable");
        // A cable the map does not show in 2020 has no row: nothing is chosen, the selection stands.
        robot.interact(() -> state.select("peace"));
        assertThat(table.tableView().getSelectionModel().getSelectedItem()).isNull();
        assertThat(state.getSelection()).isEqualTo("peace");
        int pak = ids().indexOf("PAK");
        robot.interact(() -> table.tableView().getSelectionModel().clearAndSelect(pak));
        assertThat(state.getSelection()).isEqualTo("PAK");
        robot.interact(() -> state.clearSelection());
        assertThat(table.tableView().getSelectionModel().getSelectedItem()).isNull();
    }

    @Test
    void sortsByEveryColumnAndDatesInTime(FxRobot robot) {
        for (TableColumn<MapContentRow, ?> c : table.tableView().getColumns()) {
            assertThat(c.isSortable()).as(c.getText()).isTrue();
        }
        TableColumn<MapContentRow, ?> date = table.tableView().getColumns().stream()
                .filter(c -> "date".equals(c.getUserData())).findFirst().orElseThrow();
        robot.interact(() -> {
            date.setSortType(TableColumn.SortType.ASCENDING);
            table.tableView().getSortOrder().setAll(List.of(date));
        });
        List<Double> keys = table.visibleRows().stream().map(MapContentRow::dateKey).filter(d -> !d.isNaN()).toList();
        assertThat(keys).isSorted();
        TableColumn<MapContentRow, ?> name = table.tableView().getColumns().stream()
                .filter(c -> "name".equals(c.getUserData())).findFirst().orElseThrow();
        robot.interact(() -> {
            name.setSortType(TableColumn.SortType.DESCENDING);
            table.tableView().getSortOrder().setAll(List.of(name));
        });
        List<String> names = table.visibleRows().stream().map(r -> r.name().toLowerCase(Locale.ROOT)).toList();
        assertThat(names).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void typingFiltersAndTheArrowKeysWalkTheRows(FxRobot robot) {
        robot.clickOn("#map-table-filter").write("pakistan");
        assertThat(table.visibleRows()).isNotEmpty().allMatch(r -> r.matches("pakistan"));
        robot.type(KeyCode.DOWN);
        String first = state.getSelection();
        assertThat(first).isEqualTo(table.visibleRows().get(0).id());
        if (table.visibleRows().size() > 1) {
            robot.type(KeyCode.DOWN);
            assertThat(state.getSelection()).isEqualTo(table.visibleRows().get(1).id());
        }
        assertThat(robot.lookup("#map-table-count").queryLabeled().getText()).contains("match the filter");
    }

    @Test
    void hasAccessibleNamesAndHeadersInTheReadersLanguage(FxRobot robot) {
        assertThat(table.tableView().getAccessibleText()).isEqualTo("Table of what the map shows");
        assertThat(table.tableView().getAccessibleHelp()).isNotBlank();
        robot.interact(() -> table.setWords(new TableWords(Locale.CHINESE)));
        assertThat(table.tableView().getColumns().get(1).getText()).isEqualTo("名称");
        assertThat(table.visibleRows()).anyMatch(r -> r.name().equals("巴基斯坦"));
    }

    @Test
    void followsTheReadersLanguageWithoutLosingTheSelection(FxRobot robot) {
        MapContentTable[] made = new MapContentTable[1];
        robot.interact(() -> {
            made[0] = new MapContentTable(state);
            new javafx.scene.Scene(made[0]);
            state.select("PAK");
            state.setLocale(org.silkroadatlas.text.Tr.CHINESE);
        });
        assertThat(made[0].tableView().getAccessibleText()).isEqualTo("地图所示内容的表格");
        assertThat(made[0].tableView().getSelectionModel().getSelectedItem().name()).isEqualTo("巴基斯坦");
        assertThat(made[0].tableView().getSelectionModel().getSelectedItem().status()).startsWith("上合组织成员国");
        robot.interact(() -> state.setLocale(java.util.Locale.ENGLISH));
        assertThat(made[0].tableView().getSelectionModel().getSelectedItem().name()).isEqualTo("Pakistan");
    }
}
