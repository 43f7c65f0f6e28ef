package org.silkroadatlas.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javafx.application.Platform;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.layout.Background;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * Colours for Canvas drawing taken from the style sheet: each name is a zero-size region whose
 * background the CSS sets from a looked-up colour (-atlas-accent, ...), so a theme change restyles
 * the canvas as it does every other node.
 *
 * <p>A canvas does not know when CSS changes; {@link #onChange} tells it, once the new colours
 * are in the swatches (a theme switch or the presenter palette restyles many swatches in one CSS
 * pass, so the listeners run once, after that pass, not once per swatch).
 */
public final class CanvasPalette {
    private final Map<String, Region> swatches = new LinkedHashMap<>();
    private boolean pending;
    private Runnable listeners = () -> { };

    public CanvasPalette(Pane host, String... names) {
        this(host.getChildren(), names);
    }

    /** For hosts whose children list is not public (a Region subclass passes its own). */
    public CanvasPalette(ObservableList<Node> hostChildren, String... names) {
        for (String n : names) {
            Region r = new Region();
            r.getStyleClass().addAll("swatch", "swatch-" + n);
            r.setManaged(false);
            r.setMouseTransparent(true);
            r.resize(0, 0);
            r.backgroundProperty().addListener(o -> changed());
            hostChildren.add(r);
            swatches.put(n, r);
        }
    }

    public Set<String> names() { return swatches.keySet(); }

    public Color color(String name, Color fallback) {
        Region r = swatches.get(name);
        if (r == null) return fallback;
        Background bg = r.getBackground();
        if (bg == null || bg.getFills().isEmpty()) return fallback;
        Paint p = bg.getFills().get(0).getFill();
        return p instanceof Color c ? c : fallback;
    }

    /** Runs {@code action} on the FX thread after a CSS pass has changed any swatch colour. */
    public void onChange(Runnable action) {
        Runnable before = listeners;
        listeners = () -> {
            before.run();
            action.run();
        };
    }

    private void changed() {
        if (pending) return;
        pending = true;
        // After the pulse whose CSS pass changed the swatches, so all of them hold the new colours.
        Platform.runLater(() -> {
            pending = false;
            listeners.run();
        });
    }
}
