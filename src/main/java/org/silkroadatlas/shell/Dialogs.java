package org.silkroadatlas.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.stage.Stage;

/** The shortcut sheet (F1); the About box is {@code about.AboutDialog}. */
final class Dialogs {
    private static final org.silkroadatlas.text.Tr TR = org.silkroadatlas.text.Tr.of(Dialogs.class);
    private Dialogs() { }

    record Shortcut(String action, String keys) { }

    /**
     * Every menu item with its accelerator, read from the menus (submenus too) so the sheet can never
     * go stale, in the language the menus show; then the keys that belong to no menu.
     */
    static List<Shortcut> shortcuts(Node root, Locale locale) {
        List<Shortcut> out = new ArrayList<>();
        if (root != null) {
            MenuBar bar = (MenuBar) root.lookup("#menu-bar");
            if (bar != null) for (Menu m : bar.getMenus()) collect(m, plain(m.getText()), out);
        }
        out.add(row(locale, "shortcuts.menus", null, "shortcuts.menus.keys"));
        out.add(row(locale, "shortcuts.controls", "shortcuts.controls.move", "shortcuts.controls.move.keys"));
        out.add(row(locale, "shortcuts.map", "shortcuts.map.pan", "shortcuts.map.pan.keys"));
        out.add(row(locale, "shortcuts.map", "shortcuts.map.zoom", "shortcuts.map.zoom.keys"));
        out.add(row(locale, "shortcuts.search", "shortcuts.search.move", "shortcuts.search.move.keys"));
        out.add(row(locale, "shortcuts.timeline", "shortcuts.timeline.year", "shortcuts.timeline.year.keys"));
        out.add(row(locale, "shortcuts.timeline", "shortcuts.timeline.mark", "shortcuts.timeline.mark.keys"));
        out.add(row(locale, "shortcuts.timeline", "shortcuts.timeline.play", "shortcuts.timeline.play.keys"));
        out.add(row(locale, "shortcuts.figures", "shortcuts.figures.copy", "shortcuts.figures.copy.keys"));
        out.add(row(locale, "shortcuts.presenter", "shortcuts.presenter.next", "shortcuts.presenter.next.keys"));
        out.add(row(locale, "shortcuts.presenter", "shortcuts.presenter.previous", "shortcuts.presenter.previous.keys"));
        out.add(row(locale, "shortcuts.presenter", "shortcuts.presenter.ends", "shortcuts.presenter.ends.keys"));
        out.add(row(locale, "shortcuts.presenter", "shortcuts.presenter.exit", "shortcuts.presenter.exit.keys"));
        return out;
    }

    /** English, as the tests and the default window read it. */
    static List<Shortcut> shortcuts(Node root) {
        return shortcuts(root, org.silkroadatlas.text.Tr.ENGLISH);
    }

    private static void collect(Menu menu, String path, List<Shortcut> out) {
        for (MenuItem i : menu.getItems()) {
            if (i instanceof Menu sub) {
                collect(sub, path + " › " + plain(sub.getText()), out);
            } else if (i.getText() != null && i.getAccelerator() != null) {
                out.add(new Shortcut(path + " › " + plain(i.getText()), i.getAccelerator().getDisplayText()));
            }
        }
    }

    /** A menu text without its mnemonic marker: "_File" → "File", "文件(_F)" → "文件". */
    static String plain(String text) {
        if (text == null) return "";
        return text.replaceAll("\\(_.\\)$", "").replace("_", "");
    }

    private static Shortcut row(Locale locale, String groupKey, String actionKey, String keysKey) {
        String action = TR.get(locale, groupKey) + (actionKey == null ? "" : " › " + TR.get(locale, actionKey));
        return new Shortcut(action, TR.get(locale, keysKey));
    }

    static Alert shortcuts(Stage owner, Node root, Locale locale) {
        TableView<Shortcut> table = new TableView<>();
        table.setId("shortcut-table");
        TableColumn<Shortcut, String> action = new TableColumn<>(TR.get(locale, "shortcuts.action"));
        action.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().action()));
        action.setPrefWidth(330);
        TableColumn<Shortcut, String> keys = new TableColumn<>(TR.get(locale, "shortcuts.keys"));
        keys.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().keys()));
        keys.setPrefWidth(220);
        table.getColumns().add(action);
        table.getColumns().add(keys);
        table.getItems().setAll(shortcuts(root, locale));
        table.setPrefSize(580, 460);
        table.setAccessibleText(TR.get(locale, "shortcuts.title"));
        Alert a = new Alert(Alert.AlertType.INFORMATION, null, ButtonType.CLOSE);
        a.setTitle(TR.get(locale, "shortcuts.title"));
        a.setHeaderText(TR.get(locale, "shortcuts.title"));
        a.getDialogPane().setContent(table);
        a.initOwner(owner);
        return a;
    }
}
