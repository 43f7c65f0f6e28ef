package org.silkroadatlas.map;

import java.util.Set;
import java.util.TreeSet;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.silkroadatlas.map.MapPalette.ZoneGroup;
import org.silkroadatlas.model.Cable;
import org.silkroadatlas.model.CableKind;
import org.silkroadatlas.model.Dataset;
import org.silkroadatlas.model.RoutePrecision;
import org.silkroadatlas.model.Zone;
import org.silkroadatlas.model.ZoneKind;
import org.silkroadatlas.state.ExplorerState;
import org.silkroadatlas.state.MapFilters;
import org.silkroadatlas.text.Tr;

/**
 * The key to the cable and zone layers. Its samples are painted by the layers' own painters, and
 * it lists only what the pack holds and the filters let through, so it cannot disagree with the map.
 */
public final class MapLegend extends VBox {
    private static final Tr TR = Tr.of(MapLegend.class);
    private static final double SWATCH_W = 34, SWATCH_H = 16;

    private final ExplorerState state;
    private Node partnersKey;
    private boolean dotsListed;

    public MapLegend(ExplorerState state) {
        this.state = state;
        setId("map-legend");
        getStyleClass().add("map-legend");
        getStylesheets().add(MapLegend.class.getResource("layers.css").toExternalForm());
        setMouseTransparent(true);
        state.datasetProperty().addListener(o -> rebuild());
        state.filtersProperty().addListener(o -> rebuild());
        state.localeProperty().addListener(o -> rebuild());
        accessibleTextProperty().bind(TR.bind(state.localeProperty(), "legend.a11y"));
        state.viewProperty().addListener(o -> {
            if (dotsShown() != dotsListed) rebuild();
        });
        rebuild();
    }

    /** Puts the partners layer's key on top of this one, so the map has a single legend. */
    public void setPartnersKey(Node key) {
        partnersKey = key;
        rebuild();
    }

    /** The theme's colours changed: draw the samples again. */
    void restyle() {
        if (partnersKey instanceof PartnersLegend key) key.restyle();
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        if (partnersKey != null) getChildren().add(partnersKey);
        Dataset d = state.getDataset();
        MapFilters f = state.getFilters();
        boolean anyCable = false, anyPlanned = false, anySchematic = false, anyDots = false;
        Set<CableKind> kinds = new TreeSet<>();
        for (Cable c : d.cables()) {
            if (!f.cablesVisible() || !f.cableKinds().contains(c.kind()) || !f.cableStatuses().contains(c.status())) continue;
            if (c.route().isEmpty() && c.landingPoints().stream().allMatch(lp -> lp.location() == null)) continue;
            anyCable = true;
            kinds.add(c.kind());
            anyPlanned |= CableLayer.drawnAsPlanned(c);
            anySchematic |= c.routePrecision() != RoutePrecision.SURVEYED;
            anyDots = true;
        }
        if (anyCable) {
            getChildren().add(title(text("legend.cables")));
            for (CableKind k : kinds) {
                getChildren().add(row(swatch(g -> line(g, k, false, false)),
                        text(k == CableKind.SUBMARINE ? "legend.cable.submarine" : "legend.cable.terrestrial")));
            }
            if (anyPlanned) {
                getChildren().add(row(swatch(g -> {
                    for (CableKind k : kinds) line(g, k, true, false);
                }), text("legend.planned")));
            }
            if (anySchematic) {
                CableKind k = kinds.iterator().next();
                getChildren().add(row(swatch(g -> {
                    // On the card's plain ground the submarine route's pale band would not show: sample it over sea.
                    g.setFill(MapColours.current().sea());
                    g.fillRoundRect(0, 0, SWATCH_W, SWATCH_H, 4, 4);
                    line(g, k, false, true);
                }), text("legend.schematic")));
            }
            dotsListed = dotsShown();
            if (anyDots && dotsListed) {
                CableKind k = kinds.iterator().next();
                getChildren().add(row(swatch(g -> CablePainter.dot(g, k, SWATCH_W / 2, SWATCH_H / 2)), text("legend.landing")));
            }
        }

        TreeSet<Integer> batches = new TreeSet<>();
        boolean pilot = false, unknownBatch = false, special = false, hub = false;
        for (Zone z : d.zones()) {
            if (!f.zonesVisible() || z.location() == null || !f.zoneKinds().contains(z.kind()) || !f.batchShown(z.batch())) continue;
            switch (ZoneGroup.of(z.kind())) {
                case PILOT_ZONE -> {
                    pilot = true;
                    if (z.batch() == null) unknownBatch = true;
                    else batches.add(z.batch());
                }
                case SPECIAL_ZONE -> special = true;
                case HUB -> hub = true;
            }
        }
        if (pilot || special || hub) {
            getChildren().add(title(text("legend.zones")));
            if (pilot) {
                getChildren().add(new Label(text("legend.pilotBatches")));
                getChildren().add(batchStrip(batches, unknownBatch));
            }
            if (special) {
                getChildren().add(row(swatch(g -> ZonePainter.marker(g, ZoneGroup.SPECIAL_ZONE, null, SWATCH_W / 2, SWATCH_H / 2, 0)),
                        text("legend.special")));
            }
            if (hub) {
                getChildren().add(row(swatch(g -> ZonePainter.marker(g, ZoneGroup.HUB, null, SWATCH_W / 2, SWATCH_H / 2, 0)),
                        text("legend.hub")));
            }
            getChildren().add(row(swatch(g -> ZonePainter.cluster(g, 3, SWATCH_W / 2, 14, false), SWATCH_W, 28),
                    text("legend.cluster")));
        }
        setVisible(!getChildren().isEmpty());
    }

