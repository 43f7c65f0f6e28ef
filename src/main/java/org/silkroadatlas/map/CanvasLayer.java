package org.silkroadatlas.map;

import com.gluonhq.maps.MapLayer;
import javafx.animation.PauseTransition;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.transform.Affine;
import javafx.util.Duration;

/**
 * A map layer that paints everything on one canvas: thousands of strokes cost one node.
 *
 * <p>The canvas is drawn with a margin around the view. A pan within the margin only moves the
 * canvas, and (for layers that allow it) a zoom only scales it until the view rests; so the cost
 * of a pan or zoom step does not grow with the number of lines, and the software pipeline paints
 * a cached texture instead of re-rasterising every stroke. Content changes (year, filters,
 * selection) redraw at once.
 */
abstract class CanvasLayer extends MapLayer {
    /** Margin drawn around the view on each side, as a fraction of the view's width and height. */
    private static final double MARGIN = 0.5;
    /** Scale range within which a zoom is shown by scaling the last drawing. */
    private static final double MIN_PREVIEW_SCALE = 0.5, MAX_PREVIEW_SCALE = 2.0;
    private static final Duration SETTLE = Duration.millis(140);

    private final Canvas canvas = new Canvas();
    /** View-sized canvas over the drawing for what changes often and is small (hover, selection). */
    private final Canvas overlay = new Canvas();
    private long overlayVersion, overlayDrawnVersion = -1;
    private double overlayTx = Double.NaN, overlayTy, overlayZoom;
    private boolean overlayEmpty = true;
    private final Affine placement = new Affine();
    private final PauseTransition settle = new PauseTransition(SETTLE);
    private final boolean zoomByScaling;
    private long contentVersion;
    private long drawnVersion = -1;
    private double drawnTx, drawnTy, drawnZoom = Double.NaN, drawnW = -1, drawnH = -1, marginX, marginY;
    private boolean forceRedraw;
    private boolean listening;
    private int fullRedraws;

    /** The view of the last frame: screen = world * scale + (tx, ty); during {@link #draw} in canvas pixels. */
    protected double tx, ty, zoom, scale, width, height;

    /**
     * @param zoomByScaling true to show a zoom step by scaling the last drawing until the view rests
     *                      (for lines); false to redraw on every zoom step (for markers that regroup)
     */
    CanvasLayer(boolean zoomByScaling) {
        this.zoomByScaling = zoomByScaling;
        canvas.setMouseTransparent(true);
        canvas.getTransforms().add(placement);
        overlay.setMouseTransparent(true);
        overlay.setVisible(false);
        getChildren().addAll(canvas, overlay);
        setMouseTransparent(true);
        settle.setOnFinished(e -> {
            forceRedraw = true;
            setNeedsLayout(true);
        });
    }

    /** The theme's colours changed: draw everything again on the next pulse. */
    final void restyle() {
        invalidate();
        invalidateOverlay();
    }

    /** The content changed: draw again on the next pulse. */
    protected final void invalidate() {
        contentVersion++;
        setNeedsLayout(true);
    }

    /** The hover or selection changed: draw the overlay again on the next pulse, not the whole layer. */
    protected final void invalidateOverlay() {
        overlayVersion++;
        setNeedsLayout(true);
    }

    @Override protected void initialize() {
        if (listening) return; // a layer taken off and put back (addLayerBelow) is initialised again
        listening = true;
        // MapView relays out its layers only when the centre moves; a zoom about the centre does not move it.
        baseMap.zoom().addListener(o -> setNeedsLayout(true));
        baseMap.translateXProperty().addListener(o -> setNeedsLayout(true));
        baseMap.translateYProperty().addListener(o -> setNeedsLayout(true));
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
        boolean contentChanged = drawnVersion != contentVersion || width != drawnW || height != drawnH;
        boolean moved = tx != drawnTx || ty != drawnTy || zoom != drawnZoom;
        if (contentChanged || forceRedraw || (moved && !reuseDrawing())) fullRedraw();
        redrawOverlayIfNeeded();
    }

