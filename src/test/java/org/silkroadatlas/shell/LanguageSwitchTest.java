package org.silkroadatlas.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.silkroadatlas.model.Organisation;
import org.silkroadatlas.state.MapFilters;
import org.silkroadatlas.state.MapViewport;
import org.silkroadatlas.state.SceneSnapshot;
import org.silkroadatlas.text.Tr;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.silkroadatlas.testing.FxThreadErrors;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Switching the language at run time rewrites the window's words in place: the selection, year,
 * filters and map view stay as they were, and switching back gives the English window again.
 */
@ExtendWith({FxThreadErrors.class, ApplicationExtension.class})
class LanguageSwitchTest {
    private RenderedWindow w;

    @Start
    void start(Stage stage) {
        Workspace ws = Workspace.load(Path.of(System.getProperty("atlas.data.dir", "data")));
        w = RenderedWindow.openIn(stage, ws, 1500, 950);
    }


    private String menuText(int i) { return w.window().menuBar().getMenus().get(i).getText(); }

    private void showTab(FxRobot robot, String id) {
        TabPane tabs = robot.lookup("#side-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow()));
    }

    private String tabText(FxRobot robot, String id) {
        return robot.lookup("#side-tabs").queryAs(TabPane.class).getTabs().stream()
                .filter(t -> id.equals(t.getId())).findFirst().orElseThrow().getText();
    }

    @Test
    void switchingLanguageKeepsTheViewAndRewritesTheWords(FxRobot robot) throws Exception {
        MapFilters filters = MapFilters.ALL.withCablesVisible(false).withOrganisations(java.util.Set.of(Organisation.SCO));
        robot.interact(() -> {
            w.state().setYear(2019);
            w.state().select("PAK");
            w.state().setFilters(filters);
            w.state().flyTo(new MapViewport(31, 70, 5), true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        SceneSnapshot before = WaitForAsyncUtils.asyncFx(() -> w.state().capture()).get();
        assertThat(menuText(0)).isEqualTo("_File");
        assertThat(tabText(robot, "tab-detail")).isEqualTo("Detail");
        String countsEnglish = robot.lookup("#status-counts").queryAs(Label.class).getText();
        assertThat(countsEnglish).startsWith("Year 2019");

        robot.interact(() -> w.state().setLocale(Tr.CHINESE));
        WaitForAsyncUtils.waitForFxEvents();
        SceneSnapshot after = WaitForAsyncUtils.asyncFx(() -> w.state().capture()).get();
        assertThat(after.selection()).isEqualTo("PAK");
        assertThat(after.year()).isEqualTo(2019);
        assertThat(after.filters()).isEqualTo(filters);
        assertThat(after.view()).isEqualTo(before.view());
        assertThat(after).isEqualTo(before);

        assertThat(menuText(0)).isEqualTo("文件(_F)");
        assertThat(menuText(1)).isEqualTo("视图(_V)");
        assertThat(menuText(2)).isEqualTo("帮助(_H)");
        assertThat(w.window().menuBar().getMenus().get(0).getItems().get(0).getText()).isEqualTo("打开数据包…");
        assertThat(tabText(robot, "tab-detail")).isEqualTo("详情");
        assertThat(tabText(robot, "tab-figures")).isEqualTo("数据");
        assertThat(tabText(robot, "tab-briefing")).isEqualTo("简报");
        assertThat(tabText(robot, "tab-table")).isEqualTo("表格");
        assertThat(robot.lookup("#status-counts").queryAs(Label.class).getText()).startsWith("2019年").contains("个国家");
        assertThat(robot.lookup("#status-attribution").queryAs(Label.class).getText()).contains("边界").contains("示意");
        assertThat(robot.lookup("#tool-fit").queryButton().getText()).isEqualTo("全部");
        assertThat(robot.lookup("#tool-fit").queryButton().getAccessibleText()).contains("缩放至全部");
        // The panels, each in its own package, follow the same switch; the detail page is written anew.
        org.silkroadatlas.detail.DetailPanel detail = robot.lookup(n -> n instanceof org.silkroadatlas.detail.DetailPanel)
                .queryAs(org.silkroadatlas.detail.DetailPanel.class);
        org.testfx.util.WaitForAsyncUtils.waitFor(15, java.util.concurrent.TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                !detail.isLoading() && detail.document() != null
                        && detail.document().getDocumentElement().getTextContent().contains("巴基斯坦")
                        && detail.document().getDocumentElement().getTextContent().contains("成员国")).get());
        showTab(robot, "tab-figures");
        assertThat(figuresHeaders(robot)).containsExactly("数据系列", "年份", "数值", "来源", "可信度");
        assertThat(robot.lookup("#timeline-year").queryLabeled().getText()).isEqualTo("2019年");
        assertThat(robot.lookup("#timeline-all").queryButton().getText()).isEqualTo("全部");
        // The briefing editor, built in another package, follows too.
        showTab(robot, "tab-briefing");
        assertThat(robot.lookup("#deck-add").queryButton().getText()).isEqualTo("添加当前视图");
        assertThat(robot.lookup("#deck-title").queryAs(TextField.class).getPromptText()).isEqualTo("简报标题");
        showTab(robot, "tab-detail");
        // The shortcut sheet reads the menus, so it is in Chinese now, submenus included.
        List<Dialogs.Shortcut> sheet = WaitForAsyncUtils.asyncFx(() -> Dialogs.shortcuts(w.window(), w.state().getLocale())).get();
        assertThat(sheet).extracting(Dialogs.Shortcut::action)
                .contains("文件 › 打开数据包…", "视图 › 主题 › 浅色", "视图 › 语言 › English", "演示 › 退出演示");

        Path png = Path.of("target", "screenshots", "window-zh.png");
        Files.createDirectories(png.getParent());
        w.awaitSettled();
        WaitForAsyncUtils.asyncFx(() -> { w.writePng(png); return null; }).get();
        assertThat(png).isNotEmptyFile();

        robot.interact(() -> w.state().setLocale(Tr.ENGLISH));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WaitForAsyncUtils.asyncFx(() -> w.state().capture()).get()).isEqualTo(before);
        assertThat(menuText(0)).isEqualTo("_File");
        assertThat(tabText(robot, "tab-detail")).isEqualTo("Detail");
        assertThat(robot.lookup("#status-counts").queryAs(Label.class).getText()).isEqualTo(countsEnglish);
        assertThat(robot.lookup("#deck-add").queryButton().getText()).isEqualTo("Add current view");
        assertThat(figuresHeaders(robot)).containsExactly("Series", "Year", "Value", "Source", "Confidence");
        assertThat(robot.lookup("#timeline-year").queryLabeled().getText()).isEqualTo("2019");
    }

    private static List<String> figuresHeaders(FxRobot robot) {
        javafx.scene.control.TableView<?> table = robot.lookup("#figures-table").queryAs(javafx.scene.control.TableView.class);
        return table.getColumns().stream().map(javafx.scene.control.TableColumn::getText).toList();
    }

    @Test
    void theLanguageMenuNamesEachLanguageInItselfAndItsShortcutToggles(FxRobot robot) {
        Menu view = w.window().menuBar().getMenus().get(1);
        Menu language = (Menu) view.getItems().stream().filter(i -> "menu-language".equals(i.getId())).findFirst().orElseThrow();
        assertThat(language.getItems()).extracting(javafx.scene.control.MenuItem::getText).containsExactly("English", "中文");
        robot.interact(() -> language.getItems().get(0).fire());
        assertThat(w.state().getLocale()).isEqualTo(Tr.CHINESE);
        robot.interact(() -> language.getItems().get(0).fire());
        assertThat(w.state().getLocale()).isEqualTo(Tr.ENGLISH);
    }
}
