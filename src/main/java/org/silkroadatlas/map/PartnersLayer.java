package org.silkroadatlas.map;

import com.gluonhq.maps.MapLayer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.geometry.Point2D;
import javafx.scene.Parent;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.silkroadatlas.map.PartnerLooks.Look;
import org.silkroadatlas.map.tiles.WorldShapes;
import org.silkroadatlas.model.Basemap;
import org.silkroadatlas.model.Dataset;
import org.silkroadatlas.state.ExplorerState;
import org.silkroadatlas.state.MapFilters;

/**
 * Countries coloured by their SCO standing (fill) and ASEAN standing (hatch or outline) on
 * 31 December of the state's year, or by an indicator's latest value when the state asks for it.
 * China has its own colour; the selected country a heavy outline; hover shows a card and sets the
 * state's hover; a click selects. Wiring is one line: {@code mapView.addLayer(new PartnersLayer(state, basemap50m))}.
 *
 * <p>Everything is painted on one Canvas, culled to the view through the basemap's spatial index
 * and simplified to half a pixel at the current zoom (computed once per zoom level), so a pan
 * costs in proportion to what is visible. Pass the 1:50m basemap: small partners (Singapore,
 * Brunei, Bahrain) are missing from 1:110m; where a country is under 5 px it is drawn as a dot
 * so it stays visible and clickable.
 */
public class PartnersLayer extends MapLayer {
    /** Above this zoom the outlines are used as they are: the data holds no finer detail to drop. */
    private static final int RAW_FROM_LEVEL = 8;
    private static final double MARKER_RADIUS = 4.5;
    private static final double SMALL_PX = 5;
    /** Pixels drawn beyond each edge of the view, so short pans need no repaint. */
    private static final double MARGIN = 256;

    private final ExplorerState state;
    private final WorldShapes shapes;
    private final Canvas canvas = new Canvas();
    private final Label card = new Label();
    private final double[][][] simplified = new double[RAW_FROM_LEVEL][][];
    private double[][] raw;

    private PartnerLooks looks;
    private Look[] lookByCountry;
    private boolean[] inPack;
    private boolean paintPending;

    // Where the world lies in the view now: view x = ox + worldX * world.
    private double ox, oy, world, viewW, viewH;
    private boolean placed;
    // The same at the last paint; the canvas is drawn MARGIN px beyond the view on every side.
    private double paintedOx, paintedOy, paintedWorld = Double.NaN, paintedW, paintedH, drawOx, drawOy;
    /** Dots drawn for small countries: country index and world x, y of the centre. */
    private final List<double[]> markers = new ArrayList<>();

    private final InvalidationListener onLooks = o -> recompute();
    private final InvalidationListener onHighlight = o -> schedulePaint();

    private int pointerCountry = -1;
    private String hoverWeSet;

