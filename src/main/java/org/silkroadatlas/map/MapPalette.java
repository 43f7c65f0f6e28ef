package org.silkroadatlas.map;

import javafx.scene.paint.Color;
import org.silkroadatlas.model.CableKind;
import org.silkroadatlas.model.ZoneKind;

/**
 * The colours of the cable and zone layers. The layers paint on canvases, which cannot look up
 * CSS colours, so the layers and {@link MapLegend} share these constants. They are the light
 * theme's values of the shell's {@code atlas.css} ({@code -atlas-submarine}, {@code -atlas-terrestrial},
 * {@code -atlas-selection}, {@code -atlas-zone}, {@code -atlas-hub}); change both together.
 */
public final class MapPalette {
    public static final Color SUBMARINE = Color.web("#0b5d8c");
    public static final Color TERRESTRIAL = Color.web("#5b3a00");
    public static final Color ACCENT = Color.web("#c24e00");
    public static final Color DOT_FILL = Color.WHITE;
    public static final Color OUTLINE = Color.web("#263238");
    public static final Color SPECIAL_ZONE = Color.web("#a8457f");
    public static final Color HUB = Color.web("#0e503c");
    public static final Color CLUSTER = Color.web("#3d2b56");
    public static final Color BATCH_UNKNOWN = Color.web("#9e9e9e");
    /** The basemap's sea (-atlas-sea), behind legend samples that are drawn for the sea. */
    public static final Color SEA_SAMPLE = Color.web("#c9dbe6");
    public static final Color LABEL = Color.web("#1b1b1b");
    public static final Color LABEL_HALO = Color.web("#ffffff", 0.85);

    /**
     * One colour per CBEC batch, dark (early) to light (late), from the viridis ramp so the
     * order reads without a key and survives colour-blindness. Batches past the ramp reuse its end.
     */
    private static final Color[] BATCHES = {
        Color.web("#2d0a3e"), Color.web("#46327e"), Color.web("#365c8d"), Color.web("#277f8e"),
        Color.web("#1fa187"), Color.web("#4ac16d"), Color.web("#a0da39"), Color.web("#fde725"),
    };

    private MapPalette() { }

    public static Color cable(CableKind kind) {
        return kind == CableKind.TERRESTRIAL ? TERRESTRIAL : SUBMARINE;
    }

    public static Color batch(Integer batch) {
        if (batch == null || batch < 1) return BATCH_UNKNOWN;
        return BATCHES[Math.min(batch, BATCHES.length) - 1];
    }

    /** What a zone marker looks like: pilot zones by batch, special zones, hubs. */
    public enum ZoneGroup {
        PILOT_ZONE("Cross-border e-commerce pilot zone"),
        SPECIAL_ZONE("Special zone (Silk Road e-commerce, information harbour, demonstration area, platform)"),
        HUB("Hub or data centre");

        private final String label;

        ZoneGroup(String label) { this.label = label; }

        public String label() { return label; }

        public static ZoneGroup of(ZoneKind kind) {
            return switch (kind) {
                case CBEC_PILOT_ZONE -> PILOT_ZONE;
                case DIGITAL_HUB, DATA_CENTRE, OVERSEAS_HUB -> HUB;
                case SILK_ROAD_ECOMMERCE_ZONE, INFORMATION_HARBOUR, DEMONSTRATION_AREA, COOPERATION_PLATFORM -> SPECIAL_ZONE;
            };
        }
    }
}
