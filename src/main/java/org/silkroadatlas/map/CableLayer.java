package org.silkroadatlas.map;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import org.silkroadatlas.model.Cable;
import org.silkroadatlas.model.CableKind;
import org.silkroadatlas.model.CableStatus;
import org.silkroadatlas.model.RoutePrecision;
import org.silkroadatlas.state.ExplorerState;
import org.silkroadatlas.state.MapFilters;
import org.silkroadatlas.text.DateLabels;
import org.silkroadatlas.text.Labels;
import org.silkroadatlas.text.Names;
import org.silkroadatlas.text.Tr;

/**
 * Cross-border cables for the state's year and filters, painted on one canvas. Routes are
 * projected once, simplified per zoom level and culled to the view; a route crossing the
 * antimeridian is unwrapped and also drawn one world-width over, so both ends show.
 */
public final class CableLayer extends CanvasLayer {
    private static final Tr TR = Tr.of(CableLayer.class);
    private static final double CULL_MARGIN_PX = 12;
    /**
     * Landing points and route ends are drawn from this zoom on; further out, hundreds of dots
     * hide the lines (the hovered and the selected cable show theirs at any zoom).
     */
    public static final double DOTS_FROM_ZOOM = 3;
    private static final double[] WORLD_COPIES = {0, -WebMercator.WORLD, WebMercator.WORLD};

    private final ExplorerState state;
    private List<CableGeometry> all = List.of();
    private Map<String, CableGeometry> byId = Map.of();
    private List<CableGeometry> shown = List.of();
    private java.util.Set<CableGeometry> shownSet = java.util.Set.of();
    private int drawnCount;

    public CableLayer(ExplorerState state) {
        super(true);
        this.state = state;
        getStyleClass().add("cable-layer");
        state.datasetProperty().addListener(o -> rebuild());
        state.yearProperty().addListener(o -> refilter());
        state.filtersProperty().addListener(o -> refilter());
        state.selectionProperty().addListener(o -> invalidateOverlay());
        state.hoverProperty().addListener(o -> invalidateOverlay());
        rebuild();
    }

    /** Whether {@code c} is drawn in {@code year} under {@code f}: it exists by then and passes the filters. */
    public static boolean shows(Cable c, int year, MapFilters f) {
        return f.cablesVisible() && c.existsBy(year) && f.cableKinds().contains(c.kind())
                && f.cableStatuses().contains(c.status());
    }

    /** Drawn dashed: anything not reported as in service (planned, under construction, ...). */
    public static boolean drawnAsPlanned(Cable c) {
        return c.status() != CableStatus.IN_SERVICE;
    }

    private void rebuild() {
        List<CableGeometry> list = new ArrayList<>();
        Map<String, CableGeometry> ids = new HashMap<>();
        for (Cable c : state.getDataset().cables()) {
            CableGeometry g = new CableGeometry(c);
            if (g.isEmpty()) continue;
            list.add(g);
            ids.put(c.id(), g);
        }
        all = list;
        byId = ids;
        refilter();
    }

    private void refilter() {
        int year = state.getYear();
        MapFilters f = state.getFilters();
        List<CableGeometry> list = new ArrayList<>();
        for (CableGeometry g : all) if (shows(g.cable, year, f)) list.add(g);
        setCanvasOpacity(f.cablesOpacity());
        // Most year steps change no cable: then there is nothing to draw again.
        if (list.equals(shown) && !shown.isEmpty()) return;
        shown = list;
        shownSet = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        shownSet.addAll(list);
        invalidateOverlay();
        setCanvasOpacity(f.cablesOpacity());
        invalidate();
    }

    /** Ids of the cables the current year and filters show (drawn when in view). */
    public List<String> shownIds() {
        return shown.stream().map(g -> g.cable.id()).toList();
    }

    /** How many cables the last frame actually drew (in view after culling). */
    public int drawnCount() {
        return drawnCount;
    }

    /** Route bounds of a cable in the pack, unwrapped across the antimeridian; null if unknown. */
    GeoBounds boundsOf(String id) {
        CableGeometry g = byId.get(id);
        return g == null ? null : g.bounds();
    }

    /** Bounds of every cable shown now, or null. */
    GeoBounds shownBounds() {
        GeoBounds b = null;
        for (CableGeometry g : shown) {
            GeoBounds gb = g.bounds();
            if (gb != null) b = gb.union(b);
        }
        return b;
    }

