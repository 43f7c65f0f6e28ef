package org.silkroadatlas.map;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;
import javafx.scene.paint.Paint;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import org.silkroadatlas.map.PartnerLooks.Look;

/**
 * Paints a {@link Look} into the current path of a canvas. The layer paints countries with it and
 * the legend paints its swatches with it, which is what keeps the two alike.
 */
final class PartnerPainter {
    private static final double[] DASHED = {6, 3};
    private static final double[] DOTTED = {1.5, 3};
    private static Paint aseanHatch;
    private static Paint noDataHatch;
    private static Color aseanHatchColour, noDataHatchColour;

    private PartnerPainter() { }

    /** Fills and strokes the path last built on {@code gc} (the caller began and closed it). */
    static void paint(GraphicsContext gc, Look look) {
        gc.setFillRule(FillRule.EVEN_ODD);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        gc.setLineCap(StrokeLineCap.ROUND);
        if (look.noData()) {
            gc.setFill(MapColours.current().noData().deriveColor(0, 1, 1, 0.35));
            gc.fill();
            gc.setFill(noDataHatch());
            gc.fill();
        }
        if (look.fill() != null) {
            gc.setFill(look.fill().deriveColor(0, 1, 1, MapStyles.FILL_OPACITY));
            gc.fill();
        }
        switch (look.asean()) {
            case MEMBER_HATCH -> {
                gc.setFill(aseanHatch());
                gc.fill();
                stroke(gc, MapColours.current().asean(), 1.6, null);
            }
            case OBSERVER_DASHED -> stroke(gc, MapColours.current().asean(), 1.6, DASHED);
            case PARTNER_DOTTED -> stroke(gc, MapColours.current().asean(), 1.6, DOTTED);
            case NONE -> {
                if (look.china()) stroke(gc, MapColours.current().china().darker(), 1.6, null);
                else if (look.fill() != null || look.noData()) stroke(gc, MapColours.current().markerEdge().deriveColor(0, 1, 1, 0.7), 0.8, null);
            }
        }
        if (look.china() && look.asean() != PartnerLooks.AseanMark.NONE) {
            // China keeps its heavy outline under an ASEAN dash, so it stays marked in both.
            stroke(gc, MapColours.current().china().darker(), 0.8, null);
        }
    }

    /** Outlines the current path for the selected (heavy, with a light halo) or hovered country. */
    static void highlight(GraphicsContext gc, boolean selected) {
        if (selected) {
            stroke(gc, MapColours.current().markerEdge(), 4.5, null);
            stroke(gc, MapColours.current().selection(), 2.5, null);
        } else {
            stroke(gc, MapColours.current().hover(), 1.5, null);
        }
    }

    static void stroke(GraphicsContext gc, Paint paint, double width, double[] dashes) {
        gc.setStroke(paint);
        gc.setLineWidth(width);
        gc.setLineDashes(dashes);
        gc.stroke();
        gc.setLineDashes((double[]) null);
    }

    /** A legend swatch of the look, w x h at (x, y). */
    static void swatch(GraphicsContext gc, Look look, double x, double y, double w, double h) {
        gc.setFill(MapColours.current().land());
        gc.fillRect(x, y, w, h);
        gc.beginPath();
        gc.rect(x + 1, y + 1, w - 2, h - 2);
        gc.closePath();
        paint(gc, look);
    }

    private static synchronized Paint aseanHatch() {
        Color c = MapColours.current().asean();
        if (aseanHatch == null || !c.equals(aseanHatchColour)) {
            aseanHatch = hatch(c, 0.85);
            aseanHatchColour = c;
        }
        return aseanHatch;
    }

    private static synchronized Paint noDataHatch() {
        Color c = MapColours.current().noData();
        if (noDataHatch == null || !c.equals(noDataHatchColour)) {
            noDataHatch = hatch(c, 0.8);
            noDataHatchColour = c;
        }
        return noDataHatch;
    }

    /** Diagonal lines every 7 px, fixed to the canvas so neighbouring countries' hatching lines up. */
    private static Paint hatch(Color c, double opacity) {
        int size = 7;
        WritableImage img = new WritableImage(size, size);
        Color line = c.deriveColor(0, 1, 1, opacity);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int d = Math.floorMod(x + y, size);
                img.getPixelWriter().setColor(x, y, d == 0 ? line : d == 1 || d == size - 1 ? line.deriveColor(0, 1, 1, 0.35) : Color.TRANSPARENT);
            }
        }
        return new ImagePattern(img, 0, 0, size, size, false);
    }
}
