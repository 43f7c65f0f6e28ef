package org.silkroadatlas.shell;

import java.util.ArrayList;
import java.util.List;
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
    private Dialogs() { }

    record Shortcut(String action, String keys) { }

    /** Every menu item with its accelerator, read from the menus so the sheet can never go stale. */
    static List<Shortcut> shortcuts(Node root) {
        List<Shortcut> out = new ArrayList<>();
        if (root != null) {
            MenuBar bar = (MenuBar) root.lookup("#menu-bar");
            if (bar != null) for (Menu m : bar.getMenus()) for (MenuItem i : m.getItems()) {
                if (i.getText() != null && i.getAccelerator() != null) {
                    out.add(new Shortcut(m.getText().replace("_", "") + " › " + i.getText(), i.getAccelerator().getDisplayText()));
                }
            }
        }
        out.add(new Shortcut("Map › Pan", "Arrow keys (map focused)"));
        out.add(new Shortcut("Map › Zoom in / out", "+ / − (map focused)"));
        out.add(new Shortcut("Search › Move through results / choose", "Down, Up / Enter"));
        return out;
    }

    static Alert shortcuts(Stage owner, Node root) {
        TableView<Shortcut> table = new TableView<>();
        table.setId("shortcut-table");
        TableColumn<Shortcut, String> action = new TableColumn<>("Action");
        action.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().action()));
        action.setPrefWidth(330);
        TableColumn<Shortcut, String> keys = new TableColumn<>("Keys");
        keys.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().keys()));
        keys.setPrefWidth(200);
        table.getColumns().add(action);
        table.getColumns().add(keys);
        table.getItems().setAll(shortcuts(root));
        table.setPrefSize(560, 440);
        Alert a = new Alert(Alert.AlertType.INFORMATION, null, ButtonType.CLOSE);
        a.setTitle("Keyboard shortcuts");
        a.setHeaderText("Keyboard shortcuts");
        a.getDialogPane().setContent(table);
        a.initOwner(owner);
        return a;
    }
}
