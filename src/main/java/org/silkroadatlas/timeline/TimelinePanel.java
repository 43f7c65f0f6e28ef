package org.silkroadatlas.timeline;

import java.util.Set;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.silkroadatlas.model.Dataset;
import org.silkroadatlas.state.ExplorerState;
import org.silkroadatlas.text.DateLabels;
import org.silkroadatlas.text.Tr;

/**
 * Events, cable ready-for-service dates and zone batches on a time axis, with the year control
 * (slider, step, play at a chosen speed). Follows the state's pack, year, selection and hover;
 * changes the state only through its commands: a click selects, hovering sets the hover, the
 * controls and Left/Right set the year.
 */
public class TimelinePanel extends VBox {
    private static final Tr TR = Tr.of(TimelinePanel.class);
    private static final double[] SPEEDS = {0.5, 1, 2, 4};

    private final ExplorerState state;
    private final TimelineCanvas canvas;
    private final Slider slider = new Slider();
    private final Label yearLabel = new Label();
    private final Label info = new Label();
    private final Button play = new Button();
    private final ChoiceBox<Double> speed = new ChoiceBox<>();
    private final Timeline player = new Timeline();
    private TimelineModel model = new TimelineModel(Dataset.empty());
    private Set<String> selectedKeys = Set.of();
    private Set<String> relatedKeys = Set.of();
    private TimelineItem hovered;
    private boolean updatingSlider;
    private boolean settingHover;

    public TimelinePanel(ExplorerState state) {
        this.state = state;
        getStyleClass().add("timeline-panel");
        getStylesheets().add(TimelinePanel.class.getResource("timeline.css").toExternalForm());
        setId("timeline-panel");

        canvas = new TimelineCanvas(this::hoveredItem, it -> state.select(it.selectId()), state::setYear);
        canvas.setId("timeline-canvas");
        VBox.setVgrow(canvas, Priority.ALWAYS);

        info.getStyleClass().add("timeline-info");
        info.setId("timeline-info");
        info.setMaxWidth(Double.MAX_VALUE);
        info.setWrapText(false);

        getChildren().addAll(controls(), yearSlider(), canvas, info);

        player.setCycleCount(Animation.INDEFINITE);
        player.getKeyFrames().setAll(new KeyFrame(Duration.seconds(1), e -> advance()));
        player.statusProperty().addListener((o, a, b) -> updatePlayButton());
        speed.valueProperty().addListener((o, a, b) -> player.setRate(b == null ? 1 : b));

        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        canvas.accessibleTextProperty().bind(TR.bind(state.localeProperty(), "timeline.a11y"));
        canvas.accessibleHelpProperty().bind(TR.bind(state.localeProperty(), "timeline.help"));
        slider.accessibleTextProperty().bind(TR.bind(state.localeProperty(), "control.slider"));

        state.datasetProperty().subscribe(this::datasetChanged);
        state.yearProperty().subscribe(y -> yearChanged(y.intValue()));
        state.selectionProperty().subscribe(this::selectionChanged);
        state.hoverProperty().subscribe(id -> { if (!settingHover) canvas.setExternalHover(id); });
        state.localeProperty().addListener(o -> localeChanged());
        updatePlayButton();
    }

    private HBox controls() {
        yearLabel.getStyleClass().add("timeline-year");
        yearLabel.setId("timeline-year");
        Button back = iconButton("M 2 1 L 2 13 L 4 13 L 4 1 Z M 13 1 L 5 7 L 13 13 Z", "control.back");
        back.setId("timeline-step-back");
        back.setOnAction(e -> state.stepYear(-1));
        Button forward = iconButton("M 1 1 L 9 7 L 1 13 Z M 10 1 L 10 13 L 12 13 L 12 1 Z", "control.forward");
        forward.setId("timeline-step-forward");
        forward.setOnAction(e -> state.stepYear(1));
        play.setId("timeline-play");
        play.getStyleClass().addAll("timeline-button", "timeline-play");
        play.setOnAction(e -> togglePlay());

        speed.getItems().setAll(SPEEDS[0], SPEEDS[1], SPEEDS[2], SPEEDS[3]);
        speed.setValue(1.0);
        speed.setId("timeline-speed");
        // Never narrower than its text, in either language.
        speed.setMinWidth(Region.USE_PREF_SIZE);
        speed.setTooltip(tooltip("control.speed"));
        speed.accessibleTextProperty().bind(TR.bind(state.localeProperty(), "control.speed"));
        speed.setConverter(speedWords());
        speed.skinProperty().addListener((o, a, skin) -> {
            if (speed.lookup(".label") instanceof javafx.scene.control.Labeled label) {
                label.fontProperty().addListener(f -> fitSpeedWidth());
                fitSpeedWidth();
            }
        });

        Button zoomOut = textButton("\u2212", "control.zoomOut");
        zoomOut.setId("timeline-zoom-out");
        zoomOut.setOnAction(e -> canvas.zoomBy(0.66));
        Button zoomIn = textButton("+", "control.zoomIn");
        zoomIn.setId("timeline-zoom-in");
        zoomIn.setOnAction(e -> canvas.zoomBy(1.5));
        Button all = textButton(null, "control.allTip");
        all.textProperty().bind(TR.bind(state.localeProperty(), "control.all"));
        all.setId("timeline-all");
        all.setOnAction(e -> canvas.showAll());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(4, yearLabel, back, play, forward, speed, spacer, zoomOut, zoomIn, all);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("timeline-controls");
        return box;
    }

