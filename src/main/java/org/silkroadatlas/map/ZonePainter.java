package org.silkroadatlas.map;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.silkroadatlas.map.MapPalette.ZoneGroup;

/**
 * Zone markers, shared by {@link ZoneLayer} and {@link MapLegend}: pilot zones are circles in
 * their batch colour, special zones pink diamonds, hubs orange squares; a cluster is a purple disc
 * with its count.
 */
final class ZonePainter {
    static final double RADIUS = 5.5;
    private static final Font COUNT_FONT = Font.font("System", FontWeight.BOLD, 11);
    private static final Font LABEL_FONT = Font.font("System", 11);

    private ZonePainter() { }

    static Color fill(ZoneGroup group, Integer batch) {
        return switch (group) {
            case PILOT_ZONE -> MapColours.current().batch(batch);
            case SPECIAL_ZONE -> MapColours.current().specialZone();
            case HUB -> MapColours.current().hub();
        };
    }

    /** {@code emphasis} 0 normal, 1 hovered, 2 selected. */
    static void marker(GraphicsContext g, ZoneGroup group, Integer batch, double x, double y, int emphasis) {
        double r = RADIUS + (emphasis == 0 ? 0 : 1.5);
        if (emphasis == 2) {
            g.setFill(MapColours.current().selection());
            g.fillOval(x - r - 3.5, y - r - 3.5, 2 * r + 7, 2 * r + 7);
        }
        g.setFill(fill(group, batch));
        g.setStroke(emphasis == 1 ? MapColours.current().selection() : MapColours.current().markerEdge());
        g.setLineWidth(1.5);
        g.setLineDashes(null);
        switch (group) {
            case PILOT_ZONE -> {
                g.fillOval(x - r, y - r, 2 * r, 2 * r);
                g.strokeOval(x - r, y - r, 2 * r, 2 * r);
            }
            case SPECIAL_ZONE -> {
                double d = r * 1.35;
                double[] xs = {x, x + d, x, x - d};
                double[] ys = {y - d, y, y + d, y};
                g.fillPolygon(xs, ys, 4);
                g.strokePolygon(xs, ys, 4);
            }
            case HUB -> {
                g.fillRect(x - r, y - r, 2 * r, 2 * r);
                g.strokeRect(x - r, y - r, 2 * r, 2 * r);
            }
        }
    }

    static double clusterRadius(int count) {
        return 9 + 3 * Math.log(count);
    }

    static void cluster(GraphicsContext g, int count, double x, double y, boolean hovered) {
        double r = clusterRadius(count);
        g.setFill(MapColours.current().cluster().deriveColor(0, 1, 1, 0.86));
        g.fillOval(x - r, y - r, 2 * r, 2 * r);
        g.setStroke(hovered ? MapColours.current().selection() : MapColours.current().markerEdge());
        g.setLineWidth(hovered ? 2.5 : 1.5);
        g.setLineDashes(null);
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        g.setFill(MapColours.current().clusterText());
        g.setFont(COUNT_FONT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(Integer.toString(count), x, y);
    }

    static void label(GraphicsContext g, String text, double x, double y) {
        g.setFont(LABEL_FONT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setStroke(MapColours.current().labelHalo());
        g.setLineWidth(3);
        g.setLineDashes(null);
        g.strokeText(text, x + RADIUS + 4, y);
        g.setFill(MapColours.current().label());
        g.fillText(text, x + RADIUS + 4, y);
    }
}
