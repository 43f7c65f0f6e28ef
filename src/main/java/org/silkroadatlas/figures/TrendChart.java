package org.silkroadatlas.figures;

import org.silkroadatlas.text.Tr;
import org.silkroadatlas.ui.CanvasPalette;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;

/**
 * The indicator over the years: one line per series, each unbroken run drawn on its own so a
 * missing year is a gap. The y axis names the unit; the current year is marked.
 */
final class TrendChart extends Pane {
    private static final Tr TR = Tr.of(TrendChart.class);
    private static final double LEFT = 46, RIGHT = 12, TOP = 22, BOTTOM = 34;
    private static final Font TICK_FONT = Font.font("System", 10);
    private static final Font UNIT_FONT = Font.font("System", 10.5);

    private final Canvas canvas = new Canvas();
    private final CanvasPalette palette;
    private final Tooltip tooltip = new Tooltip();
    private List<ChartLine> lines = List.of();
    private String unit = "";
    private int year;
    private String message;
    private Locale locale = Tr.ENGLISH;

    TrendChart() {
        getStyleClass().add("trend-chart");
        getChildren().add(canvas);
        palette = new CanvasPalette(this, "bg", "ink", "muted", "grid", "accent", "country", "china", "sco", "asean", "world", "other");
        palette.onChange(this::paint);
        setMinHeight(180);
        setPrefHeight(240);
        tooltip.setShowDelay(Duration.millis(100));
        addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> Tooltip.uninstall(this, tooltip));
    }

    void setLines(List<ChartLine> lines, String unit, String message) {
        this.lines = List.copyOf(lines);
        this.unit = unit == null ? "" : unit;
        this.message = message;
        paint();
    }

    /** The language of the axis words and numbers; the panel repaints through {@link #setLines}. */
    void setLocale(Locale locale) {
        this.locale = locale;
    }

    void setYear(int y) {
        year = y;
        paint();
    }

    List<ChartLine> lines() { return lines; }

    @Override protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            paint();
        }
    }

    private int[] yearRange() {
        int lo = Integer.MAX_VALUE, hi = Integer.MIN_VALUE;
        for (ChartLine l : lines) {
            if (l.values().isEmpty()) continue;
            lo = Math.min(lo, l.values().firstKey());
            hi = Math.max(hi, l.values().lastKey());
        }
        if (lo == Integer.MAX_VALUE) return null;
        if (hi == lo) { lo--; hi++; }
        return new int[] {lo, hi};
    }

    private AxisTicks valueAxis() {
        double min = Double.MAX_VALUE, max = -Double.MAX_VALUE;
        for (ChartLine l : lines) for (double v : l.values().values()) { min = Math.min(min, v); max = Math.max(max, v); }
        if (min == Double.MAX_VALUE) return AxisTicks.forRange(0, 1, 5);
        return AxisTicks.forRange(min, max, Math.max(2, (int) ((getHeight() - TOP - BOTTOM) / 36)));
    }

    private double px(int y, int[] r) { return LEFT + (y - r[0]) / (double) (r[1] - r[0]) * (getWidth() - LEFT - RIGHT); }

    private double py(double v, AxisTicks t) { return TOP + (1 - t.fraction(v)) * (getHeight() - TOP - BOTTOM); }

    Color colour(String name) { return palette.color(name, Color.GRAY); }

    void paint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = getWidth(), h = getHeight();
        Color ink = palette.color("ink", Color.web("#1f2933"));
        Color muted = palette.color("muted", Color.web("#667085"));
        Color grid = palette.color("grid", Color.web("#e3ded2"));
        g.setFill(palette.color("bg", Color.WHITE));
        g.fillRect(0, 0, w, h);
        int[] r = yearRange();
        if (r == null || w < LEFT + RIGHT + 10) {
            g.setFill(muted);
            g.setFont(UNIT_FONT);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(message != null ? message : TR.get(locale, "trend.empty"), w / 2, h / 2);
            return;
        }
        AxisTicks t = valueAxis();
        g.setFont(TICK_FONT);
        g.setLineWidth(1);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.RIGHT);
        for (double v : t.values()) {
            double y = Math.round(py(v, t)) + 0.5;
            g.setStroke(grid);
            g.strokeLine(LEFT, y, w - RIGHT, y);
            g.setFill(muted);
            g.fillText(FigureFormat.tick(v, t.step(), locale), LEFT - 5, y);
        }
        int span = r[1] - r[0];
        int step = span <= 8 ? 1 : span <= 16 ? 2 : span <= 40 ? 5 : 10;
        if ((w - LEFT - RIGHT) / (span / (double) step) < 34) step *= 2;
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (int y = (int) Math.ceil(r[0] / (double) step) * step; y <= r[1]; y += step) {
            double x = Math.round(px(y, r)) + 0.5;
            g.setStroke(grid);
            g.strokeLine(x, h - BOTTOM, x, h - BOTTOM + 4);
            g.setFill(muted);
            g.fillText(Integer.toString(y), x, h - BOTTOM + 6);
        }
        g.setStroke(muted);
        g.strokeLine(LEFT, h - BOTTOM + 0.5, w - RIGHT, h - BOTTOM + 0.5);
        // Units on the axis itself: the value unit on top of the y axis, years under the x axis.
        g.setFill(ink);
        g.setFont(UNIT_FONT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(unit, LEFT + 4, 1);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.BOTTOM);
        g.setFill(muted);
        g.fillText(TR.get(locale, "trend.year"), w - RIGHT, h - 2);

        if (year >= r[0] && year <= r[1]) {
            double x = px(year, r);
            g.setStroke(palette.color("accent", Color.ORANGE).deriveColor(0, 1, 1, 0.7));
            g.setLineWidth(1.5);
            g.setLineDashes(3, 3);
            g.strokeLine(x, TOP, x, h - BOTTOM);
            g.setLineDashes((double[]) null);
        }

        for (ChartLine l : lines) {
            Color c = colour(l.colour());
            g.setStroke(c);
            g.setFill(c);
            g.setLineWidth(l.kind() == ChartLine.Kind.COUNTRY && l.colour().equals("country") ? 2.6 : 1.8);
            g.setLineDashes(l.kind() == ChartLine.Kind.COMPUTED_GROUP ? new double[] {6, 4} : null);
            for (NavigableMap<Integer, Double> run : FigureSeries.runs(l.values())) {
                g.beginPath();
                boolean first = true;
                for (Map.Entry<Integer, Double> e : run.entrySet()) {
                    double x = px(e.getKey(), r), y = py(e.getValue(), t);
                    if (first) { g.moveTo(x, y); first = false; } else g.lineTo(x, y);
                }
                g.stroke();
                if (run.size() == 1 || l.kind() != ChartLine.Kind.COMPUTED_GROUP) {
                    for (Map.Entry<Integer, Double> e : run.entrySet()) {
                        double x = px(e.getKey(), r), y = py(e.getValue(), t);
                        double s = run.size() == 1 ? 3.5 : 2.2;
                        if (l.kind() == ChartLine.Kind.SOURCE_GROUP) g.fillRect(x - s, y - s, 2 * s, 2 * s);
                        else g.fillOval(x - s, y - s, 2 * s, 2 * s);
                    }
                }
            }
            g.setLineDashes((double[]) null);
        }
    }

    private void moved(MouseEvent e) {
        int[] r = yearRange();
        if (r == null) return;
        double frac = (e.getX() - LEFT) / (getWidth() - LEFT - RIGHT);
        int y = (int) Math.round(r[0] + frac * (r[1] - r[0]));
        if (y < r[0] || y > r[1]) { Tooltip.uninstall(this, tooltip); return; }
        List<String> rows = new ArrayList<>();
        for (ChartLine l : lines) {
            Double v = l.values().get(y);
            rows.add(l.label() + ": " + (v == null ? TR.get(locale, "trend.noValue") : FigureFormat.number(v, locale)));
        }
        tooltip.setText(y + " (" + unit + ")\n" + String.join("\n", rows));
        Tooltip.install(this, tooltip);
    }
}