    private Slider yearSlider() {
        slider.setId("timeline-slider");
        slider.getStyleClass().add("timeline-slider");
        slider.setSnapToTicks(true);
        slider.setMajorTickUnit(10);
        slider.setMinorTickCount(9);
        slider.setBlockIncrement(1);
        slider.setShowTickMarks(true);
        // The axis below names the years; labels here would start at the pack's odd first year.
        slider.setShowTickLabels(false);
        slider.setLabelFormatter(new StringConverter<>() {
            @Override public String toString(Double d) { return String.valueOf(d.intValue()); }
            @Override public Double fromString(String s) { return Double.valueOf(s); }
        });
        slider.valueProperty().addListener((o, a, b) -> {
            if (updatingSlider) return;
            int y = (int) Math.round(b.doubleValue());
            if (y != state.getYear()) state.setYear(y);
        });
        return slider;
    }

    private Button iconButton(String path, String tipKey) {
        SVGPath icon = new SVGPath();
        icon.setContent(path);
        icon.getStyleClass().add("timeline-icon");
        Button b = new Button(null, icon);
        b.getStyleClass().add("timeline-button");
        b.setTooltip(tooltip(tipKey));
        b.accessibleTextProperty().bind(TR.bind(state.localeProperty(), tipKey));
        return b;
    }

    private Button textButton(String text, String tipKey) {
        Button b = new Button(text);
        b.getStyleClass().addAll("timeline-button", "timeline-text-button");
        b.setTooltip(tooltip(tipKey));
        b.accessibleTextProperty().bind(TR.bind(state.localeProperty(), tipKey));
        return b;
    }

    private Tooltip tooltip(String key) {
        Tooltip t = new Tooltip();
        t.textProperty().bind(TR.bind(state.localeProperty(), key));
        return t;
    }

    /**
     * A choice box is as wide as its popup's widest item, and the popup, never shown yet, measures
     * Chinese words as if they had no glyphs: "1年/秒" then ran under the arrow. Sized here on the
     * widest speed in the reader's language, with the label's own font.
     */
    private void fitSpeedWidth() {
        if (!(speed.lookup(".label") instanceof javafx.scene.control.Labeled label) || label.getFont() == null) return;
        double widest = 0;
        for (Double d : speed.getItems()) {
            javafx.scene.text.Text t = new javafx.scene.text.Text(speed.getConverter().toString(d));
            t.setFont(label.getFont());
            widest = Math.max(widest, t.getLayoutBounds().getWidth());
        }
        javafx.scene.Node arrow = speed.lookup(".open-button");
        double arrowWidth = arrow == null ? 20 : arrow.prefWidth(-1);
        speed.setPrefWidth(Math.ceil(speed.snappedLeftInset() + label.getPadding().getLeft() + widest
                + label.getPadding().getRight() + arrowWidth + speed.snappedRightInset() + 4));
    }

    /** "2 yr/s" or "2年/秒"; a new converter per language, which makes the choice box redraw its items. */
    private StringConverter<Double> speedWords() {
        java.util.Locale locale = state.getLocale();
        return new StringConverter<>() {
            @Override public String toString(Double d) {
                if (d == null) return "";
                return TR.get(locale, "control.speedValue", d == Math.floor(d) ? String.valueOf(d.intValue()) : String.valueOf(d));
            }
            @Override public Double fromString(String s) { return null; }
        };
    }

    /** Rewords everything drawn or built in code; the year, the selection and the visible years stay. */
    private void localeChanged() {
        model = new TimelineModel(state.getDataset(), state.getLocale());
        canvas.reword(model);
        speed.setConverter(speedWords());
        fitSpeedWidth();
        yearLabel.setText(DateLabels.year(state.getYear(), state.getLocale()));
        updatePlayButton();
        updateInfo();
    }

    // ---- following the state ---------------------------------------------------------------

