package org.silkroadatlas.map;

import com.gluonhq.maps.MapLayer;
import com.gluonhq.maps.MapView;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.silkroadatlas.map.tiles.TileSource;
import org.silkroadatlas.model.Basemap;
import org.silkroadatlas.model.Cable;
import org.silkroadatlas.model.Country;
import org.silkroadatlas.model.CountryShape;
import org.silkroadatlas.model.Dataset;
import org.silkroadatlas.model.Event;
import org.silkroadatlas.model.Zone;
import org.silkroadatlas.state.ExplorerState;
import org.silkroadatlas.state.FlyRequest;
import org.silkroadatlas.state.MapViewport;
import org.silkroadatlas.text.Tr;
import org.silkroadatlas.ui.CanvasPalette;

/**
 * The map: a Gluon {@link MapView} with the cable and zone layers and a hover card,
 * kept in step with {@link ExplorerState}. The user's pans and zooms are reported to the state;
 * fly requests from the state move the map. Only this package touches Gluon Maps.
 */
public class MapPanel extends Region {
    private static final Tr TR = Tr.of(MapPanel.class);
    /** Pixels a key press pans. */
    static final double PAN_STEP_PX = 120;
    /** Zoom levels a key press or a cluster click zooms. */
    static final double ZOOM_STEP = 1;
    /** Within this distance of a line, a click selects the cable. */
    static final double CABLE_HIT_PX = 5;
    private static final double FRAME_PADDING_PX = 48;
    /** Closest a framed box (or a single point) is shown. */
    private static final double MAX_FRAME_ZOOM = 7;
    private static final double POINT_ZOOM = 6;
    private static final Duration FLIGHT = Duration.millis(650);
    private static final double CARD_OFFSET_PX = 16;

    private final ExplorerState state;
    private final MapView mapView = new MapView();
    private final MapCamera camera = new MapCamera(this::viewLaidOut);
    private final CableLayer cables;
    private final ZoneLayer zones;
    private final MapLegend legend;
    private final Label hoverCard = new Label();
    private final DoubleProperty flightProgress = new SimpleDoubleProperty();
    private Timeline flight;
    private MapViewport flightFrom, flightTo;
    private String ownHover;
    private Basemap basemap;
    private PartnersLayer partners;
    private final java.util.List<MapLayer> layersBelow = new java.util.ArrayList<>();
    private final CanvasPalette swatches;

    public MapPanel(ExplorerState state) {
        this.state = state;
        getStyleClass().add("map-panel");
        getStylesheets().add(MapPanel.class.getResource("layers.css").toExternalForm());
        setFocusTraversable(true);
        setMinSize(0, 0);
        accessibleTextProperty().bind(TR.bind(state.localeProperty(), "map.a11y"));
        accessibleHelpProperty().bind(TR.bind(state.localeProperty(), "map.help"));
        // A card showing when the reader switches language is reworded where it stands.
        state.localeProperty().addListener(o -> {
            if (hoverCard.isVisible() && !Double.isNaN(hoverX)) updateHover(hoverX, hoverY);
        });

        cables = new CableLayer(state);
        zones = new ZoneLayer(state);
        legend = new MapLegend(state);
        mapView.addLayer(camera);
        mapView.addLayer(cables);
        mapView.addLayer(zones);

        hoverCard.setId("map-hover-card");
        hoverCard.getStyleClass().add("map-hover-card");
        hoverCard.setManaged(false);
        hoverCard.setVisible(false);
        hoverCard.setMouseTransparent(true);
        getChildren().addAll(mapView, hoverCard);
        installMouse();
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        // Zoom keys by the character typed: "+" is Shift+= on one layout, its own key on another, the keypad's on a third.
        addEventHandler(KeyEvent.KEY_TYPED, this::onKeyTyped);

        flightProgress.addListener(o -> {
            if (flightFrom != null && flightTo != null) applyView(interpolate(flightFrom, flightTo, flightProgress.get()));
        });
        state.flyRequestProperty().addListener((o, old, request) -> {
            if (request != null) fly(request);
        });
        applyView(state.getView());

        swatches = new CanvasPalette(getChildren(), MapColours.NAMES.toArray(String[]::new));
        swatches.onChange(this::restyle);
    }

