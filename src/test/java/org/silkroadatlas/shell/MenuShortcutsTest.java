package org.silkroadatlas.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.silkroadatlas.text.Tr;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Every menu action can be reached from the keyboard, and no two share a shortcut. */
@ExtendWith(ApplicationExtension.class)
class MenuShortcutsTest {
    private RenderedWindow w;

    @Start
    void start(Stage stage) {
        Workspace ws = Workspace.load(Path.of(System.getProperty("atlas.data.dir", "data")));
        w = RenderedWindow.openIn(stage, ws, 1200, 800);
    }

    private static void leaves(Menu menu, List<Menu> path, Map<MenuItem, List<Menu>> out) {
        for (MenuItem i : menu.getItems()) {
            if (i instanceof SeparatorMenuItem) continue;
            List<Menu> p = new ArrayList<>(path);
            p.add(menu);
            if (i instanceof Menu sub) leaves(sub, p, out);
            else out.put(i, p);
        }
    }

    private Map<MenuItem, List<Menu>> leaves() {
        Map<MenuItem, List<Menu>> out = new java.util.LinkedHashMap<>();
        for (Menu m : w.window().menuBar().getMenus()) leaves(m, List.of(), out);
        return out;
    }

    private static boolean hasMnemonic(MenuItem m) {
        return m.isMnemonicParsing() && m.getText() != null && m.getText().matches(".*_\\p{Alnum}.*");
    }

    @Test
    void noTwoMenuItemsShareAnAcceleratorAndTheSheetListsThemAll() throws Exception {
        Map<KeyCombination, String> seen = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (MenuItem i : leaves().keySet()) {
            KeyCombination k = i.getAccelerator();
            if (k == null) continue;
            String other = seen.put(k, i.getText());
            if (other != null) clashes.add(k.getDisplayText() + ": " + other + " / " + i.getText());
        }
        assertThat(clashes).isEmpty();
        assertThat(seen).hasSizeGreaterThan(15);

        // The F1 sheet is read from the menus, so it lists every one of them.
        List<Dialogs.Shortcut> sheet = WaitForAsyncUtils.asyncFx(() -> Dialogs.shortcuts(w.window(), Tr.ENGLISH)).get();
        List<String> keys = sheet.stream().map(Dialogs.Shortcut::keys).toList();
        for (MenuItem i : leaves().keySet()) {
            if (i.getAccelerator() != null) assertThat(keys).as(i.getText()).contains(i.getAccelerator().getDisplayText());
        }
        assertThat(sheet).extracting(Dialogs.Shortcut::action)
                .contains("View › Theme › Light", "View › Language › English", "File › Save briefing", "Presenting › Next scene");
    }

    @Test
    void everyMenuItemAndToolbarControlIsInKeyboardReachInBothLanguages(FxRobot robot) {
        for (java.util.Locale l : Tr.LANGUAGES) {
            robot.interact(() -> w.state().setLocale(l));
            List<String> unreachable = new ArrayList<>();
            leaves().forEach((item, path) -> {
                boolean menusHaveMnemonics = path.stream().allMatch(MenuShortcutsTest::hasMnemonic);
                if (item.getAccelerator() == null && !menusHaveMnemonics) unreachable.add(item.getText());
                if (item.getText() == null || item.getText().isBlank()) unreachable.add("(no text) " + item.getId());
            });
            assertThat(unreachable).as("menu items out of keyboard reach in " + l).isEmpty();
            toolbarControlsAreFocusableNamedAndExplained(robot, l);
            // Top-level mnemonics differ, so Alt+letter opens one menu only.
            assertThat(w.window().menuBar().getMenus().stream()
                    .map(m -> m.getText().replaceAll(".*_(\\p{Alnum}).*", "$1").toUpperCase()).distinct().count())
                    .isEqualTo(w.window().menuBar().getMenus().size());
        }
    }

    /** Every toolbar control can be reached by Tab and tells a screen reader what it is and does. */
    private static void toolbarControlsAreFocusableNamedAndExplained(FxRobot robot, java.util.Locale l) {
        javafx.scene.control.ToolBar bar = robot.lookup("#tool-bar").queryAs(javafx.scene.control.ToolBar.class);
        {
            int controls = 0;
            for (javafx.scene.Node n : bar.getItems()) {
                if (!(n instanceof javafx.scene.control.ButtonBase) && !(n instanceof javafx.scene.control.TextInputControl)) continue;
                javafx.scene.control.Control c = (javafx.scene.control.Control) n;
                controls++;
                String name = c.getAccessibleText() != null ? c.getAccessibleText()
                        : c instanceof javafx.scene.control.Labeled lb ? lb.getText() : null;
                assertThat(name).as(c.getId() + " name in " + l).isNotBlank();
                assertThat(c.getAccessibleHelp()).as(c.getId() + " help in " + l).isNotBlank();
                assertThat(c.isFocusTraversable()).as(c.getId()).isTrue();
                if (Tr.isChinese(l)) {
                    assertThat(name + c.getAccessibleHelp()).as(c.getId() + " in Chinese")
                            .matches(t -> t.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN));
                }
            }
            assertThat(controls).isGreaterThanOrEqualTo(9);
        }
    }
}