    @Override protected void draw(GraphicsContext g) {
        int level = CableGeometry.levelFor(zoom);
        boolean[] inView = new boolean[shown.size()];
        int count = 0;
        for (int i = 0; i < shown.size(); i++) {
            CableGeometry cg = shown.get(i);
            inView[i] = copyInView(cg, 0) || copyInView(cg, -WebMercator.WORLD) || copyInView(cg, WebMercator.WORLD);
            if (inView[i]) count++;
        }
        drawnCount = count;
        if (count == 0) return;

        // Halos first so that no halo covers another cable's line.
        for (CableKind kind : CableKind.values()) {
            CablePainter.halo(g, kind);
            g.beginPath();
            boolean any = false;
            for (int i = 0; i < shown.size(); i++) {
                CableGeometry cg = shown.get(i);
                if (inView[i] && cg.cable.kind() == kind && cg.cable.routePrecision() != RoutePrecision.SURVEYED) {
                    any |= appendPaths(g, cg, level);
                }
            }
            if (any) g.stroke();
        }
        // One path per style: a few strokes per frame however many cables there are.
        for (CableKind kind : CableKind.values()) {
            for (boolean planned : new boolean[] {false, true}) {
                CablePainter.line(g, kind, planned, 0);
                g.beginPath();
                boolean any = false;
                for (int i = 0; i < shown.size(); i++) {
                    CableGeometry cg = shown.get(i);
                    if (inView[i] && cg.cable.kind() == kind && drawnAsPlanned(cg.cable) == planned) {
                        any |= appendPaths(g, cg, level);
                    }
                }
                if (any) g.stroke();
            }
        }
        if (zoom >= DOTS_FROM_ZOOM) {
            // Every landing dot of a kind in one shape, each spot once (cables share landing points).
            for (CableKind kind : CableKind.values()) {
                g.beginPath();
                java.util.Set<Long> placed = new java.util.HashSet<>();
                boolean any = false;
                for (int i = 0; i < shown.size(); i++) {
                    if (inView[i] && shown.get(i).cable.kind() == kind) any |= appendDots(g, shown.get(i), placed);
                }
                if (any) CablePainter.paintDots(g, kind);
            }
        }
    }

    @Override protected boolean hasOverlay() {
        return shownGeometry(state.getHover()) != null || shownGeometry(state.getSelection()) != null;
    }

    /** The hovered and the selected cable, drawn over the rest each frame (cheap: one or two lines). */
    @Override protected void drawOverlay(GraphicsContext g) {
        int level = CableGeometry.levelFor(zoom);
        CableGeometry hovered = shownGeometry(state.getHover());
        CableGeometry selected = shownGeometry(state.getSelection());
        if (hovered != null && hovered != selected) drawEmphasised(g, hovered, level, 1);
        if (selected != null) drawEmphasised(g, selected, level, 2);
    }

    private CableGeometry shownGeometry(String id) {
        if (id == null) return null;
        CableGeometry g = byId.get(id);
        return g != null && shownSet.contains(g) ? g : null;
    }

    private void drawEmphasised(GraphicsContext g, CableGeometry cg, int level, int emphasis) {
        if (emphasis == 2) {
            CablePainter.selectionOutline(g, cg.cable.kind());
            g.beginPath();
            appendPaths(g, cg, level);
            g.stroke();
        }
        CablePainter.line(g, cg.cable.kind(), drawnAsPlanned(cg.cable), emphasis);
        g.beginPath();
        appendPaths(g, cg, level);
        g.stroke();
        g.beginPath();
        if (appendDots(g, cg, new java.util.HashSet<>())) CablePainter.paintDots(g, cg.cable.kind());
    }

    private boolean copyInView(CableGeometry cg, double offset) {
        if (offset != 0 && (cg.maxX + offset < 0 || cg.minX + offset > WebMercator.WORLD)) return false;
        return boxInView(cg.minX + offset, cg.minY, cg.maxX + offset, cg.maxY);
    }

    private boolean boxInView(double x0, double y0, double x1, double y1) {
        return x1 * scale + tx >= -CULL_MARGIN_PX && x0 * scale + tx <= width + CULL_MARGIN_PX
                && y1 * scale + ty >= -CULL_MARGIN_PX && y0 * scale + ty <= height + CULL_MARGIN_PX;
    }

