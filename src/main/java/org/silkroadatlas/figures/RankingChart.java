package org.silkroadatlas.figures;

import org.silkroadatlas.text.Tr;
import org.silkroadatlas.ui.CanvasPalette;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Countries ranked by the indicator in the current year, one horizontal bar each, coloured by
 * their SCO or ASEAN membership in that year. A click selects the country; hovering sets the hover.
 */
final class RankingChart extends Pane {
    static final double ROW = 18;
    private static final double NAME_WIDTH = 92, TOP = 4, AXIS = 34, RIGHT = 44;
    private static final Font NAME_FONT = Font.font("System", 11);
    private static final Font BOLD_FONT = Font.font("System", FontWeight.BOLD, 11);
    private static final Font TICK_FONT = Font.font("System", 10);

    private final Canvas canvas = new Canvas();
    private final CanvasPalette palette;
    private final Consumer<String> onClick;
    private final Consumer<String> onHover;
    private List<FigureIndex.Ranked> bars = List.of();
    private Map<String, String> names = Map.of();
    private Map<String, String> colours = Map.of();
    private String unit = "";
    private String selection;
    private String hoverIso;
    private String message = "";
    private int year;
    private Locale locale = Tr.ENGLISH;

    RankingChart(Consumer<String> onClick, Consumer<String> onHover) {
        this.onClick = onClick;
        this.onHover = onHover;
        getStyleClass().add("ranking-chart");
        getChildren().add(canvas);
        palette = new CanvasPalette(this, "bg", "ink", "muted", "grid", "accent", "sco", "asean", "other");
        palette.onChange(this::paint);
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> setHoverIso(isoAt(e.getY())));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> setHoverIso(null));
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            String iso = isoAt(e.getY());
            if (iso != null) onClick.accept(iso);
        });
    }

    void setRanking(List<FigureIndex.Ranked> bars, Map<String, String> names, Map<String, String> colours,
                    String unit, int year, String selection, String message) {
        this.bars = List.copyOf(bars);
        this.names = names;
        this.colours = colours;
        this.unit = unit == null ? "" : unit;
        this.year = year;
        this.selection = selection;
        this.message = message;
        double h = bars.isEmpty() ? 40 : TOP + bars.size() * ROW + AXIS;
        setMinHeight(h);
        setPrefHeight(h);
        setMaxHeight(h);
        requestLayout();
        paint();
    }

    /** The language of the numbers; the panel repaints through {@link #setRanking}. */
    void setLocale(Locale locale) {
        this.locale = locale;
    }

    void setSelection(String iso) {
        selection = iso;
        paint();
    }

    List<FigureIndex.Ranked> bars() { return bars; }

    int year() { return year; }

    /** The centre of a country's bar in local coordinates, or null if it has none (for tests). */
    javafx.geometry.Point2D barCentre(String iso) {
        for (int i = 0; i < bars.size(); i++) {
            if (bars.get(i).iso3().equals(iso)) return new javafx.geometry.Point2D(NAME_WIDTH + 20, TOP + i * ROW + ROW / 2);
        }
        return null;
    }

    private String isoAt(double y) {
        int i = (int) Math.floor((y - TOP) / ROW);
        return i >= 0 && i < bars.size() ? bars.get(i).iso3() : null;
    }

    private void setHoverIso(String iso) {
        if (Objects.equals(iso, hoverIso)) return;
        hoverIso = iso;
        setCursor(iso == null ? Cursor.DEFAULT : Cursor.HAND);
        onHover.accept(iso);
        paint();
    }

    @Override protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            paint();
        }
    }

    void paint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth(), h = canvas.getHeight();
        Color ink = palette.color("ink", Color.web("#1f2933"));
        Color muted = palette.color("muted", Color.web("#667085"));
        Color grid = palette.color("grid", Color.web("#e3ded2"));
        Color accent = palette.color("accent", Color.ORANGE);
        g.setFill(palette.color("bg", Color.WHITE));
        g.fillRect(0, 0, w, h);
        if (bars.isEmpty()) {
            g.setFill(muted);
            g.setFont(NAME_FONT);
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(message, 4, Math.min(h, 40) / 2);
            return;
        }
        double max = 0, min = 0;
        for (var b : bars) { max = Math.max(max, b.value()); min = Math.min(min, b.value()); }
        AxisTicks t = AxisTicks.forRange(min, max, Math.max(2, (int) ((w - NAME_WIDTH - RIGHT) / 60)));
        double plotW = Math.max(10, w - NAME_WIDTH - RIGHT);
        double bottom = TOP + bars.size() * ROW;
        g.setFont(TICK_FONT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.setLineWidth(1);
        for (double v : t.values()) {
            double x = Math.round(NAME_WIDTH + t.fraction(v) * plotW) + 0.5;
            g.setStroke(grid);
            g.strokeLine(x, TOP, x, bottom + 3);
            g.setFill(muted);
            g.fillText(FigureFormat.tick(v, t.step(), locale), x, bottom + 5);
        }
        g.setFill(ink);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(unit + ", " + year, w - 4, bottom + 19);

        double zeroX = NAME_WIDTH + t.fraction(0) * plotW;
        for (int i = 0; i < bars.size(); i++) {
            var b = bars.get(i);
            double y = TOP + i * ROW;
            boolean sel = b.iso3().equals(selection);
            boolean hov = b.iso3().equals(hoverIso);
            if (sel || hov) {
                g.setFill(accent.deriveColor(0, 1, 1, sel ? 0.16 : 0.08));
                g.fillRect(0, y, w, ROW);
            }
            double x = NAME_WIDTH + t.fraction(b.value()) * plotW;
            Color c = palette.color(colours.getOrDefault(b.iso3(), "other"), Color.GRAY);
            g.setFill(sel ? accent : c);
            g.fillRect(Math.min(zeroX, x), y + 3, Math.max(1, Math.abs(x - zeroX)), ROW - 6);
            if (sel) {
                g.setStroke(ink);
                g.setLineWidth(1.2);
                g.strokeRect(Math.min(zeroX, x), y + 3, Math.max(1, Math.abs(x - zeroX)), ROW - 6);
            }
            g.setFont(sel ? BOLD_FONT : NAME_FONT);
            g.setFill(ink);
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(shorten(names.getOrDefault(b.iso3(), b.iso3()), 15), NAME_WIDTH - 6, y + ROW / 2);
            g.setTextAlign(TextAlignment.LEFT);
            g.setFill(muted);
            g.setFont(TICK_FONT);
            g.fillText(FigureFormat.number(b.value(), locale), x + 4, y + ROW / 2);
        }
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }
}