    private void datasetChanged(Dataset d) {
        model = new TimelineModel(d, state.getLocale());
        updatingSlider = true;
        try {
            slider.setMin(state.getFirstYear());
            slider.setMax(state.getLastYear());
            slider.setValue(state.getYear());
        } finally {
            updatingSlider = false;
        }
        canvas.setModel(model, state.getFirstYear(), state.getLastYear());
        selectionChanged(state.getSelection());
        yearChanged(state.getYear());
    }

    private void yearChanged(int y) {
        updatingSlider = true;
        try {
            slider.setValue(y);
        } finally {
            updatingSlider = false;
        }
        yearLabel.setText(DateLabels.year(y, state.getLocale()));
        canvas.setYear(y);
    }

    private void selectionChanged(String id) {
        selectedKeys = model.selectedKeys(id);
        relatedKeys = model.relatedKeys(id);
        canvas.setHighlights(selectedKeys, relatedKeys);
        updateInfo();
    }

    private void hoveredItem(TimelineItem it) {
        hovered = it;
        settingHover = true;
        try {
            state.setHover(it == null ? null : it.selectId());
        } finally {
            settingHover = false;
        }
        updateInfo();
    }

    private void updateInfo() {
        TimelineItem it = hovered;
        if (it == null && !selectedKeys.isEmpty()) it = model.item(selectedKeys.iterator().next());
        if (it != null) {
            info.setText(DateLabels.label(it.date(), state.getLocale()) + "  \u00b7  " + it.title());
        } else if (state.getSelection() != null && !relatedKeys.isEmpty()) {
            info.setText(TR.get(state.getLocale(), "info.related", Integer.toString(relatedKeys.size())));
        } else {
            info.setText(TR.get(state.getLocale(), "info.hint"));
        }
    }

    // ---- year control ------------------------------------------------------------------------

    private void togglePlay() {
        if (player.getStatus() == Animation.Status.RUNNING) {
            player.pause();
        } else {
            if (state.getYear() >= state.getLastYear()) {
                double[] r = canvas.range();
                state.setYear((int) Math.ceil(r[0]));
            }
            player.play();
        }
    }

    private void advance() {
        if (state.getYear() >= state.getLastYear()) { player.stop(); return; }
        state.stepYear(1);
        if (state.getYear() >= state.getLastYear()) player.stop();
    }

    /** True while the year plays forward. */
    public boolean isPlaying() { return player.getStatus() == Animation.Status.RUNNING; }

    /** Stops playback (the shell calls this when it leaves presenter mode, for instance). */
    public void stop() { player.stop(); }

    private void updatePlayButton() {
        boolean running = player.getStatus() == Animation.Status.RUNNING;
        SVGPath icon = new SVGPath();
        icon.setContent(running ? "M 2 1 L 6 1 L 6 13 L 2 13 Z M 8 1 L 12 1 L 12 13 L 8 13 Z" : "M 2 1 L 13 7 L 2 13 Z");
        icon.getStyleClass().add("timeline-icon");
        play.setGraphic(icon);
        String words = TR.get(state.getLocale(), running ? "control.pause" : "control.play");
        play.setTooltip(new Tooltip(words));
        play.setAccessibleText(words);
        play.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("playing"), running);
    }

    private void keyPressed(KeyEvent e) {
        if (e.isAltDown() || e.isShortcutDown() || e.isControlDown()) return;
        if (e.getCode() == KeyCode.LEFT) { state.stepYear(-1); e.consume(); }
        else if (e.getCode() == KeyCode.RIGHT) { state.stepYear(1); e.consume(); }
        else if (e.getCode() == KeyCode.SPACE && e.getTarget() == canvas) { togglePlay(); e.consume(); }
        else if ((e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN) && e.getTarget() == canvas) {
            stepMark(e.getCode() == KeyCode.DOWN ? 1 : -1);
            e.consume();
        }
    }

    /** Up/Down on the focused timeline select the previous/next mark in time: the marks without a mouse. */
    private void stepMark(int direction) {
        // Of several selected marks (a country's), step on from the last one going forward, the first going back.
        String current = null;
        for (TimelineItem it : model.items()) {
            if (!selectedKeys.contains(it.key())) continue;
            current = it.key();
            if (direction < 0) break;
        }
        TimelineItem next = model.neighbour(current, state.getYear(), direction);
        if (next == null) return;
        canvas.reveal(next.date().year() + 0.5);
        state.select(next.selectId());
    }

    // ---- read-only views for tests and the bench ----------------------------------------------

    /** Keys of the marks drawn as the selection. */
    public Set<String> selectedKeys() { return selectedKeys; }

    /** Keys of the marks ringed as concerning the selection. */
    public Set<String> highlightedKeys() { return relatedKeys; }

    /** Nanoseconds the timeline's last repaint took. */
    public long lastPaintNanos() { return canvas.lastPaintNanos(); }

    TimelineCanvas canvas() { return canvas; }
}