    private boolean appendPaths(GraphicsContext g, CableGeometry cg, int level) {
        boolean any = false;
        for (double offset : WORLD_COPIES) {
            if (!copyInView(cg, offset)) continue;
            for (CableGeometry.Part p : cg.parts) {
                if (!boxInView(p.minX + offset, p.minY, p.maxX + offset, p.maxY)) continue;
                double[] xy = p.at(level);
                double ox = offset * scale + tx;
                double lx = xy[0] * scale + ox, ly = xy[1] * scale + ty;
                g.moveTo(lx, ly);
                int last = xy.length - 2;
                for (int i = 2; i <= last; i += 2) {
                    double x = xy[i] * scale + ox, y = xy[i + 1] * scale + ty;
                    // Between zoom levels a simplified path can still step less than a pixel.
                    if (i < last && Math.abs(x - lx) < 0.7 && Math.abs(y - ly) < 0.7) continue;
                    g.lineTo(x, y);
                    lx = x;
                    ly = y;
                }
                any = true;
            }
        }
        return any;
    }

    /** Adds the cable's landing dots in view to the current path, skipping spots already in {@code placed}. */
    private boolean appendDots(GraphicsContext g, CableGeometry cg, java.util.Set<Long> placed) {
        boolean any = false;
        for (double offset : WORLD_COPIES) {
            if (!copyInView(cg, offset)) continue;
            double ox = offset * scale + tx;
            for (int i = 0; i < cg.dots.length; i += 2) {
                double x = cg.dots[i] * scale + ox, y = cg.dots[i + 1] * scale + ty;
                if (x < -4 || x > width + 4 || y < -4 || y > height + 4) continue;
                // Half-pixel spots: dots drawn twice on one place cost twice and look the same.
                long spot = (Math.round(x * 2) << 32) ^ (Math.round(y * 2) & 0xffffffffL);
                if (!placed.add(spot)) continue;
                CablePainter.appendDot(g, x, y);
                any = true;
            }
        }
        return any;
    }

    /**
     * The id of the shown cable whose line passes within {@code tolerancePx} of a point in map
     * coordinates (the nearest one), or null.
     */
    public String hitTest(double x, double y, double tolerancePx) {
        if (!readView() || !state.getFilters().cablesVisible()) return null;
        int level = CableGeometry.levelFor(zoom);
        double best = tolerancePx * tolerancePx;
        String found = null;
        for (CableGeometry cg : shown) {
            for (double offset : WORLD_COPIES) {
                if (!copyInView(cg, offset)) continue;
                double ox = offset * scale + tx;
                for (CableGeometry.Part p : cg.parts) {
                    double[] xy = p.at(level);
                    double ax = xy[0] * scale + ox, ay = xy[1] * scale + ty;
                    for (int i = 2; i < xy.length; i += 2) {
                        double bx = xy[i] * scale + ox, by = xy[i + 1] * scale + ty;
                        double d = CableGeometry.segmentDistance2(x, y, ax, ay, bx, by);
                        if (d <= best) { best = d; found = cg.cable.id(); }
                        ax = bx;
                        ay = by;
                    }
                }
            }
        }
        return found;
    }

    /** The hover text: name, kind and status, RFS, length, and the route's precision. */
    public static String describe(Cable c) { return describe(c, Tr.ENGLISH); }

    public static String describe(Cable c, Locale locale) {
        StringBuilder s = new StringBuilder(Names.cable(c, locale)).append('\n');
        s.append(TR.get(locale, c.kind() == CableKind.SUBMARINE ? "card.cable.submarine" : "card.cable.terrestrial"));
        s.append(" · ").append(Labels.cableStatus(c.status(), locale)).append('\n');
        s.append(c.rfs() == null ? TR.get(locale, "card.rfsUnknown") : TR.get(locale, "card.rfs", DateLabels.label(c.rfs(), locale))).append('\n');
        if (c.lengthKm() == null) {
            s.append(TR.get(locale, "card.lengthUnknown"));
        } else {
            NumberFormat km = NumberFormat.getIntegerInstance(locale);
            s.append(TR.get(locale, "card.length", km.format(Math.round(c.lengthKm()))));
        }
        if (c.routePrecision() == RoutePrecision.SCHEMATIC) s.append('\n').append(TR.get(locale, "card.schematic"));
        else if (c.routePrecision() == RoutePrecision.ENDPOINTS_ONLY) s.append('\n').append(TR.get(locale, "card.endpoints"));
        return s.toString();
    }
}
