package org.silkroadatlas.map;

import java.net.URL;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.paint.Color;
import org.silkroadatlas.map.tiles.TileStyle;

/**
 * The map's palette, once: each colour is a constant the canvases paint with and a looked-up
 * colour of {@code map.css} ({@link #CSS_VARIABLES}) for anything styled by CSS. The values are
 * those of the app theme ({@code shell/atlas.css}); a test keeps the three identical. Colours are from the Okabe-Ito set, distinguishable with the common forms of
 * colour blindness; ASEAN is marked by hatching and outline rather than by hue alone, so a country
 * in both organisations shows both.
 */
public final class MapStyles {
    private MapStyles() { }

    public static final Color SEA = argb(TileStyle.LIGHT.sea());
    public static final Color LAND = argb(TileStyle.LIGHT.land());
    public static final Color BORDER = argb(TileStyle.LIGHT.border());

    public static final Color SCO_MEMBER = Color.web("#0072b2");
    /**
     * SCO partners and dialogue partners share a colour: in 2024 the SCO folded dialogue partners
     * into the new "partner" standing, so they are one rank seen before and after. The tooltip
     * names the exact standing.
     */
    public static final Color SCO_PARTNER = Color.web("#56b4e9");
    public static final Color SCO_DIALOGUE_PARTNER = SCO_PARTNER;
    public static final Color SCO_OBSERVER = Color.web("#b5d7ea");
    public static final Color ASEAN = Color.web("#00695c");
    public static final Color CHINA = Color.web("#c0392b");
    public static final Color SELECTION = Color.web("#c24e00");
    public static final Color HOVER = Color.web("#333333");
    public static final Color NO_DATA = Color.web("#9e9e9e");
    /** Five steps of viridis: ordered light to dark for lay readers, safe for colour blindness. */
    public static final Color[] RAMP = {
        Color.web("#fde725"), Color.web("#5ec962"), Color.web("#21918c"), Color.web("#3b528b"), Color.web("#440154")
    };
    /** How much of the land shows through a partner fill (borders stay readable under it). */
    public static final double FILL_OPACITY = 0.8;

    /** Looked-up colour name to value, as in {@code map.css}. */
    public static final Map<String, Color> CSS_VARIABLES = variables();

    private static Map<String, Color> variables() {
        Map<String, Color> m = new LinkedHashMap<>();
        m.put("-atlas-sea", SEA);
        m.put("-atlas-land", LAND);
        m.put("-atlas-border-line", BORDER);
        m.put("-atlas-sco", SCO_MEMBER);
        m.put("-atlas-sco-partner", SCO_PARTNER);
        m.put("-atlas-sco-observer", SCO_OBSERVER);
        m.put("-atlas-asean", ASEAN);
        m.put("-atlas-china", CHINA);
        m.put("-atlas-selection", SELECTION);
        m.put("-atlas-hover", HOVER);
        m.put("-atlas-no-data", NO_DATA);
        for (int k = 0; k < RAMP.length; k++) m.put("-atlas-ramp-" + (k + 1), RAMP[k]);
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The stylesheet with these colours and the legend and tooltip styles. */
    public static String stylesheet() {
        URL url = MapStyles.class.getResource("map.css");
        if (url == null) throw new IllegalStateException("map.css missing from the classpath");
        return url.toExternalForm();
    }

    static Color argb(int v) {
        return Color.rgb((v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF, ((v >>> 24) & 0xFF) / 255.0);
    }

    /** "#rrggbb" for a colour, as CSS writes it. */
    public static String hex(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }
}
