package org.silkroadatlas.timeline;

import org.silkroadatlas.ui.CanvasPalette;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;
import org.silkroadatlas.text.DateLabels;
import org.silkroadatlas.text.Tr;

/**
 * The drawn part of the timeline: lanes, year ticks, the current year and the marks, painted on
 * one Canvas so that a year step costs one repaint of a few hundred shapes, not a scene-graph
 * rebuild. Layout (rows, extents) is recomputed only on zoom, pan, resize or a new pack.
 */
final class TimelineCanvas extends Pane {
    private static final Tr TR = Tr.of(TimelineCanvas.class);
    static final double LABEL_WIDTH = 84;
    private static final double TOP = 6;
    private static final double AXIS_HEIGHT = 20;
    private static final double LEGEND_HEIGHT = 18;
    private static final Font LANE_FONT = Font.font("System", 10.5);
    private static final Font TICK_FONT = Font.font("System", 10);
    private static final Font LABEL_FONT = Font.font("System", FontWeight.BOLD, 11);
    private static final Font COUNT_FONT = Font.font("System", FontWeight.BOLD, 9);

    private final Canvas canvas = new Canvas();
    private final CanvasPalette palette;
    private final Tooltip tooltip = new Tooltip();
    private final Consumer<TimelineItem> onHover;
    private final Consumer<TimelineItem> onClick;
    private final IntConsumer onYearClick;

    private TimelineModel model;
    private double from = 2000;
    private double to = 2027;
    private double minYear = 1990;
    private double maxYear = 2027;
    private TimelineLayout layout;
    private int year;
    private Set<String> selectedKeys = Set.of();
    private Set<String> relatedKeys = Set.of();
    private String hoverKey;
    private String externalHoverId;
    private double dragX = Double.NaN;
    private boolean dragged;
    private long lastPaintNanos;