    /**
     * Takes the colours the theme now gives the swatches for every canvas of the map, the offline
     * tiles included (those already shown are drawn again in place, so the view does not move).
     */
    private void restyle() {
        MapColours colours = MapColours.read(swatches);
        if (colours.equals(MapColours.current()) && colours.tileStyle().equals(TileSource.style())) return;
        MapColours.use(colours);
        TileSource.setStyle(colours.tileStyle());
        cables.restyle();
        zones.restyle();
        if (partners != null) partners.restyle();
        legend.restyle();
    }

    /** The colours the map paints with now (as the theme's CSS gives them). */
    public MapColours colours() { return MapColours.current(); }

    /** The panel as a node, for a shell that composes by {@code Node}. */
    public Node node() {
        return this;
    }

    public CableLayer cableLayer() { return cables; }
    public ZoneLayer zoneLayer() { return zones; }
    /** The key to the cable and zone layers, for the shell to place over the map (not a child of the panel). */
    public MapLegend legend() { return legend; }

    /**
     * Adds a layer under the cables and zones (the partners layer): Gluon stacks layers in the
     * order they are added, so ours are taken off and put back on top.
     */
    public void addLayerBelow(MapLayer layer) {
        layersBelow.add(layer);
        mapView.removeLayer(cables);
        mapView.removeLayer(zones);
        mapView.addLayer(layer);
        mapView.addLayer(cables);
        mapView.addLayer(zones);
    }

    /**
     * Country outlines: they frame a selected country by its extent instead of its capital, and
     * the partners layer colours them by status (added once, under the cables and zones).
     */
    public void setBasemap(Basemap basemap) {
        this.basemap = basemap;
        if (partners == null && basemap != null && !basemap.countries().isEmpty()) {
            partners = new PartnersLayer(state, basemap);
            addLayerBelow(partners);
        }
    }

    /** The countries layer, once a basemap is set (null before). */
    public PartnersLayer partnersLayer() { return partners; }

    // ---- view ------------------------------------------------------------------------------

    /** Frames every cable and zone the year and filters show; the default view when there are none. */
    public void zoomToFit() {
        GeoBounds b = cables.shownBounds();
        GeoBounds z = zones.shownBounds();
        b = b == null ? z : b.union(z);
        if (b == null) state.flyTo(MapViewport.DEFAULT, false);
        else state.flyToBounds(b.south(), b.west(), b.north(), b.east(), false);
    }

    /** Frames the selection: a country's extent (or capital), a cable's route, a zone's point, an event's subjects. */
    public void zoomToSelection() {
        String id = state.getSelection();
        if (id == null) return;
        GeoBounds b = countryExtent(id);
        if (b == null) b = boundsOf(state.getDataset(), id).orElse(null);
        if (b != null) state.flyToBounds(b.south(), b.west(), b.north(), b.east(), false);
    }

    private GeoBounds countryExtent(String iso3) {
        if (basemap == null) return null;
        for (CountryShape s : basemap.countries()) {
            // A box wider than half the world wraps the antimeridian (Russia, Fiji): use the capital.
            if (s.iso3().equals(iso3) && s.maxLon() - s.minLon() <= 180) {
                return new GeoBounds(s.minLat(), s.minLon(), s.maxLat(), s.maxLon());
            }
        }
        return null;
    }

    /** Zooms by {@code levels} around the centre of the view. */
    public void zoomBy(double levels) {
        stopFlight();
        if (camera.ready()) camera.zoomBy(levels, mapView.getWidth() / 2, mapView.getHeight() / 2, MapViewport.MIN_ZOOM, MapViewport.MAX_ZOOM);
    }

    /** Pans by screen pixels; positive dx shows what lies east, positive dy what lies south. */
    public void panBy(double dx, double dy) {
        stopFlight();
        if (camera.ready()) camera.panBy(dx, dy);
    }

    /** Where the map looks now (what the user sees, not what was last asked for). */
    public MapViewport currentView() {
        if (!camera.ready() || mapView.getWidth() <= 0) return state.getView();
        return new MapViewport(camera.centerLat(), camera.centerLon(), camera.zoom());
    }

