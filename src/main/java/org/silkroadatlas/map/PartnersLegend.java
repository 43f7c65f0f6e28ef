package org.silkroadatlas.map;

import java.util.Objects;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.silkroadatlas.state.ExplorerState;

/**
 * The key to the partners layer. It computes the same {@link PartnerLooks} from the same state
 * and paints its swatches with the same painter, so what it shows is what the map draws; it
 * follows the year, the organisation filter and indicator mode, and hides with the layer.
 * Place it over the map (for example bottom left of a StackPane): {@code new PartnersLegend(state)}.
 */
public class PartnersLegend extends VBox {
    static final double SWATCH_W = 26;
    static final double SWATCH_H = 14;

    private final ExplorerState state;
    private final Label title = new Label();
    private final Label note = new Label();
    private final VBox entries = new VBox(3);
    private PartnerLooks shown;
    private final InvalidationListener onChange = o -> update();

    public PartnersLegend(ExplorerState state) {
        this.state = Objects.requireNonNull(state, "state");
        getStyleClass().add("partners-legend");
        getStylesheets().add(MapStyles.stylesheet());
        setId("partners-legend");
        title.getStyleClass().add("legend-title");
        note.getStyleClass().add("legend-note");
        note.setWrapText(true);
        note.setMaxWidth(220);
        getChildren().addAll(title, entries, note);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setPickOnBounds(true);

        WeakInvalidationListener weak = new WeakInvalidationListener(onChange);
        state.datasetProperty().addListener(weak);
        state.yearProperty().addListener(weak);
        state.filtersProperty().addListener(weak);
        state.indicatorProperty().addListener(weak);
        state.mapColouredByIndicatorProperty().addListener(weak);
        state.localeProperty().addListener(weak);
        update();
    }

    /** The looks the legend shows now. */
    public PartnerLooks shown() { return shown; }

    /** The theme's colours changed: the swatches are canvases, drawn again with the new ones. */
    void restyle() { update(); }

    private void update() {
        shown = PartnerLooks.compute(state.getDataset(), state.getYear(), state.getFilters(),
                state.isMapColouredByIndicator(), state.getIndicator(), state.getLocale());
        boolean visible = state.getFilters().partnersVisible();
        setVisible(visible);
        setManaged(visible);
        title.setText(shown.title());
        note.setText(shown.note());
        entries.getChildren().clear();
        for (PartnerLooks.LegendEntry e : shown.legend()) {
            Canvas swatch = new Canvas(SWATCH_W, SWATCH_H);
            PartnerPainter.swatch(swatch.getGraphicsContext2D(), e.look(), 0, 0, SWATCH_W, SWATCH_H);
            Label label = new Label(e.label());
            HBox row = new HBox(swatch, label);
            row.getStyleClass().add("legend-entry");
            entries.getChildren().add(row);
        }
    }
}