    private void redrawOverlayIfNeeded() {
        if (overlayDrawnVersion == overlayVersion && tx == overlayTx && ty == overlayTy && zoom == overlayZoom
                && overlay.getWidth() == width && overlay.getHeight() == height) {
            return;
        }
        boolean wanted = hasOverlay();
        if (wanted || !overlayEmpty) {
            if (overlay.getWidth() != width) overlay.setWidth(width);
            if (overlay.getHeight() != height) overlay.setHeight(height);
            GraphicsContext g = overlay.getGraphicsContext2D();
            g.clearRect(0, 0, width, height);
            if (wanted) drawOverlay(g);
            overlayEmpty = !wanted;
            // An empty canvas still costs a full-view texture blend on every frame of the software pipeline.
            overlay.setVisible(wanted);
        }
        overlayDrawnVersion = overlayVersion;
        overlayTx = tx;
        overlayTy = ty;
        overlayZoom = zoom;
    }

    /** Whether there is anything to paint on the overlay now. */
    protected boolean hasOverlay() {
        return false;
    }

    /** Paints the overlay in view coordinates; nothing by default. */
    protected void drawOverlay(GraphicsContext g) {
    }

    /** Places the last drawing where the current view wants it; false when it cannot stand in. */
    private boolean reuseDrawing() {
        if (zoom != drawnZoom && !zoomByScaling) return false;
        double k = WebMercator.scale(zoom - drawnZoom);
        if (!(k >= MIN_PREVIEW_SCALE && k <= MAX_PREVIEW_SCALE)) return false;
        // A world point p sits at canvas pixel c = p*s0 + tx0 + margin; now it belongs at p*s + tx = k*c + (tx - k*(tx0 + margin)).
        double ox = tx - k * (drawnTx + marginX);
        double oy = ty - k * (drawnTy + marginY);
        double right = ox + k * canvas.getWidth(), bottom = oy + k * canvas.getHeight();
        if (ox > 0 || oy > 0 || right < width || bottom < height) return false;
        placement.setToTransform(k, 0, ox, 0, k, oy);
        if (k != 1) settle.playFromStart();
        return true;
    }

    private void fullRedraw() {
        settle.stop();
        forceRedraw = false;
        double viewW = width, viewH = height, viewTx = tx, viewTy = ty;
        marginX = Math.ceil(viewW * MARGIN);
        marginY = Math.ceil(viewH * MARGIN);
        double cw = viewW + 2 * marginX, ch = viewH + 2 * marginY;
        if (canvas.getWidth() != cw) canvas.setWidth(cw);
        if (canvas.getHeight() != ch) canvas.setHeight(ch);
        placement.setToTransform(1, 0, -marginX, 0, 1, -marginY);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, cw, ch);
        tx = viewTx + marginX;
        ty = viewTy + marginY;
        width = cw;
        height = ch;
        try {
            draw(g);
        } finally {
            readView();
        }
        drawnVersion = contentVersion;
        drawnTx = viewTx;
        drawnTy = viewTy;
        drawnZoom = zoom;
        drawnW = viewW;
        drawnH = viewH;
        fullRedraws++;
    }

    /** How many times the layer has drawn itself from scratch (pans within the margin do not count). */
    final int fullRedraws() {
        return fullRedraws;
    }

    /**
     * Paints the whole layer. {@link #tx}, {@link #ty}, {@link #width} and {@link #height} then
     * describe the canvas (the view plus its margin), so the same culling code serves both.
     */
    protected abstract void draw(GraphicsContext g);

    /** Both canvases, for opacity and visibility. */
    protected final void setCanvasOpacity(double opacity) {
        canvas.setOpacity(opacity);
        overlay.setOpacity(opacity);
    }
}