    /**
     * The box to frame for an id of the pack: a country's capital, a cable's route (unwrapped
     * across the antimeridian), a zone's point, or for an event the union of its related
     * cables and zones and its countries' capitals. Empty when the pack places it nowhere.
     */
    public static Optional<GeoBounds> boundsOf(Dataset data, String id) {
        if (data == null || id == null) return Optional.empty();
        Optional<Country> country = data.country(id);
        if (country.isPresent()) {
            return Optional.ofNullable(country.get().capital()).map(c -> GeoBounds.point(c.lat(), c.lon()));
        }
        Optional<Cable> cable = data.cable(id);
        if (cable.isPresent()) return Optional.ofNullable(new CableGeometry(cable.get()).bounds());
        Optional<Zone> zone = data.zone(id);
        if (zone.isPresent()) {
            return Optional.ofNullable(zone.get().location()).map(p -> GeoBounds.point(p.lat(), p.lon()));
        }
        Optional<Event> event = data.event(id);
        if (event.isPresent()) {
            GeoBounds b = null;
            for (String related : event.get().relatedIds()) {
                if (data.event(related).isPresent()) continue; // one level deep: events may cite each other
                GeoBounds r = boundsOf(data, related).orElse(null);
                if (r != null) b = r.union(b);
            }
            if (b == null) {
                for (String iso3 : event.get().countries()) {
                    GeoBounds c = boundsOf(data, iso3).orElse(null);
                    if (c != null) b = c.union(b);
                }
            }
            return Optional.ofNullable(b);
        }
        return Optional.empty();
    }

    /** The viewport that shows {@code b} whole in a view of {@code w} x {@code h} pixels. */
    static MapViewport frame(GeoBounds b, double w, double h) {
        double x0 = WebMercator.x(b.west()), x1 = WebMercator.x(b.east());
        double y0 = WebMercator.y(b.north()), y1 = WebMercator.y(b.south());
        double availW = Math.max(32, w - 2 * FRAME_PADDING_PX), availH = Math.max(32, h - 2 * FRAME_PADDING_PX);
        double z = b.isPoint() ? POINT_ZOOM : MAX_FRAME_ZOOM;
        if (x1 - x0 > 1e-9) z = Math.min(z, log2(availW / (x1 - x0)));
        if (y1 - y0 > 1e-9) z = Math.min(z, log2(availH / (y1 - y0)));
        // Gluon draws one world, not copies: never so far out that the world is smaller than the
        // view, and never centred so that the view runs off its edge (grey where there is no map).
        z = Math.max(z, Math.max(log2(w / WebMercator.WORLD), log2(h / WebMercator.WORLD)));
        z = Math.max(MapViewport.MIN_ZOOM, Math.min(MapViewport.MAX_ZOOM, z));
        double s = WebMercator.scale(z);
        double cx = clampCentre((x0 + x1) / 2, w / 2 / s), cy = clampCentre((y0 + y1) / 2, h / 2 / s);
        return new MapViewport(WebMercator.lat(cy), WebMercator.lon(cx), z);
    }

    /** A world coordinate kept at least {@code half} from both edges of the world (or its middle if it cannot be). */
    private static double clampCentre(double c, double half) {
        if (2 * half >= WebMercator.WORLD) return WebMercator.WORLD / 2;
        return Math.max(half, Math.min(WebMercator.WORLD - half, c));
    }

    private static double log2(double v) {
        return Math.log(v) / Math.log(2);
    }

    private void fly(FlyRequest request) {
        MapViewport target = request.target();
        if (request.bounds() != null) {
            double[] bb = request.bounds();
            double w = mapView.getWidth() > 0 ? mapView.getWidth() : Math.max(getWidth(), 1280);
            double h = mapView.getHeight() > 0 ? mapView.getHeight() : Math.max(getHeight(), 800);
            double east = bb[3] < bb[1] ? bb[3] + 360 : bb[3];
            target = frame(new GeoBounds(Math.min(bb[0], bb[2]), bb[1], Math.max(bb[0], bb[2]), east), w, h);
        }
        if (target == null) return;
        stopFlight();
        if (request.instant() || getScene() == null || mapView.getWidth() <= 0) {
            applyView(target);
            state.reportView(target);
            return;
        }
        flightFrom = currentView();
        flightTo = target;
        MapViewport end = target;
        flight = new Timeline(new KeyFrame(Duration.ZERO, new KeyValue(flightProgress, 0)),
                new KeyFrame(FLIGHT, new KeyValue(flightProgress, 1, Interpolator.EASE_BOTH)));
        flight.setOnFinished(e -> {
            flight = null;
            applyView(end);
            state.reportView(end);
        });
        flight.play();
    }

