package org.silkroadatlas.about;

import java.util.Locale;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.silkroadatlas.model.Dataset;

/**
 * The About box: selectable, scrollable text in a dialog that Escape or Enter closes.
 * The text area is read-only but focusable, so a keyboard reader can scroll and copy it.
 */
public final class AboutDialog {
    private AboutDialog() { }

    public static Alert create(Window owner, Locale locale, Dataset d, boolean onlineTiles) {
        TextArea text = new TextArea(AboutText.body(locale, d, onlineTiles));
        text.setId("about-text");
        text.setEditable(false);
        text.setWrapText(true);
        text.getStyleClass().add("about-text");
        text.setPrefSize(760, 460);
        text.setAccessibleText(AboutText.header(locale));
        Alert a = new Alert(Alert.AlertType.INFORMATION, null, ButtonType.CLOSE);
        a.setTitle(AboutText.title(locale));
        a.setHeaderText(AboutText.header(locale));
        a.getDialogPane().setContent(text);
        a.getDialogPane().setId("about-dialog");
        a.setResizable(true);
        if (owner != null) a.initOwner(owner);
        return a;
    }
}
