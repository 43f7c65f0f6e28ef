package org.silkroadatlas.map;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import org.silkroadatlas.model.CableKind;

/**
 * How a cable line is stroked, shared by {@link CableLayer} and {@link MapLegend} so the legend
 * is drawn by the same code as the map. Submarine lines are blue and thinner, terrestrial orange
 * and wider; lines not in service are dashed; schematic routes sit on a soft halo.
 */
final class CablePainter {
    static final double[] PLANNED_DASH = {7, 5};

    private CablePainter() { }

    static double width(CableKind kind) {
        return kind == CableKind.TERRESTRIAL ? 2.6 : 1.9;
    }

    /** Prepares the context for a cable line; {@code emphasis} 0 normal, 1 hovered, 2 selected. */
    static void line(GraphicsContext g, CableKind kind, boolean planned, int emphasis) {
        g.setLineCap(planned ? StrokeLineCap.BUTT : StrokeLineCap.ROUND);
        // Bevel joins look the same at these widths; round ones make the software rasterizer trace a
        // curve at every vertex of every route (year_settle_10x 356 -> 296 ms in the bench).
        g.setLineJoin(StrokeLineJoin.BEVEL);
        Color c = MapColours.current().cable(kind);
        g.setStroke(emphasis == 1 ? c.brighter() : c);
        g.setLineWidth(width(kind) + (emphasis == 0 ? 0 : 1.6));
        g.setLineDashes(planned ? PLANNED_DASH : null);
    }

    /** The wide translucent band under a schematic route: "roughly here", not a surveyed path. */
    static void halo(GraphicsContext g, CableKind kind) {
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.BEVEL);
        // Over the blue sea a blue band would vanish: submarine routes get a pale band instead.
        g.setStroke(kind == CableKind.SUBMARINE ? MapColours.current().routeHalo() : MapColours.current().cable(kind).deriveColor(0, 0.6, 1.25, 0.3));
        g.setLineWidth(width(kind) + 6);
        g.setLineDashes(null);
    }

    /** The accent outline under the selected cable. */
    static void selectionOutline(GraphicsContext g, CableKind kind) {
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.BEVEL);
        g.setStroke(MapColours.current().selection());
        g.setLineWidth(width(kind) + 6);
        g.setLineDashes(null);
    }

    static final double DOT_RADIUS = 2.6;

    static void dot(GraphicsContext g, CableKind kind, double x, double y) {
        g.beginPath();
        appendDot(g, x, y);
        paintDots(g, kind);
    }

    /**
     * Adds a landing dot to the current path. The map fills and strokes all the dots of a kind as
     * one shape: drawn one by one, each small oval cost the software rasterizer a setup of its own,
     * and the 10x pack's dots took seconds per frame in the window (issue 8).
     */
    static void appendDot(GraphicsContext g, double x, double y) {
        g.moveTo(x + DOT_RADIUS, y);
        g.arc(x, y, DOT_RADIUS, DOT_RADIUS, 0, 360);
        g.closePath();
    }

    /** Fills and outlines the dots added to the current path, in the colours of {@code kind}. */
    static void paintDots(GraphicsContext g, CableKind kind) {
        g.setFill(MapColours.current().dotFill());
        g.fill();
        g.setStroke(MapColours.current().cable(kind));
        g.setLineWidth(1.2);
        g.setLineDashes(null);
        g.stroke();
    }
}
