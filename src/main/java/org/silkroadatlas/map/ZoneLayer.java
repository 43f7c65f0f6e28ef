package org.silkroadatlas.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import org.silkroadatlas.map.MapPalette.ZoneGroup;
import org.silkroadatlas.map.ZoneClusters.Cluster;
import org.silkroadatlas.model.PartialDate;
import org.silkroadatlas.model.Zone;
import org.silkroadatlas.model.ZoneKind;
import org.silkroadatlas.state.ExplorerState;
import org.silkroadatlas.state.MapFilters;
import org.silkroadatlas.text.DateLabels;
import org.silkroadatlas.text.Labels;
import org.silkroadatlas.text.Names;
import org.silkroadatlas.text.Tr;

/**
 * Pilot zones, special zones and hubs standing in the state's year, on one canvas. Clustered on
 * a screen grid below {@link ZoneClusters#EXPAND_ZOOM}, one marker each above it (zones sharing a
 * city point are fanned out so each can be pointed at), labelled from {@link #LABEL_ZOOM}.
 * Zones with no coordinates are not drawn; they stay in the data and the other panels.
 */
public final class ZoneLayer extends CanvasLayer {
    private static final Tr TR = Tr.of(ZoneLayer.class);
    static final double LABEL_ZOOM = 6;
    private static final double FAN_RADIUS_PX = 13;

    private final ExplorerState state;
    private List<Zone> shown = List.of();
    private double[] wx = new double[0], wy = new double[0];
    private List<Cluster> clusters = List.of();
    private double[] fanDx = new double[0], fanDy = new double[0];
    private double clusteredZoom = Double.NaN;
    private long shownVersion, clusteredVersion = -1;
    private int hoveredCluster = -1;

    public ZoneLayer(ExplorerState state) {
        super(false);
        this.state = state;
        getStyleClass().add("zone-layer");
        state.datasetProperty().addListener(o -> refilter());
        state.yearProperty().addListener(o -> refilter());
        state.filtersProperty().addListener(o -> refilter());
        state.selectionProperty().addListener(o -> invalidate());
        state.hoverProperty().addListener(o -> invalidate());
        state.localeProperty().addListener(o -> invalidate());
        refilter();
    }

    /** Drawn in {@code year} under {@code f}: located, approved and not revoked by then, passing the filters. */
    public static boolean shows(Zone z, int year, MapFilters f) {
        return f.zonesVisible() && z.location() != null && z.standsAt(year) && f.zoneKinds().contains(z.kind())
                && f.batchShown(z.batch());
    }

    private void refilter() {
        int year = state.getYear();
        MapFilters f = state.getFilters();
        List<Zone> list = new ArrayList<>();
        for (Zone z : state.getDataset().zones()) if (shows(z, year, f)) list.add(z);
        setCanvasOpacity(f.zonesOpacity());
        if (list.equals(shown) && !shown.isEmpty()) return;
        shown = list;
        wx = new double[list.size()];
        wy = new double[list.size()];
        for (int i = 0; i < list.size(); i++) {
            wx[i] = WebMercator.x(list.get(i).location().lon());
            wy[i] = WebMercator.y(list.get(i).location().lat());
        }
        shownVersion++;
        hoveredCluster = -1;
        setCanvasOpacity(f.zonesOpacity());
        invalidate();
    }

    /** Ids of the zones drawn for the current year and filters (when in view). */
    public List<String> shownIds() {
        return shown.stream().map(Zone::id).toList();
    }

    /** Bounds of every zone shown now, or null. */
    GeoBounds shownBounds() {
        GeoBounds b = null;
        for (Zone z : shown) b = GeoBounds.point(z.location().lat(), z.location().lon()).union(b);
        return b;
    }

    private void recluster() {
        if (clusteredVersion == shownVersion && clusteredZoom == zoom) return;
        clusters = ZoneClusters.cluster(wx, wy, shown.size(), zoom, ZoneClusters.CELL_PX);
        fanDx = new double[clusters.size()];
        fanDy = new double[clusters.size()];
        if (zoom >= ZoneClusters.EXPAND_ZOOM) fanOutSharedPoints();
        clusteredVersion = shownVersion;
        clusteredZoom = zoom;
        hoveredCluster = -1;
    }