    /** True while an animated move is under way (the shell may wait for it before a snapshot). */
    public boolean isFlying() {
        return flight != null;
    }

    private void stopFlight() {
        if (flight != null) {
            flight.stop();
            flight = null;
            state.reportView(currentView());
        }
    }

    static MapViewport interpolate(MapViewport a, MapViewport b, double t) {
        return new MapViewport(a.centerLat() + (b.centerLat() - a.centerLat()) * t,
                a.centerLon() + (b.centerLon() - a.centerLon()) * t,
                a.zoom() + (b.zoom() - a.zoom()) * t);
    }

    /**
     * Puts the map at {@code v} at once. Gluon ignores a zoom or centre equal to the one it was
     * last asked for, even after the user has moved since, so each is nudged first.
     */
    private void applyView(MapViewport v) {
        mapView.setZoom(v.zoom() + 1e-7);
        mapView.setZoom(v.zoom());
        mapView.setCenter(v.centerLat() + 1e-7, v.centerLon());
        mapView.setCenter(v.centerLat(), v.centerLon());
    }

    /** Once per pulse in which the map moved: tell the state where the user now looks. */
    private void viewLaidOut() {
        if (flight == null && mapView.getWidth() > 0 && mapView.getHeight() > 0) state.reportView(currentView());
    }

    // ---- input -----------------------------------------------------------------------------

