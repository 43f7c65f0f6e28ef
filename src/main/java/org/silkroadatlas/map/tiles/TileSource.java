package org.silkroadatlas.map.tiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.logging.Logger;
import org.silkroadatlas.data.BasemapLoader;
import org.silkroadatlas.model.Basemap;
import org.silkroadatlas.text.Tr;

/**
 * The settings of the map tiles, held statically because Gluon Maps creates its tile retriever
 * through the ServiceLoader, once, with no way to hand it anything.
 *
 * <p>The shell sets the basemaps (or lets them load lazily from {@code atlas.data.dir}), the
 * theme's {@link TileStyle}, and whether OpenStreetMap tiles are wanted ({@link #setOnline},
 * off by default). When online, the shell must show {@link #attribution()} on screen. Changing
 * a setting affects tiles requested from then on; tiles a MapView already holds stay until it
 * drops them, so the shell rebuilds the map (or the window) after a change.
 */
public final class TileSource {
    private static final Logger LOG = Logger.getLogger(TileSource.class.getName());
    private static final Tr TR = Tr.of(TileSource.class);

    /** Required by the OpenStreetMap tile usage policy wherever its tiles show. */
    public static final String OSM_ATTRIBUTION = "\u00a9 OpenStreetMap contributors";
    /** The credit and border note for the bundled basemap (DESIGN.md: say once how borders are drawn). */
    public static final String OFFLINE_ATTRIBUTION =
            "Borders: Natural Earth, de facto control (Crimea: UN view); not an official map";
    public static final String USER_AGENT = "SilkRoadAtlas/0.1 (dsr-explorer desktop map; Java "
            + System.getProperty("java.version") + ")";

    private static volatile boolean online;
    private static volatile TileStyle style = TileStyle.LIGHT;
    private static volatile Basemap coarse;
    private static volatile Basemap detailed;
    private static volatile OfflineTileRenderer renderer;
    private static volatile Path cacheDir;

    private TileSource() { }

    /** OpenStreetMap tiles instead of the offline basemap; off by default. */
    public static void setOnline(boolean on) {
        online = on;
        if (on && System.getProperty("http.agent") == null) System.setProperty("http.agent", USER_AGENT);
    }

    public static boolean isOnline() { return online; }

    /** What the shell must show on the map for the current source. */
    public static String attribution() { return online ? OSM_ATTRIBUTION : OFFLINE_ATTRIBUTION; }

    /** The same in the reader's language; the English forms above stay for exports and the command line. */
    public static String attribution(Locale locale) {
        return online ? osmAttribution(locale) : offlineAttribution(locale);
    }

    public static String osmAttribution(Locale locale) { return TR.get(locale, "attribution.osm"); }

    public static String offlineAttribution(Locale locale) { return TR.get(locale, "attribution.offline"); }

    /** The basemaps to draw (1:110m, 1:50m); either may be null. Replaces a lazily loaded pair. */
    public static synchronized void setBasemaps(Basemap coarseScale, Basemap detailedScale) {
        coarse = coarseScale;
        detailed = detailedScale;
        renderer = null;
    }

    public static synchronized void setStyle(TileStyle s) {
        if (s.equals(style)) return;
        style = java.util.Objects.requireNonNull(s, "style");
        renderer = null;
        AtlasTileRetriever.redrawLiveTiles();
    }

    public static TileStyle style() { return style; }

    /** The folder of the OpenStreetMap disk cache; by default under the user's cache folder. */
    public static Path cacheDir() {
        Path p = cacheDir;
        if (p != null) return p;
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("silkroadatlas").resolve("tiles").resolve("osm");
    }

    public static void setCacheDir(Path dir) { cacheDir = dir; }

    /** The renderer for the current basemaps and style; loads the basemaps on first use if none were set. */
    static OfflineTileRenderer renderer() {
        OfflineTileRenderer r = renderer;
        if (r != null) return r;
        synchronized (TileSource.class) {
            if (renderer == null) {
                if (coarse == null && detailed == null) loadDefaults();
                renderer = new OfflineTileRenderer(coarse == null ? null : WorldShapes.of(coarse),
                        detailed == null ? null : WorldShapes.of(detailed), style);
            }
            return renderer;
        }
    }

    /**
     * Projects basemaps for the tile renderer ahead of their use. The pack loader calls this off the
     * FX thread, so the first tiles of a newly opened pack do not project the world on it (issue 8).
     */
    public static void prepare(Basemap... basemaps) {
        for (Basemap b : basemaps) {
            if (b != null) WorldShapes.of(b);
        }
    }

    private static void loadDefaults() {
        Path pack = Path.of(System.getProperty("atlas.data.dir", "data"));
        coarse = tryLoad(pack, "110m");
        detailed = tryLoad(pack, "50m");
    }

    private static Basemap tryLoad(Path pack, String scale) {
        try {
            return BasemapLoader.load(pack, scale);
        } catch (IOException | RuntimeException e) {
            LOG.warning("basemap " + scale + " not loaded, the map shows sea only at that scale: " + e.getMessage());
            return null;
        }
    }
}