    public PartnersLayer(ExplorerState state, Basemap basemap) {
        this.state = Objects.requireNonNull(state, "state");
        this.shapes = WorldShapes.of(Objects.requireNonNull(basemap, "basemap"));
        setId("partners-layer");
        getStyleClass().add("partners-layer");
        canvas.setId("partners-canvas");
        card.getStyleClass().add("partners-tooltip");
        card.setId("partners-tooltip");
        card.setManaged(false);
        card.setMouseTransparent(true);
        card.setVisible(false);
        getStylesheets().add(MapStyles.stylesheet());
        getChildren().addAll(canvas, card);

        // Weak, so a map view that is rebuilt (new theme, tile source) lets its old layer go.
        WeakInvalidationListener weakRecompute = new WeakInvalidationListener(onLooks);
        WeakInvalidationListener weakPaint = new WeakInvalidationListener(onHighlight);
        state.datasetProperty().addListener(weakRecompute);
        state.yearProperty().addListener(weakRecompute);
        state.filtersProperty().addListener(weakRecompute);
        state.indicatorProperty().addListener(weakRecompute);
        state.mapColouredByIndicatorProperty().addListener(weakRecompute);
        state.localeProperty().addListener(weakRecompute);
        state.selectionProperty().addListener(weakPaint);
        state.hoverProperty().addListener(weakPaint);

        // The canvas is offset by its margin; the handlers work in the layer's (the view's) coordinates.
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> pointerAt(e.getX() + canvas.getTranslateX(), e.getY() + canvas.getTranslateY()));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> pointerAt(Double.NaN, Double.NaN));
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        recompute();
    }

    /**
     * Gluon tells layers of a move through the map centre; a zoom about the centre leaves the
     * centre where it was, so the layer listens to the zoom itself.
     */
    @Override
    protected void initialize() {
        baseMap.zoom().addListener(new WeakInvalidationListener(onHighlight));
    }

    /** The looks of the current state (the legend shows the same). */
    public PartnerLooks looks() { return looks; }

    /** ISO3 codes outlined for the current selection (a country, or the countries of an event, cable or zone). */
    public java.util.Set<String> outlined() { return SelectedCountries.of(state.getDataset(), state.getSelection()); }

    /** What is drawn for a country now (by its basemap code). */
    public Look lookOf(String iso3) {
        int c = shapes.indexOf(iso3);
        return c < 0 ? Look.NONE : lookByCountry[c];
    }

    /** Where a place lies in the map view's coordinates, or null before the map is shown. */
    public Point2D viewPoint(double lat, double lon) { return baseMap == null ? null : getMapPoint(lat, lon); }

    Label card() { return card; }

    /** The theme's colours changed: the looks carry colours, so they are worked out again and painted. */
    void restyle() { recompute(); }

    private void recompute() {
        Dataset data = state.getDataset();
        looks = PartnerLooks.compute(data, state.getYear(), state.getFilters(), state.isMapColouredByIndicator(), state.getIndicator(),
                state.getLocale());
        Look[] byCountry = new Look[shapes.countryCount()];
        boolean[] known = new boolean[shapes.countryCount()];
        for (int c = 0; c < byCountry.length; c++) {
            String code = shapes.iso3(c);
            known[c] = data.country(code).isPresent();
            byCountry[c] = known[c] ? looks.lookOf(code) : looks.lookOfUnknown();
        }
        // Hong Kong and Macao are outlined apart from China at 1:50m; a pack that does not list
        // them gives them China's look rather than a hole in the middle of the coast.
        int china = shapes.indexOf("CHN");
        for (String sar : new String[] {"HKG", "MAC"}) {
            int c = shapes.indexOf(sar);
            if (c >= 0 && china >= 0 && !known[c] && known[china]) byCountry[c] = byCountry[china];
        }
        lookByCountry = byCountry;
        inPack = known;
        MapFilters f = state.getFilters();
        setVisible(f.partnersVisible());
        canvas.setOpacity(f.partnersOpacity());
        if (pointerCountry >= 0) showCard(pointerCountry);
        schedulePaint();
    }

    private void schedulePaint() {
        if (paintPending) return;
        paintPending = true;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (paintPending) paint();
    }

    /**
     * Gluon calls this when the map moves or zooms. A pan within the canvas margin only moves the
     * canvas: the drawing is reused, so dragging costs a blit, not a repaint.
     */
    @Override
    protected void layoutLayer() {
        if (!place()) { paint(); return; }
        if (!paintPending && world == paintedWorld && viewW == paintedW && viewH == paintedH
                && Math.abs(ox - paintedOx) <= MARGIN && Math.abs(oy - paintedOy) <= MARGIN) {
            canvas.setTranslateX(-MARGIN + ox - paintedOx);
            canvas.setTranslateY(-MARGIN + oy - paintedOy);
            return;
        }
        paint();
    }

    /** Reads where the world lies in the view now; false before the map is shown. */
    private boolean place() {
        Parent view = getParent();
        Point2D origin = baseMap == null || view == null || getScene() == null ? null : getMapPoint(0, -180);
        if (origin == null) return placed = false;
        viewW = view.getLayoutBounds().getWidth();
        viewH = view.getLayoutBounds().getHeight();
        world = 256 * Math.pow(2, baseMap.zoom().get());
        ox = origin.getX();
        oy = origin.getY() - world / 2;
        return placed = viewW > 0 && viewH > 0;
    }

    private void paint() {
        paintPending = false;
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        markers.clear();
        paintedWorld = Double.NaN;
        if (!place() || !state.getFilters().partnersVisible()) return;
        double w = viewW + 2 * MARGIN, h = viewH + 2 * MARGIN;
        if (canvas.getWidth() != w) canvas.setWidth(w);
        if (canvas.getHeight() != h) canvas.setHeight(h);
        canvas.setTranslateX(-MARGIN);
        canvas.setTranslateY(-MARGIN);
        paintedOx = ox;
        paintedOy = oy;
        paintedWorld = world;
        paintedW = viewW;
        paintedH = viewH;
        // Canvas pixel = view pixel + MARGIN at the time of painting.
        drawOx = ox + MARGIN;
        drawOy = oy + MARGIN;

        double[][] rings = ringsAt(Math.log(world / 256) / Math.log(2));
        int[] visible = shapes.ringsIn(-drawOx / world, -drawOy / world, (w - drawOx) / world, (h - drawOy) / world);
        java.util.Set<Integer> selected = new java.util.HashSet<>();
        for (String iso : SelectedCountries.of(state.getDataset(), state.getSelection())) {
            int idx = shapes.indexOf(iso);
            if (idx >= 0) selected.add(idx);
        }
        int hovered = shapes.indexOf(state.getHover());
        int hovFrom = -1, hovTo = -1;
        java.util.List<int[]> selRuns = new java.util.ArrayList<>();
        for (int i = 0; i < visible.length; ) {
            int c = shapes.ringCountry(visible[i]);
            int j = i;
            while (j < visible.length && shapes.ringCountry(visible[j]) == c) j++;
            Look look = lookByCountry[c];
            if (look.drawn() && buildPath(gc, c, visible, i, j, rings)) PartnerPainter.paint(gc, look);
            if (selected.contains(c)) selRuns.add(new int[] {c, i, j});
            if (c == hovered && !selected.contains(c)) { hovFrom = i; hovTo = j; }
            i = j;
        }
        // Highlights last, so no neighbour's fill covers them.
        if (hovFrom >= 0 && buildPath(gc, hovered, visible, hovFrom, hovTo, rings)) PartnerPainter.highlight(gc, false);
        for (int[] run : selRuns) {
            if (buildPath(gc, run[0], visible, run[1], run[2], rings)) PartnerPainter.highlight(gc, true);
        }
    }

    /**
     * Builds the country's outline from rings {@code from..to} of {@code visible} as the current
     * path, or a dot where the whole country would be smaller than a few pixels.
     */
    private boolean buildPath(GraphicsContext gc, int country, int[] visible, int from, int to, double[][] rings) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (int r : shapes.countryRings(country)) {
            double[] b = shapes.ringBox(r);
            minX = Math.min(minX, b[0]); minY = Math.min(minY, b[1]);
            maxX = Math.max(maxX, b[2]); maxY = Math.max(maxY, b[3]);
        }
        gc.beginPath();
        // Only the pack's own countries become dots: a dot for every unlisted islet would be noise.
        if (inPack[country] && (maxX - minX) * world < SMALL_PX && (maxY - minY) * world < SMALL_PX) {
            double mx = (minX + maxX) / 2, my = (minY + maxY) / 2;
            gc.arc(drawOx + mx * world, drawOy + my * world, MARKER_RADIUS, MARKER_RADIUS, 0, 360);
            gc.closePath();
            markers.add(new double[] {country, mx, my});
            return true;
        }
        boolean any = false;
        for (int k = from; k < to; k++) {
            double[] pts = rings[visible[k]];
            if (pts == null) continue;
            gc.moveTo(drawOx + pts[0] * world, drawOy + pts[1] * world);
            for (int m = 2; m < pts.length; m += 2) gc.lineTo(drawOx + pts[m] * world, drawOy + pts[m + 1] * world);
            gc.closePath();
            any = true;
        }
        return any;
    }

    /** The rings simplified for this zoom (computed once per whole level, then reused while panning). */
    private double[][] ringsAt(double zoom) {
        int level = (int) Math.max(0, Math.round(zoom));
        if (level >= RAW_FROM_LEVEL) {
            if (raw == null) {
                raw = new double[shapes.ringCount()][];
                for (int r = 0; r < raw.length; r++) raw[r] = shapes.ring(r);
            }
            return raw;
        }
        if (simplified[level] == null) {
            double tolerance = 0.5 / (256 * Math.pow(2, level));
            double[][] s = new double[shapes.ringCount()][];
            for (int r = 0; r < s.length; r++) s[r] = WorldShapes.simplify(shapes.ring(r), tolerance);
            simplified[level] = s;
        }
        return simplified[level];
    }

    private int countryUnder(double x, double y) {
        if (!placed || Double.isNaN(x)) return -1;
        for (double[] m : markers) {
            if (Math.hypot(ox + m[1] * world - x, oy + m[2] * world - y) <= MARKER_RADIUS + 2) return (int) m[0];
        }
        return shapes.countryAt((x - ox) / world, (y - oy) / world);
    }

    private void pointerAt(double x, double y) {
        int c = countryUnder(x, y);
        if (c >= 0) {
            card.relocate(0, 0);
            showCard(c);
            placeCard(x, y);
        } else {
            card.setVisible(false);
        }
        if (c == pointerCountry) return;
        pointerCountry = c;
        String id = c >= 0 && inPack[c] ? shapes.iso3(c) : null;
        if (id != null) {
            hoverWeSet = id;
            state.setHover(id);
        } else if (hoverWeSet != null && hoverWeSet.equals(state.getHover())) {
            hoverWeSet = null;
            state.setHover(null);
        }
    }

    private void showCard(int c) {
        card.setText(looks.describe(state.getDataset(), shapes.iso3(c), shapes.name(c)));
        card.setVisible(true);
        card.autosize();
    }

    private void placeCard(double x, double y) {
        double w = viewW, h = viewH;
        double cw = card.prefWidth(-1), ch = card.prefHeight(cw);
        double px = x + 16 + cw > w ? x - 12 - cw : x + 16;
        double py = y + 18 + ch > h ? y - 8 - ch : y + 18;
        card.resizeRelocate(Math.max(0, px), Math.max(0, py), cw, ch);
    }

    private void clicked(MouseEvent e) {
        // A drag that pans the map ends in a click too; only a still press selects.
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) return;
        int c = countryUnder(e.getX() + canvas.getTranslateX(), e.getY() + canvas.getTranslateY());
        if (c >= 0 && inPack[c]) state.select(shapes.iso3(c));
    }
}
