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
    void noTwoMenuItemsShareAnAccelerator() {
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
    }

    @Test
    void everyMenuItemHasAnAcceleratorOrAMnemonicPathInBothLanguages(FxRobot robot) {
        for (java.util.Locale l : Tr.LANGUAGES) {
            robot.interact(() -> w.state().setLocale(l));
            List<String> unreachable = new ArrayList<>();
            leaves().forEach((item, path) -> {
                boolean menusHaveMnemonics = path.stream().allMatch(MenuShortcutsTest::hasMnemonic);
                if (item.getAccelerator() == null && !menusHaveMnemonics) unreachable.add(item.getText());
                if (item.getText() == null || item.getText().isBlank()) unreachable.add("(no text) " + item.getId());
            });
            assertThat(unreachable).as("menu items out of keyboard reach in " + l).isEmpty();
            // Top-level mnemonics differ, so Alt+letter opens one menu only.
            assertThat(w.window().menuBar().getMenus().stream()
                    .map(m -> m.getText().replaceAll(".*_(\\p{Alnum}).*", "$1").toUpperCase()).distinct().count())
                    .isEqualTo(w.window().menuBar().getMenus().size());
        }
    }

    @Test
    void theShortcutSheetListsEveryAcceleratorOfTheMenus(FxRobot robot) throws Exception {
        List<Dialogs.Shortcut> sheet = WaitForAsyncUtils.asyncFx(() -> Dialogs.shortcuts(w.window(), Tr.ENGLISH)).get();
        List<String> keys = sheet.stream().map(Dialogs.Shortcut::keys).toList();
        for (MenuItem i : leaves().keySet()) {
            if (i.getAccelerator() != null) assertThat(keys).as(i.getText()).contains(i.getAccelerator().getDisplayText());
        }
        assertThat(sheet).extracting(Dialogs.Shortcut::action)
                .contains("View › Theme › Light", "View › Language › English", "File › Save briefing", "Presenting › Next scene");
    }

    @Test
    void toolbarControlsAreNamedForScreenReaders(FxRobot robot) {
        for (String id : List.of("#tool-back", "#tool-forward", "#tool-fit", "#tool-zoom-selection", "#tool-layers",
                "#tool-year-prev", "#tool-year-next", "#tool-present")) {
            javafx.scene.control.Control c = robot.lookup(id).queryAs(javafx.scene.control.Control.class);
            assertThat(c.getAccessibleText()).as(id).isNotBlank();
            assertThat(c.getAccessibleHelp()).as(id).isNotBlank();
            assertThat(c.getTooltip()).as(id).isNotNull();
            assertThat(c.isFocusTraversable()).as(id).isTrue();
        }
    }
}