    private void installMouse() {
        mapView.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            stopFlight();
            requestFocus();
        });
        mapView.addEventFilter(ScrollEvent.SCROLL, e -> {
            stopFlight();
            // Gluon zooms on to level 20; the pack and tiles stop at MapViewport.MAX_ZOOM.
            if (e.getDeltaY() > 1 && camera.ready() && camera.zoom() >= MapViewport.MAX_ZOOM - 0.05) e.consume();
        });
        // While the pointer is on a cable or zone, layers beneath (partners) must not show their own card.
        mapView.addEventFilter(MouseEvent.MOUSE_MOVED, e -> {
            if (updateHover(e.getX(), e.getY())) e.consume();
        });
        mapView.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> hideHover());
        mapView.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hideHover());
        // A filter, so that a click on a cable or zone is not also taken by a layer beneath.
        mapView.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress() && click(e.getX(), e.getY())) e.consume();
        });
    }

    /** Selects what is under the point, or zooms into a cluster; false when nothing is there. */
    boolean click(double x, double y) {
        ZoneLayer.Hit zone = zones.hitTest(x, y);
        if (zone != null) {
            if (zone.isCluster()) {
                MapViewport now = currentView();
                state.flyTo(new MapViewport(zone.lat(), zone.lon(), Math.min(MapViewport.MAX_ZOOM, now.zoom() + 2 * ZOOM_STEP)), false);
            } else {
                state.select(zone.zoneId());
            }
            return true;
        }
        String cable = cables.hitTest(x, y, CABLE_HIT_PX);
        if (cable != null) {
            state.select(cable);
            return true;
        }
        return false;
    }

    private double hoverX = Double.NaN, hoverY = Double.NaN;

    /** Shows the card for what is under the point; true when something of these layers is there. */
    private boolean updateHover(double x, double y) {
        hoverX = x;
        hoverY = y;
        ZoneLayer.Hit zone = zones.hitTest(x, y);
        String id = null;
        String text = null;
        if (zone != null && zone.isCluster()) {
            zones.setHoveredCluster(zone.cluster());
            List<String> names = zones.memberNames(zone.cluster(), 4);
            Locale locale = state.getLocale();
            String list = String.join(Tr.isChinese(locale) ? "、" : ", ", names) + (zone.count() > names.size() ? "…" : "");
            text = TR.get(locale, "card.cluster", Integer.toString(zone.count()), list) + "\n" + TR.get(locale, "card.clusterHint");
        } else {
            zones.setHoveredCluster(-1);
            if (zone != null) {
                id = zone.zoneId();
                text = state.getDataset().zone(id).map(z -> ZoneLayer.describe(z, state.getLocale())).orElse(null);
            } else {
                id = cables.hitTest(x, y, CABLE_HIT_PX);
                if (id != null) text = state.getDataset().cable(id).map(c -> CableLayer.describe(c, state.getLocale())).orElse(null);
            }
        }
        if (text != null && !hoverCard.isVisible()) leaveLayersBelow();
        setOwnHover(id);
        if (text == null) {
            hoverCard.setVisible(false);
            mapView.setCursor(Cursor.DEFAULT);
            return false;
        }
        mapView.setCursor(Cursor.HAND);
        hoverCard.setText(text);
        hoverCard.setVisible(true);
        hoverCard.autosize();
        double cx = x + CARD_OFFSET_PX, cy = y + CARD_OFFSET_PX;
        if (cx + hoverCard.getWidth() > getWidth()) cx = Math.max(0, x - CARD_OFFSET_PX - hoverCard.getWidth());
        if (cy + hoverCard.getHeight() > getHeight()) cy = Math.max(0, y - CARD_OFFSET_PX - hoverCard.getHeight());
        hoverCard.relocate(cx, cy);
        return true;
    }

    /** Tells the layers beneath that the pointer has left them, so they hide their cards and hover. */
    private void leaveLayersBelow() {
        for (MapLayer layer : layersBelow) {
            for (Node n : layer.getChildrenUnmodifiable()) {
                n.fireEvent(new MouseEvent(MouseEvent.MOUSE_EXITED, 0, 0, 0, 0, MouseButton.NONE, 0,
                        false, false, false, false, false, false, false, false, false, false, null));
            }
        }
    }

    private void hideHover() {
        hoverCard.setVisible(false);
        zones.setHoveredCluster(-1);
        setOwnHover(null);
    }

    /** Clears the shared hover only if the map set it, so other panels' hover is left alone. */
    private void setOwnHover(String id) {
        if (id == null) {
            if (ownHover != null && ownHover.equals(state.getHover())) state.setHover(null);
        } else if (!id.equals(state.getHover())) {
            state.setHover(id);
        }
        ownHover = id;
    }

    /** Where a point of the earth is drawn, in this panel's coordinates (null before the map is shown). */
    public javafx.geometry.Point2D pointOf(double lat, double lon) {
        return camera.ready() ? camera.pointOf(lat, lon) : null;
    }

    /** The card shown over the map while the pointer rests on a cable, zone or cluster. */
    public Label hoverCard() {
        return hoverCard;
    }

    private void onKey(KeyEvent e) {
        switch (e.getCode()) {
            case LEFT -> panBy(-PAN_STEP_PX, 0);
            case RIGHT -> panBy(PAN_STEP_PX, 0);
            case UP -> panBy(0, -PAN_STEP_PX);
            case DOWN -> panBy(0, PAN_STEP_PX);
            case ESCAPE -> state.clearSelection();
            default -> { return; }
        }
        e.consume();
    }

    private void onKeyTyped(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) return;
        switch (e.getCharacter()) {
            case "+", "=" -> zoomBy(ZOOM_STEP);
            case "-", "_" -> zoomBy(-ZOOM_STEP);
            default -> { return; }
        }
        e.consume();
    }

    @Override protected void layoutChildren() {
        double w = getWidth(), h = getHeight();
        mapView.resizeRelocate(0, 0, w, h);
    }

    @Override protected double computePrefWidth(double height) { return 800; }
    @Override protected double computePrefHeight(double width) { return 600; }

    /** Sets of ids the layers draw now, for the shell's status line and the tests. */
    public Set<String> shownIds() {
        java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>(cables.shownIds());
        ids.addAll(zones.shownIds());
        return ids;
    }
}
