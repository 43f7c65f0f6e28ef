package org.silkroadatlas.present;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.silkroadatlas.state.SceneSnapshot;

/** The strip along the bottom of a presented scene: caption, year, and "n / N". */
final class CaptionBar extends VBox {
    private static final org.silkroadatlas.text.Tr TR = org.silkroadatlas.text.Tr.of(CaptionBar.class);
    private final Label caption = new Label();
    private final Label year = new Label();
    private final Label counter = new Label();
    private final Label warning = new Label();

    CaptionBar() {
        setId("presenter-caption");
        getStyleClass().add("presenter-caption");
        caption.setId("presenter-caption-text");
        caption.getStyleClass().add("presenter-caption-text");
        caption.setWrapText(true);
        year.getStyleClass().add("presenter-caption-year");
        counter.setId("presenter-counter");
        counter.getStyleClass().add("presenter-counter");
        warning.setId("presenter-warning");
        warning.getStyleClass().add("presenter-warning");
        warning.setWrapText(true);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox.setHgrow(caption, Priority.ALWAYS);
        caption.setMaxWidth(Double.MAX_VALUE);
        HBox line = new HBox(18, year, caption, gap, counter);
        line.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(line, warning);
        setMaxHeight(Region.USE_PREF_SIZE);
        setMouseTransparent(true);
    }

    void show(SceneSnapshot s, int index, int count, List<String> warnings, java.util.Locale locale) {
        caption.setText(s.caption());
        year.setText(TR.get(locale, "caption.year", s.year()));
        counter.setText((index + 1) + " / " + count);
        // A missing entity is said quietly rather than hidden: the caption may name what is not shown.
        warning.setText(String.join("; ", warnings));
        warning.setVisible(!warnings.isEmpty());
        warning.setManaged(!warnings.isEmpty());
    }

    String captionText() { return caption.getText(); }

    String counterText() { return counter.getText(); }
}
