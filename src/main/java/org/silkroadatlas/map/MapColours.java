package org.silkroadatlas.map;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.paint.Color;
import org.silkroadatlas.map.tiles.TileStyle;
import org.silkroadatlas.model.CableKind;
import org.silkroadatlas.ui.CanvasPalette;

/**
 * The colours the map's canvases paint with, read from the theme's looked-up colours
 * ({@code -atlas-sea}, {@code -atlas-sco}, ... in {@code shell/atlas.css}) through swatches of a
 * {@link CanvasPalette}, so the light and dark themes and the presenter palette reach the
 * canvases as they reach every node styled by CSS.
 *
 * <p>One set is current for the whole application: the theme is application-wide (the user agent
 * style sheet is), and the painters are shared by the layers and the legends, which may sit in
 * other scenes (slides, legend cards). {@link #LIGHT} holds the light theme's values: it is what
 * a map outside a themed scene uses.
 */
public final class MapColours {
    /** Swatch names; the CSS colour of each is {@code -atlas-<name>}. */
    static final List<String> NAMES = List.of(
            "sea", "land", "border-line", "sco", "sco-partner", "sco-observer", "asean", "china",
            "selection", "hover", "no-data", "ramp-1", "ramp-2", "ramp-3", "ramp-4", "ramp-5",
            "submarine", "terrestrial", "zone", "hub", "cluster", "cluster-text", "batch-unknown",
            "batch-1", "batch-2", "batch-3", "batch-4", "batch-5", "batch-6", "batch-7", "batch-8",
            "label", "label-halo", "dot-fill", "marker-edge", "route-halo");
    static final int BATCHES = 8;

    public static final MapColours LIGHT = new MapColours(lightValues());

    private static volatile MapColours current = LIGHT;

    private final Map<String, Color> colours;

    private MapColours(Map<String, Color> colours) {
        this.colours = Collections.unmodifiableMap(colours);
    }

    public static MapColours current() { return current; }

    /** Makes {@code colours} the set every painter uses from now on. */
    static void use(MapColours colours) { current = colours; }

    /** The colours the swatches hold now; a name the CSS leaves unset keeps its light value. */
    static MapColours read(CanvasPalette swatches) {
        Map<String, Color> m = new LinkedHashMap<>();
        for (String n : NAMES) m.put(n, swatches.color(n, LIGHT.get(n)));
        return new MapColours(m);
    }

    @Override public boolean equals(Object o) {
        return o instanceof MapColours other && colours.equals(other.colours);
    }

    @Override public int hashCode() { return colours.hashCode(); }

    public Color get(String name) {
        Color c = colours.get(name);
        if (c == null) throw new IllegalArgumentException("no map colour " + name);
        return c;
    }

    public Color sea() { return get("sea"); }
    public Color land() { return get("land"); }
    public Color borderLine() { return get("border-line"); }
    public Color scoMember() { return get("sco"); }
    public Color scoPartner() { return get("sco-partner"); }
    public Color scoObserver() { return get("sco-observer"); }
    public Color asean() { return get("asean"); }
    public Color china() { return get("china"); }
    public Color selection() { return get("selection"); }
    public Color hover() { return get("hover"); }
    public Color noData() { return get("no-data"); }
    public Color submarine() { return get("submarine"); }
    public Color terrestrial() { return get("terrestrial"); }
    public Color specialZone() { return get("zone"); }
    public Color hub() { return get("hub"); }
    public Color cluster() { return get("cluster"); }
    public Color clusterText() { return get("cluster-text"); }
    public Color label() { return get("label"); }
    public Color labelHalo() { return get("label-halo"); }
    /** Inside a landing-point ring. */
    public Color dotFill() { return get("dot-fill"); }
    /** The thin ring that lifts a marker, a cluster or a selected country off the ground. */
    public Color markerEdge() { return get("marker-edge"); }
    /** The soft band under a schematic submarine route. */
    public Color routeHalo() { return get("route-halo"); }

    /** Indicator classes, 0 (lowest) to 4. */
    public Color ramp(int k) { return get("ramp-" + (k + 1)); }

    public static int rampLength() { return 5; }

    public Color cable(CableKind kind) {
        return kind == CableKind.TERRESTRIAL ? terrestrial() : submarine();
    }

    /** Batches past the last colour reuse it; an unknown batch is grey. */
    public Color batch(Integer batch) {
        if (batch == null || batch < 1) return get("batch-unknown");
        return get("batch-" + Math.min(batch, BATCHES));
    }

    /** The offline basemap's colours for these land, sea and border colours. */
    TileStyle tileStyle() {
        return new TileStyle(argb(sea()), argb(land()), argb(borderLine()));
    }

    private static int argb(Color c) {
        return ((int) Math.round(c.getOpacity() * 255) << 24) | ((int) Math.round(c.getRed() * 255) << 16)
                | ((int) Math.round(c.getGreen() * 255) << 8) | (int) Math.round(c.getBlue() * 255);
    }

    private static Map<String, Color> lightValues() {
        Map<String, Color> m = new LinkedHashMap<>();
        MapStyles.CSS_VARIABLES.forEach((k, v) -> m.put(k.substring("-atlas-".length()), v));
        m.put("submarine", MapPalette.SUBMARINE);
        m.put("terrestrial", MapPalette.TERRESTRIAL);
        m.put("zone", MapPalette.SPECIAL_ZONE);
        m.put("hub", MapPalette.HUB);
        m.put("cluster", MapPalette.CLUSTER);
        m.put("cluster-text", Color.WHITE);
        m.put("batch-unknown", MapPalette.BATCH_UNKNOWN);
        for (int b = 1; b <= BATCHES; b++) m.put("batch-" + b, MapPalette.batch(b));
        m.put("label", MapPalette.LABEL);
        m.put("label-halo", MapPalette.LABEL_HALO);
        m.put("dot-fill", MapPalette.DOT_FILL);
        m.put("marker-edge", Color.WHITE);
        m.put("route-halo", Color.web("#ffffff", 0.6));
        if (!m.keySet().containsAll(NAMES) || m.size() != NAMES.size()) {
            throw new IllegalStateException("light map colours and names differ: " + m.keySet());
        }
        return m;
    }
}