    TimelineCanvas(Consumer<TimelineItem> onHover, Consumer<TimelineItem> onClick, IntConsumer onYearClick) {
        this.onHover = onHover;
        this.onClick = onClick;
        this.onYearClick = onYearClick;
        getStyleClass().add("timeline-canvas");
        getChildren().add(canvas);
        palette = new CanvasPalette(this, "bg", "ink", "muted", "grid", "band", "accent", "future",
                "lane-membership", "lane-agreement", "lane-trade", "lane-cable", "lane-cable-rfs", "lane-zone", "lane-zone-batch");
        palette.onChange(this::paint);
        tooltip.setShowDelay(Duration.millis(120));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(360);
        setFocusTraversable(true);
        setMinHeight(TOP + Lane.totalUnits() * 20 + AXIS_HEIGHT + LEGEND_HEIGHT);
        setPrefHeight(TOP + Lane.totalUnits() * 25 + AXIS_HEIGHT + LEGEND_HEIGHT);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> setHoverKey(null));
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> { dragX = e.getX(); dragged = false; requestFocus(); });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
    }

    // ---- inputs from the panel -------------------------------------------------------------

    void setModel(TimelineModel m, int firstYear, int lastYear) {
        model = m;
        minYear = firstYear - 1;
        maxYear = lastYear + 2;
        to = maxYear;
        from = Math.max(minYear, to - 16);
        relayout();
    }

    /** The language the lanes, legend and tooltips are painted in: the model's, so the two never disagree. */
    Locale locale() { return model == null ? Tr.ENGLISH : model.locale(); }

    /** The same marks worded for another language: the visible years, selection and hover stay. */
    void reword(TimelineModel reworded) {
        model = reworded;
        relayout();
        TimelineItem it = hoverKey == null ? null : model.item(hoverKey);
        if (it != null) tooltip.setText(tooltipText(it, locale()));
    }

    void setYear(int y) {
        year = y;
        if (y < from || y + 1 > to) {
            double span = to - from;
            double f = y + 1 > to ? y + 2 - span : y - 1;
            setRange(f, f + span);
        } else {
            paint();
        }
    }

    void setHighlights(Set<String> selected, Set<String> related) {
        selectedKeys = selected;
        relatedKeys = related;
        paint();
    }

    void setExternalHover(String id) {
        externalHoverId = id;
        paint();
    }

    void showAll() { setRange(minYear, maxYear); }

    /** Pans, keeping the zoom, so that a mark of that date is in view. */
    void reveal(double when) {
        if (when >= from && when <= to) return;
        double span = to - from;
        double f = when > to ? when + 1 - span : when - 1;
        setRange(f, f + span);
    }

    /** Zooms around the current year when it is in view, so the buttons never lose it. */
    void zoomBy(double factor) {
        TimeAxis a = axis();
        double x = year + 0.5 >= from && year + 0.5 <= to ? a.x(year + 0.5) : LABEL_WIDTH + (getWidth() - LABEL_WIDTH) / 2;
        zoom(factor, x);
    }

    double[] range() { return new double[] {from, to}; }

    TimelineLayout layoutForTest() { return layout; }

    /** Nanoseconds the last repaint took (for the bench and the tests' log; never asserted). */
    long lastPaintNanos() { return lastPaintNanos; }

    private void setRange(double f, double t) {
        TimeAxis a = new TimeAxis(f, t, 0, 1).clampTo(minYear, maxYear);
        from = a.from();
        to = a.to();
        relayout();
    }

    private void zoom(double factor, double x) {
        TimeAxis a = axis().zoom(factor, x, 2, maxYear - minYear).clampTo(minYear, maxYear);
        from = a.from();
        to = a.to();
        relayout();
    }

    // ---- layout and painting ---------------------------------------------------------------

    private TimeAxis axis() {
        return new TimeAxis(from, to, LABEL_WIDTH, Math.max(1, getWidth() - LABEL_WIDTH - 12));
    }

    private double laneHeight() {
        double h = (getHeight() - TOP - AXIS_HEIGHT - LEGEND_HEIGHT) / Lane.totalUnits();
        return Math.max(20, Math.min(40, h));
    }

    @Override protected void layoutChildren() {
        double w = getWidth(), h = getHeight();
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            relayout();
        }
    }

    private void relayout() {
        if (model == null || getWidth() <= 0) { paint(); return; }
        layout = new TimelineLayout(model.items(), axis(), TOP, laneHeight());
        paint();
    }

    void paint() {
        long t0 = System.nanoTime();
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth(), h = canvas.getHeight();
        Color bg = palette.color("bg", Color.web("#fbfaf7"));
        Color ink = palette.color("ink", Color.web("#1f2933"));
        Color muted = palette.color("muted", Color.web("#6b7280"));
        Color grid = palette.color("grid", Color.web("#e4dfd3"));
        Color band = palette.color("band", Color.web("#f3efe6"));
        Color accent = palette.color("accent", Color.web("#e07b00"));
        g.setFill(bg);
        g.fillRect(0, 0, w, h);
        if (layout == null) { lastPaintNanos = System.nanoTime() - t0; return; }
        TimeAxis ax = layout.axis();
        double bottom = layout.bottom();

        for (Lane lane : Lane.values()) {
            double y = layout.laneTop(lane);
            if (lane.ordinal() % 2 == 1) { g.setFill(band); g.fillRect(0, y, w, layout.laneHeight(lane)); }
            g.setFill(laneColor(lane));
            g.fillRect(6, layout.laneCenter(lane) - 3, 6, 6);
            g.setFill(muted);
            g.setFont(LANE_FONT);
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(lane.label(locale()), 16, layout.laneCenter(lane));
        }

        g.save();
        g.beginPath();
        g.rect(LABEL_WIDTH - 6, 0, w - LABEL_WIDTH + 6, h);
        g.clip();
        // The year shown is the state of things on 31 December: shade the year and mark its end.
        double yx0 = ax.x(year), yx1 = ax.x(year + 1.0);
        g.setFill(accent.deriveColor(0, 1, 1, 0.13));
        g.fillRect(yx0, TOP, Math.max(1, yx1 - yx0), bottom - TOP);
        g.setStroke(grid);
        g.setLineWidth(1);
        g.setFont(TICK_FONT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (int t : ax.ticks(38)) {
            double x = Math.round(ax.x(t)) + 0.5;
            g.strokeLine(x, TOP, x, bottom + 3);
            if (x < LABEL_WIDTH + 8 || x > w - 14) continue;
            g.setFill(muted);
            g.fillText(Integer.toString(t), x, bottom + 5);
        }
        g.setStroke(accent);
        g.setLineWidth(1.5);
        g.strokeLine(yx1, TOP, yx1, bottom);

        boolean focus = !selectedKeys.isEmpty() || !relatedKeys.isEmpty();
        TimelineLayout.Placed labelled = null;
        for (TimelineLayout.Placed p : layout.placed()) {
            if (p.x1() < LABEL_WIDTH - 12 || p.x0() > w) continue;
            TimelineItem it = p.item();
            boolean selected = selectedKeys.contains(it.key());
            boolean related = relatedKeys.contains(it.key());
            boolean future = it.date().year() > year;
            double alpha = future ? 0.3 : 1.0;
            if (focus && !selected && !related) alpha = Math.min(alpha, 0.28);
            Color c = laneColor(it.lane()).deriveColor(0, 1, 1, alpha);
            if (p.span() && it.date().precision() == org.silkroadatlas.model.DatePrecision.YEAR) {
                // Known only to the year: an outlined bar over the whole year, lighter than a month.
                g.setFill(c.deriveColor(0, 1, 1, 0.35));
                drawMark(g, p);
                g.setStroke(c);
                g.setLineWidth(1.2);
                strokeMark(g, p, 0);
            } else {
                g.setFill(c);
                drawMark(g, p);
            }
            if (it.isGroup() && p.r() >= 7.5) {
                g.setFill(textOn(c).deriveColor(0, 1, 1, Math.max(alpha, 0.6)));
                g.setFont(COUNT_FONT);
                g.setTextAlign(TextAlignment.CENTER);
                g.setTextBaseline(VPos.CENTER);
                g.fillText(Integer.toString(it.count()), p.cx(), p.cy());
            }
            boolean hovered = it.key().equals(hoverKey) || (externalHoverId != null && it.stands().contains(externalHoverId));
            if (selected) {
                g.setStroke(ink);
                g.setLineWidth(2.5);
                strokeMark(g, p, 3);
                labelled = p;
            } else if (related) {
                g.setStroke(accent);
                g.setLineWidth(2);
                strokeMark(g, p, 2);
            }
            if (hovered) {
                g.setStroke(ink);
                g.setLineWidth(1.2);
                strokeMark(g, p, selected ? 5.5 : 3.5);
            }
        }
        if (labelled != null) drawLabel(g, labelled, w, bg, ink);
        g.restore();

        drawLegend(g, h, muted);
        lastPaintNanos = System.nanoTime() - t0;
    }

    private Color laneColor(Lane lane) {
        return palette.color("lane-" + lane.styleName(), Color.GRAY);
    }

    /** White on dark lane colours, near black on light ones (the dark theme's lanes are light). */
    private static Color textOn(Color c) {
        double l = 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
        return l > 0.55 ? Color.web("#0d1117") : Color.WHITE;
    }

    private static void drawMark(GraphicsContext g, TimelineLayout.Placed p) {
        if (p.span()) g.fillRoundRect(p.x0(), p.cy() - p.r(), p.x1() - p.x0(), 2 * p.r(), 2 * p.r(), 2 * p.r());
        else g.fillOval(p.cx() - p.r(), p.cy() - p.r(), 2 * p.r(), 2 * p.r());
    }

    private static void strokeMark(GraphicsContext g, TimelineLayout.Placed p, double pad) {
        if (p.span()) {
            double r = p.r() + pad;
            g.strokeRoundRect(p.x0() - pad, p.cy() - r, p.x1() - p.x0() + 2 * pad, 2 * r, 2 * r, 2 * r);
        } else {
            double r = p.r() + pad;
            g.strokeOval(p.cx() - r, p.cy() - r, 2 * r, 2 * r);
        }
    }

    /** The selected mark's date and title beside it, on a halo so it reads over other marks. */
    private void drawLabel(GraphicsContext g, TimelineLayout.Placed p, double w, Color bg, Color ink) {
        String text = DateLabels.label(p.item().date(), locale()) + "  " + shorten(p.item().title(), 48);
        g.setFont(LABEL_FONT);
        double tw = textWidth(text);
        double x = p.x1() + 8;
        if (x + tw > w - 4) x = Math.max(LABEL_WIDTH, p.x0() - 8 - tw);
        double y = p.cy() - p.r() - 9;
        if (y < TOP + 6) y = p.cy() + p.r() + 9;
        g.setFill(bg.deriveColor(0, 1, 1, 0.92));
        g.fillRoundRect(x - 4, y - 8, tw + 8, 16, 6, 6);
        g.setFill(ink);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, x, y);
    }

    private void drawLegend(GraphicsContext g, double h, Color muted) {
        double y = h - LEGEND_HEIGHT / 2;
        g.setFill(muted);
        g.setFont(TICK_FONT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        double x = 8;
        // Each entry is as wide as its words, which differ by language.
        String day = TR.get(locale(), "legend.day"), month = TR.get(locale(), "legend.month"),
                yearOnly = TR.get(locale(), "legend.year"), batch = TR.get(locale(), "legend.batch");
        g.fillOval(x, y - 4, 8, 8);
        g.fillText(day, x + 12, y);
        x += 12 + textWidth(day, TICK_FONT) + 18;
        g.fillRoundRect(x, y - 3.5, 16, 7, 7, 7);
        g.fillText(month, x + 20, y);
        x += 20 + textWidth(month, TICK_FONT) + 18;
        g.setStroke(muted);
        g.setLineWidth(1.2);
        g.strokeRoundRect(x, y - 3.5, 16, 7, 7, 7);
        g.fillText(yearOnly, x + 20, y);
        x += 20 + textWidth(yearOnly, TICK_FONT) + 18;
        g.fillOval(x, y - 5.5, 11, 11);
        g.fillText(batch, x + 15, y);
    }

    private static double textWidth(String s) {
        return textWidth(s, LABEL_FONT);
    }

    private static double textWidth(String s, Font font) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }

    // ---- mouse -----------------------------------------------------------------------------

    private void moved(MouseEvent e) {
        TimelineLayout.Placed p = layout == null ? null : layout.hit(e.getX(), e.getY());
        setHoverKey(p == null ? null : p.item().key());
    }

    private void setHoverKey(String key) {
        if (java.util.Objects.equals(key, hoverKey)) return;
        hoverKey = key;
        TimelineItem it = key == null || model == null ? null : model.item(key);
        setCursor(it == null ? Cursor.DEFAULT : Cursor.HAND);
        if (it == null) {
            Tooltip.uninstall(this, tooltip);
        } else {
            tooltip.setText(tooltipText(it, locale()));
            Tooltip.install(this, tooltip);
        }
        onHover.accept(it);
        paint();
    }

    static String tooltipText(TimelineItem it) { return tooltipText(it, Tr.ENGLISH); }

    static String tooltipText(TimelineItem it, Locale locale) {
        StringBuilder sb = new StringBuilder();
        sb.append(DateLabels.label(it.date(), locale)).append("  \u00b7  ").append(it.lane().label(locale)).append('\n').append(it.title());
        if (!it.countries().isEmpty()) sb.append('\n').append(String.join(", ", new java.util.TreeSet<>(it.countries())));
        return sb.toString();
    }

    private void dragged(MouseEvent e) {
        if (Double.isNaN(dragX) || layout == null) return;
        double dx = e.getX() - dragX;
        if (Math.abs(dx) < 2 && !dragged) return;
        dragged = true;
        dragX = e.getX();
        TimeAxis a = axis().pan(-dx / axis().pixelsPerYear()).clampTo(minYear, maxYear);
        from = a.from();
        to = a.to();
        relayout();
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || dragged || layout == null) return;
        TimelineLayout.Placed p = layout.hit(e.getX(), e.getY());
        if (p != null) {
            onClick.accept(p.item());
        } else if (e.getX() >= LABEL_WIDTH && e.getY() <= layout.bottom() + AXIS_HEIGHT) {
            onYearClick.accept((int) Math.floor(layout.axis().year(e.getX())));
        }
    }

    private void scrolled(ScrollEvent e) {
        if (layout == null) return;
        if (e.getDeltaY() != 0 && !e.isShiftDown()) {
            zoom(e.getDeltaY() > 0 ? 1.25 : 0.8, e.getX());
        } else {
            double d = e.getDeltaX() != 0 ? e.getDeltaX() : e.getDeltaY();
            TimeAxis a = axis().pan(-d / axis().pixelsPerYear()).clampTo(minYear, maxYear);
            from = a.from();
            to = a.to();
            relayout();
        }
        e.consume();
    }
}
