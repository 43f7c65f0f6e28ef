package org.silkroadatlas.map.tiles;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Draws 256 px Web Mercator tiles of land, sea and borders from the bundled Natural Earth outlines.
 *
 * <p>Java2D into an {@code INT_ARGB_PRE} buffer, then one {@code setPixels} into a
 * {@link WritableImage}: both are safe off the FX thread, and premultiplied ints are the format
 * Prism uploads without converting. Each tile asks the spatial index for the rings it overlaps,
 * so a zoom 10 tile draws a handful of outlines, not the world.
 */
public final class OfflineTileRenderer {
    public static final int TILE = 256;
    /** From this zoom on the 1:50m outlines are used; below it 1:110m is as fine as the pixels. */
    public static final int DETAIL_FROM_ZOOM = 4;

    private final WorldShapes coarse;
    private final WorldShapes detailed;
    private final TileStyle style;

    /** Either basemap may be null (missing file); the other stands in, or the tile is sea only. */
    public OfflineTileRenderer(WorldShapes coarse, WorldShapes detailed, TileStyle style) {
        this.coarse = coarse != null ? coarse : detailed;
        this.detailed = detailed != null ? detailed : coarse;
        this.style = style;
    }

    public TileStyle style() { return style; }

    /** The shapes used at a zoom level. */
    public WorldShapes shapesFor(int zoom) { return zoom >= DETAIL_FROM_ZOOM ? detailed : coarse; }

    public Image render(int zoom, long i, long j) {
        int[] px = renderPixels(zoom, i, j);
        WritableImage img = new WritableImage(TILE, TILE);
        img.getPixelWriter().setPixels(0, 0, TILE, TILE, PixelFormat.getIntArgbPreInstance(), px, 0, TILE);
        return img;
    }

    /** The tile as premultiplied ARGB ints, row by row. */
    public int[] renderPixels(int zoom, long i, long j) {
        BufferedImage img = new BufferedImage(TILE, TILE, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(new Color(style.sea(), true));
            g.fillRect(0, 0, TILE, TILE);
            WorldShapes shapes = shapesFor(zoom);
            long n = 1L << zoom;
            if (shapes != null && j >= 0 && j < n) {
                draw(g, shapes, zoom, Math.floorMod(i, n), j);
            }
        } finally {
            g.dispose();
        }
        return ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
    }

    private void draw(Graphics2D g, WorldShapes shapes, int zoom, long i, long j) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double scale = TILE * Math.pow(2, zoom);
        double offX = i * TILE, offY = j * TILE;
        double margin = 2 / scale;
        int[] rings = shapes.ringsIn(i * TILE / scale - margin, j * TILE / scale - margin,
                (i + 1) * TILE / scale + margin, (j + 1) * TILE / scale + margin);
        if (rings.length == 0) return;
        // A quarter pixel of detail is below what anti-aliasing can show.
        double tolerance = 0.25 / scale;

        // One path per country with even-odd winding, so enclaves and lakes cut through.
        Path2D.Double all = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        Path2D.Double country = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        int current = -1;
        g.setColor(new Color(style.land(), true));
        for (int r : rings) {
            int c = shapes.ringCountry(r);
            if (c != current) {
                if (current >= 0) g.fill(country);
                country.reset();
                current = c;
            }
            double[] pts = WorldShapes.simplify(shapes.ring(r), tolerance);
            if (pts == null) pts = shapes.ring(r);
            appendRing(country, pts, scale, offX, offY);
            appendRing(all, pts, scale, offX, offY);
        }
        if (current >= 0) g.fill(country);

        float width = zoom <= 2 ? 0.5f : zoom <= 5 ? 0.75f : 1.0f;
        g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(new Color(style.border(), true));
        g.draw(all);
    }

    private static void appendRing(Path2D.Double p, double[] pts, double scale, double offX, double offY) {
        p.moveTo(pts[0] * scale - offX, pts[1] * scale - offY);
        for (int m = 2; m < pts.length; m += 2) p.lineTo(pts[m] * scale - offX, pts[m + 1] * scale - offY);
        p.closePath();
    }
}
