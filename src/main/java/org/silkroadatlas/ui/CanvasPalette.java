package org.silkroadatlas.ui;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.layout.Background;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * Colours for Canvas drawing taken from the style sheet: each name is a zero-size region whose
 * background the CSS sets from a looked-up colour (-atlas-accent, ...), so a theme change restyles
 * the canvas as it does every other node.
 */
public final class CanvasPalette {
    private final Map<String, Region> swatches = new HashMap<>();

    public CanvasPalette(Pane host, String... names) {
        for (String n : names) {
            Region r = new Region();
            r.getStyleClass().addAll("swatch", "swatch-" + n);
            r.setManaged(false);
            r.setMouseTransparent(true);
            r.resize(0, 0);
            host.getChildren().add(r);
            swatches.put(n, r);
        }
    }

    public Color color(String name, Color fallback) {
        Region r = swatches.get(name);
        if (r == null) return fallback;
        Background bg = r.getBackground();
        if (bg == null || bg.getFills().isEmpty()) return fallback;
        Paint p = bg.getFills().get(0).getFill();
        return p instanceof Color c ? c : fallback;
    }
}