    /** Zones on the very same point (two zones of one city) are set around it in a small ring. */
    private void fanOutSharedPoints() {
        Map<String, List<Integer>> byPoint = new HashMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            Cluster c = clusters.get(i);
            byPoint.computeIfAbsent(c.x() + "," + c.y(), k -> new ArrayList<>()).add(i);
        }
        for (List<Integer> same : byPoint.values()) {
            if (same.size() < 2) continue;
            for (int k = 0; k < same.size(); k++) {
                double a = 2 * Math.PI * k / same.size() - Math.PI / 2;
                fanDx[same.get(k)] = FAN_RADIUS_PX * Math.cos(a);
                fanDy[same.get(k)] = FAN_RADIUS_PX * Math.sin(a);
            }
        }
    }

    private double screenX(int cluster) {
        return clusters.get(cluster).x() * scale + tx + fanDx[cluster];
    }

    private double screenY(int cluster) {
        return clusters.get(cluster).y() * scale + ty + fanDy[cluster];
    }

    @Override protected void draw(GraphicsContext g) {
        recluster();
        String selected = state.getSelection();
        String hover = state.getHover();
        int selectedCluster = -1;
        boolean labels = zoom >= LABEL_ZOOM;
        List<double[]> labelBoxes = new ArrayList<>();
        for (int i = 0; i < clusters.size(); i++) {
            Cluster c = clusters.get(i);
            double x = screenX(i), y = screenY(i);
            if (x < -30 || y < -30 || x > width + 30 || y > height + 30) continue;
            if (c.size() > 1) {
                ZonePainter.cluster(g, c.size(), x, y, i == hoveredCluster);
                continue;
            }
            Zone z = shown.get(c.members()[0]);
            if (z.id().equals(selected)) { selectedCluster = i; continue; }
            ZonePainter.marker(g, ZoneGroup.of(z.kind()), z.batch(), x, y, z.id().equals(hover) ? 1 : 0);
            String name = labels ? Names.zone(z, state.getLocale()) : null;
            if (labels && freeForLabel(labelBoxes, name, x, y)) ZonePainter.label(g, name, x, y);
        }
        if (selectedCluster >= 0) {
            Zone z = shown.get(clusters.get(selectedCluster).members()[0]);
            double x = screenX(selectedCluster), y = screenY(selectedCluster);
            ZonePainter.marker(g, ZoneGroup.of(z.kind()), z.batch(), x, y, 2);
            if (labels) ZonePainter.label(g, Names.zone(z, state.getLocale()), x, y);
        } else if (selected != null) {
            // A selected zone inside a cluster is still marked where it is.
            for (int i = 0; i < shown.size(); i++) {
                Zone z = shown.get(i);
                if (z.id().equals(selected)) {
                    ZonePainter.marker(g, ZoneGroup.of(z.kind()), z.batch(), wx[i] * scale + tx, wy[i] * scale + ty, 2);
                }
            }
        }
    }

    /** True (and the space taken) when a label at (x, y) overlaps no label drawn before it. */
    private static boolean freeForLabel(List<double[]> taken, String text, double x, double y) {
        double x0 = x + ZonePainter.RADIUS + 2, x1 = x0 + labelWidth(text) + 4, y0 = y - 8, y1 = y + 8;
        for (double[] b : taken) {
            if (x0 < b[2] && x1 > b[0] && y0 < b[3] && y1 > b[1]) return false;
        }
        taken.add(new double[] {x0, y0, x1, y1});
        return true;
    }

    /** A rough width of a label: a Han character is about twice as wide as a Latin letter. */
    private static double labelWidth(String text) {
        return text.codePoints().mapToDouble(c -> Character.isIdeographic(c) ? 11.5 : 6.2).sum();
    }

    /** Names of a cluster's first members, for the hover card. */
    List<String> memberNames(int cluster, int max) {
        if (cluster < 0 || cluster >= clusters.size()) return List.of();
        List<String> names = new ArrayList<>();
        for (int m : clusters.get(cluster).members()) {
            if (names.size() == max) break;
            Zone z = shown.get(m);
            // The city says where a member is in few words; Chinese names carry the city in Chinese.
            boolean zh = Tr.isChinese(state.getLocale()) && z.nameZh() != null && !z.nameZh().isBlank();
            names.add(zh ? z.nameZh() : z.city() != null && !z.city().isBlank() ? z.city() : z.nameEn());
        }
        return names;
    }

    /** What the pointer is over: one zone, or a cluster of several. */
    record Hit(String zoneId, int count, double lat, double lon, int cluster) {
        boolean isCluster() { return zoneId == null; }
    }

    /** The zone or cluster under a point in map coordinates, or null. */
    Hit hitTest(double x, double y) {
        if (!readView() || !state.getFilters().zonesVisible() || shown.isEmpty()) return null;
        recluster();
        Hit best = null;
        double bestD = Double.MAX_VALUE;
        for (int i = 0; i < clusters.size(); i++) {
            Cluster c = clusters.get(i);
            double r = c.size() > 1 ? ZonePainter.clusterRadius(c.size()) : ZonePainter.RADIUS + 3;
            double dx = screenX(i) - x, dy = screenY(i) - y;
            double d = dx * dx + dy * dy;
            if (d <= r * r && d < bestD) {
                bestD = d;
                String id = c.size() == 1 ? shown.get(c.members()[0]).id() : null;
                best = new Hit(id, c.size(), WebMercator.lat(c.y()), WebMercator.lon(c.x()), i);
            }
        }
        return best;
    }

    /** Screen position and size of every cluster and single marker of the current frame: x, y, count. */
    List<double[]> spots() {
        if (!readView()) return List.of();
        recluster();
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < clusters.size(); i++) out.add(new double[] {screenX(i), screenY(i), clusters.get(i).size()});
        return out;
    }

    /** Outlines a cluster under the pointer (-1 for none) without touching the shared hover. */
    void setHoveredCluster(int cluster) {
        if (cluster != hoveredCluster) {
            hoveredCluster = cluster;
            invalidate();
        }
    }

    /** Zone kinds as a reader names them, capitalised for a list or a card. */
    public static String kindLabel(ZoneKind kind) { return kindLabel(kind, Tr.ENGLISH); }

    public static String kindLabel(ZoneKind kind, Locale locale) {
        return LayerControl.capitalised(Labels.zoneKind(kind, locale));
    }

    /** The hover text: name, kind, batch, approval date with its precision, revocation. */
    public static String describe(Zone z) { return describe(z, Tr.ENGLISH); }

    public static String describe(Zone z, Locale locale) {
        StringBuilder s = new StringBuilder(Names.zone(z, locale)).append('\n').append(kindLabel(z.kind(), locale));
        if (z.kind() == ZoneKind.CBEC_PILOT_ZONE) {
            s.append('\n').append(z.batch() == null ? TR.get(locale, "card.batchUnknown") : TR.get(locale, "card.batch", Integer.toString(z.batch())));
        }
        s.append('\n').append(z.approved() == null ? TR.get(locale, "card.approvedUnknown")
                : TR.get(locale, "card.approved", DateLabels.label(z.approved(), locale), precision(z.approved(), locale)));
        if (z.revoked() != null) {
            s.append('\n').append(TR.get(locale, "card.revoked", DateLabels.label(z.revoked(), locale), precision(z.revoked(), locale)));
        }
        String place = z.city() != null && !z.city().isBlank() ? z.city() : null;
        if (place != null) s.append('\n').append(place).append(z.province() != null && !z.province().isBlank() ? ", " + z.province() : "");
        return s.toString();
    }

    private static String precision(PartialDate d, Locale locale) {
        return TR.get(locale, "card.precision." + d.precision().name().toLowerCase(Locale.ROOT));
    }
}
