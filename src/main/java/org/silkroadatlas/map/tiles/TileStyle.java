package org.silkroadatlas.map.tiles;

/**
 * Colours of the offline basemap tiles as 0xAARRGGBB. The same values are the looked-up colours
 * {@code -atlas-sea}, {@code -atlas-land}, {@code -atlas-border-line} of the theme ({@code atlas.css}, {@code map.css}), so the tiles
 * and the views styled by CSS agree (a test checks it).
 */
public record TileStyle(int sea, int land, int border) {
    /** Muted land and sea, so the partner colours and cable lines drawn on top read first. */
    public static final TileStyle LIGHT = new TileStyle(0xFFC9DBE6, 0xFFE9E4D8, 0xFFA59F92);
    public static final TileStyle DARK = new TileStyle(0xFF1B2833, 0xFF3A3F45, 0xFF70757B);

    /** As a CSS colour ("#rrggbb"). */
    public static String css(int argb) { return String.format("#%06x", argb & 0xFFFFFF); }
}