    private String text(String key) {
        return TR.get(state.getLocale(), key);
    }

    private boolean dotsShown() {
        return state.getView().zoom() >= CableLayer.DOTS_FROM_ZOOM;
    }

    private static void line(GraphicsContext g, CableKind k, boolean planned, boolean schematic) {
        double y = SWATCH_H / 2 + (planned ? (k == CableKind.SUBMARINE ? -3 : 3) : 0);
        if (schematic) {
            CablePainter.halo(g, k);
            g.strokeLine(5, y, SWATCH_W - 5, y);
        }
        CablePainter.line(g, k, planned, 0);
        g.strokeLine(3, y, SWATCH_W - 3, y);
    }

    private Node batchStrip(TreeSet<Integer> batches, boolean unknown) {
        int n = batches.size() + (unknown ? 1 : 0);
        double step = 22;
        Canvas c = new Canvas(Math.max(step, n * step), 30);
        GraphicsContext g = c.getGraphicsContext2D();
        double x = step / 2;
        g.setFont(Font.font(10));
        for (Integer b : batches) {
            ZonePainter.marker(g, ZoneGroup.PILOT_ZONE, b, x, 8, 0);
            caption(g, Integer.toString(b), x);
            x += step;
        }
        if (unknown) {
            ZonePainter.marker(g, ZoneGroup.PILOT_ZONE, null, x, 8, 0);
            caption(g, "?", x);
        }
        c.getStyleClass().add("legend-batches");
        return c;
    }

    private static void caption(GraphicsContext g, String text, double x) {
        g.setFont(Font.font(10));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        // The map's label colours with their halo: readable on the card in either theme, and on
        // the dark card of the presenter palette.
        g.setStroke(MapColours.current().labelHalo());
        g.setLineWidth(3);
        g.strokeText(text, x, 17);
        g.setFill(MapColours.current().label());
        g.fillText(text, x, 17);
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("legend-title");
        return l;
    }

    private static Node row(Node swatch, String text) {
        HBox box = new HBox(6, swatch, new Label(text));
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("legend-row");
        return box;
    }

    private static Canvas swatch(java.util.function.Consumer<GraphicsContext> paint) {
        return swatch(paint, SWATCH_W, SWATCH_H);
    }

    private static Canvas swatch(java.util.function.Consumer<GraphicsContext> paint, double w, double h) {
        Canvas c = new Canvas(w, h);
        paint.accept(c.getGraphicsContext2D());
        return c;
    }

    /** The legend's lines as text, for tests and the render command's accessibility summary. */
    public java.util.List<String> entries() {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (Node n : getChildren()) {
            if (n instanceof Label l) out.add(l.getText());
            else if (n instanceof HBox h) {
                for (Node c : h.getChildren()) if (c instanceof Label l) out.add(l.getText());
            }
        }
        return out;
    }

}
