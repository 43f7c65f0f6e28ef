package org.silkroadatlas.map;

import com.gluonhq.maps.MapLayer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;

/**
 * A map layer that paints everything on one canvas: thousands of strokes cost one node, and a
 * frame is redrawn only when the view or the content really changed (Gluon asks layers to lay
 * out more often than that).
 */
abstract class CanvasLayer extends MapLayer {
    private final Canvas canvas = new Canvas();
    private long contentVersion;
    private long drawnVersion = -1;
    private double drawnTx = Double.NaN, drawnTy = Double.NaN, drawnZoom = Double.NaN, drawnW = -1, drawnH = -1;

    /** The view of the last frame: screen = world * scale + (tx, ty). */
    protected double tx, ty, zoom, scale, width, height;

    CanvasLayer() {
        canvas.setMouseTransparent(true);
        getChildren().add(canvas);
        setMouseTransparent(true);
    }

    /** The content changed: draw again on the next pulse. */
    protected final void invalidate() {
        contentVersion++;
        requestLayout();
    }

    private boolean listening;

    @Override protected void initialize() {
        if (listening) return; // a layer taken off and put back (addLayerBelow) is initialised again
        listening = true;
        // MapView relays out its layers only when the centre moves; a zoom about the centre does not move it.
        baseMap.zoom().addListener(o -> requestLayout());
        baseMap.translateXProperty().addListener(o -> requestLayout());
        baseMap.translateYProperty().addListener(o -> requestLayout());
    }

    @Override protected void layoutChildren() {
        redrawIfNeeded();
    }

    @Override protected void layoutLayer() {
        redrawIfNeeded();
    }

    /** True once the layer is in a map that has a size. */
    protected final boolean hasView() {
        return baseMap != null && getParent() instanceof Region r && r.getWidth() > 0 && r.getHeight() > 0;
    }

    /** Reads the map's current transform into {@link #tx}, {@link #ty}, {@link #zoom}, {@link #scale}. */
    protected final boolean readView() {
        if (!hasView()) return false;
        Region r = (Region) getParent();
        width = r.getWidth();
        height = r.getHeight();
        tx = baseMap.getTranslateX();
        ty = baseMap.getTranslateY();
        zoom = baseMap.zoom().get();
        scale = WebMercator.scale(zoom);
        return true;
    }

    final void redrawIfNeeded() {
        if (!readView()) return;
        if (drawnVersion == contentVersion && tx == drawnTx && ty == drawnTy && zoom == drawnZoom
                && width == drawnW && height == drawnH) {
            return;
        }
        if (canvas.getWidth() != width) canvas.setWidth(width);
        if (canvas.getHeight() != height) canvas.setHeight(height);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, width, height);
        draw(g);
        drawnVersion = contentVersion;
        drawnTx = tx;
        drawnTy = ty;
        drawnZoom = zoom;
        drawnW = width;
        drawnH = height;
    }

    /** Paints the whole layer for the view in {@link #tx}, {@link #ty}, {@link #zoom}. */
    protected abstract void draw(GraphicsContext g);

    protected final Canvas canvas() {
        return canvas;
    }
}
