package org.silkroadatlas.search;

import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.silkroadatlas.state.ExplorerState;
import org.silkroadatlas.text.Tr;

/**
 * One box over countries, cables, zones and events. Typing lists matches under the box; Down and
 * Up move through them, Enter chooses (selects the entity and asks the map to fly to it), Esc
 * closes the list. Choosing calls {@code onChoose} so the shell can also fly the map.
 */
public final class SearchBox extends TextField {
    private static final Tr TR = Tr.of(SearchBox.class);
    private static final int MAX_RESULTS = 12;

    private final ExplorerState state;
    private final ContextMenu popup = new ContextMenu();
    // Made at the first search, not with the window: indexing every name costs start-up time for a box that may never be used.
    private SearchIndex index;
    private List<SearchHit> hits = List.of();
    private final Consumer<String> onChoose;

    public SearchBox(ExplorerState state, Consumer<String> onChoose) {
        this.state = state;
        this.onChoose = onChoose;
        setId("search");
        getStyleClass().add("search-box");
        promptTextProperty().bind(TR.bind(state.localeProperty(), "search.prompt"));
        accessibleTextProperty().bind(TR.bind(state.localeProperty(), "search.a11y"));
        accessibleHelpProperty().bind(TR.bind(state.localeProperty(), "search.help"));
        setPrefColumnCount(28);
        popup.getStyleClass().add("search-popup");
        popup.setAutoHide(true);
        state.datasetProperty().subscribe(d -> index = null);
        textProperty().addListener((obs, o, n) -> refresh());
        // Open results are relabelled in the new language; the typed text stays.
        state.localeProperty().addListener(o -> { if (!getText().isEmpty()) refresh(); });
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        focusedProperty().addListener((obs, o, f) -> { if (!f) Platform.runLater(() -> { if (!isFocused()) popup.hide(); }); });
    }

    private SearchIndex index() {
        if (index == null) index = new SearchIndex(state.getDataset());
        return index;
    }

    /** The current results, best first (for tests and for the keyboard). */
    public List<SearchHit> hits() { return hits; }

    public boolean isPopupShowing() { return popup.isShowing(); }

    /** The result list's items as shown (for tests). */
    List<javafx.scene.control.MenuItem> popupItems() { return List.copyOf(popup.getItems()); }

    private void refresh() {
        hits = index().search(getText(), MAX_RESULTS, state.getLocale());
        popup.getItems().clear();
        for (int i = 0; i < hits.size(); i++) {
            SearchHit h = hits.get(i);
            Label title = new Label(h.label());
            title.getStyleClass().add("search-hit-title");
            Label sub = new Label(kindName(h) + (h.secondary().isEmpty() ? "" : "  ·  " + h.secondary()));
            sub.getStyleClass().add("search-hit-sub");
            VBox box = new VBox(1, title, sub);
            box.setPrefWidth(Math.max(320, getWidth()));
            CustomMenuItem item = new CustomMenuItem(box, true);
            item.setId("search-hit-" + i);
            item.setOnAction(e -> choose(h));
            popup.getItems().add(item);
        }
        if (hits.isEmpty() || getScene() == null || getScene().getWindow() == null) {
            popup.hide();
        } else if (!popup.isShowing()) {
            popup.show(this, Side.BOTTOM, 0, 2);
        }
    }

    private String kindName(SearchHit h) {
        return TR.get(state.getLocale(), "kind." + h.kind().name().toLowerCase(java.util.Locale.ROOT));
    }

    private void onKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE) {
            popup.hide();
            if (!getText().isEmpty()) clear();
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER) {
            if (!hits.isEmpty()) choose(hits.get(0));
            e.consume();
        } else if (e.getCode() == KeyCode.DOWN && popup.isShowing() && popup.getSkin() != null) {
            // Hand the keyboard to the list so Up/Down/Enter work there.
            popup.getSkin().getNode().requestFocus();
        }
    }

    /** Selects the hit and lets the shell fly the map there. */
    public void choose(SearchHit h) {
        popup.hide();
        state.select(h.id());
        if (onChoose != null) onChoose.accept(h.id());
        clear();
    }
}
