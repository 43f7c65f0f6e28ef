package org.silkroadatlas.figures;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.stage.FileChooser;
import org.silkroadatlas.model.Dataset;
import org.silkroadatlas.model.FigureValue;
import org.silkroadatlas.model.Indicator;
import org.silkroadatlas.state.ExplorerState;
import org.silkroadatlas.text.Labels;
import org.silkroadatlas.ui.WrappedLabel;
import org.silkroadatlas.text.Names;
import org.silkroadatlas.text.Tr;
import org.silkroadatlas.ui.SceneBoundWork;

/**
 * Digital-economy figures for the selection: the chosen indicator over the years against China
 * and the SCO and ASEAN groups, a ranking of countries in the state's year, the values with their
 * sources (copy and CSV export), and headline figures when the selection has no series.
 */
public class FiguresPanel extends VBox {
    private static final Tr TR = Tr.of(FiguresPanel.class);
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    /** Width from which the trend and the ranking sit side by side. */
    private static final double WIDE = 900;

    private final ExplorerState state;
    private final ComboBox<Indicator> indicatorBox = new ComboBox<>();
    private final CheckBox colourMap = new CheckBox();
    private final Label definition = new WrappedLabel();
    private final Label trendTitle = new Label();
    private final Label trendNote = new WrappedLabel();
    private final TrendChart trend = new TrendChart();
    private final FlowPane legend = new FlowPane(10, 4);
    private final Label rankingTitle = new Label();
    private final RankingChart ranking;
    private final Label rankingNote = new WrappedLabel();
    private final FlowPane barLegend = new FlowPane(10, 4);
    private final Label groupNote = new WrappedLabel();
    private final VBox headlineBox = new VBox(6);
    private final VBox headlineSection = new VBox(6);
    private final TableView<FigureRow> table = new TableView<>();
    private final ObservableList<FigureRow> rows = FXCollections.observableArrayList();
    private final Label status = new Label();
    private final ExecutorService exporter = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "figures-export");
        t.setDaemon(true);
        return t;
    });

    private final SceneBoundWork refresh = new SceneBoundWork(this, this::refreshContent);
    private FigureIndex index = new FigureIndex(Dataset.empty());
    private FiguresContent content;
    private boolean updating;

    public FiguresPanel(ExplorerState state) {
        this.state = state;
        colourMap.textProperty().bind(text("colourMap"));
        groupNote.textProperty().bind(text("groupNote"));
        setId("figures-panel");
        getStyleClass().add("figures-panel");
        getStylesheets().add(FiguresPanel.class.getResource("figures.css").toExternalForm());
        ranking = new RankingChart(iso -> state.select(iso), iso -> state.setHover(iso));

        indicatorBox.setId("figures-indicator");
        indicatorBox.setMaxWidth(Double.MAX_VALUE);
        indicatorBox.setCellFactory(l -> new IndicatorCell());
        indicatorBox.setButtonCell(new IndicatorCell());
        indicatorBox.valueProperty().addListener((o, a, b) -> {
            if (!updating && b != null) state.setIndicator(b.id());
        });
        HBox.setHgrow(indicatorBox, Priority.ALWAYS);
        indicatorBox.accessibleTextProperty().bind(text("indicator.a11y"));
        colourMap.setId("figures-colour-map");
        colourMap.selectedProperty().addListener((o, a, b) -> {
            if (!updating) state.setMapColouredByIndicator(b);
        });
        definition.getStyleClass().add("figures-definition");
        definition.setWrapText(true);

        trend.setId("figures-trend");
        ranking.setId("figures-ranking");
        trend.setAccessibleRole(javafx.scene.AccessibleRole.IMAGE_VIEW);
        trend.accessibleTextProperty().bind(text("trend.a11y"));
        ranking.setAccessibleRole(javafx.scene.AccessibleRole.IMAGE_VIEW);
        ranking.accessibleTextProperty().bind(text("ranking.a11y"));
        trendTitle.getStyleClass().add("figures-section-title");
        rankingTitle.getStyleClass().add("figures-section-title");
        trendNote.getStyleClass().add("figures-note");
        trendNote.setWrapText(true);
        rankingNote.getStyleClass().add("figures-note");
        rankingNote.setWrapText(true);
        legend.getStyleClass().add("figures-legend");

        Label headlineTitle = new Label();
        headlineTitle.textProperty().bind(text("headlines"));
        headlineTitle.getStyleClass().add("figures-section-title");
        headlineSection.getChildren().addAll(headlineTitle, headlineBox);
        headlineSection.setId("figures-headlines");

        groupNote.getStyleClass().add("figures-note");
        groupNote.setWrapText(true);
        barLegend.getStyleClass().add("figures-legend");
        VBox trendSection = new VBox(8, trendTitle, trendNote, trend, legend, groupNote);
        VBox rankingSection = new VBox(8, rankingTitle, barLegend, ranking, rankingNote);
        VBox tableBox = tableSection();
        VBox body = new VBox(8);
        body.getStyleClass().add("figures-body");
        body.setFillWidth(true);
        // Side by side when the panel is given a whole screen (presenter), stacked in the side area.
        HBox columns = new HBox(16);
        body.widthProperty().addListener((o, a, b) -> arrange(body, columns, trendSection, rankingSection, tableBox, b.doubleValue() >= WIDE));
        arrange(body, columns, trendSection, rankingSection, tableBox, false);
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("figures-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        for (Label l : new Label[] {definition, trendNote, rankingNote, status, groupNote}) {
            l.setMaxWidth(Double.MAX_VALUE);
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        HBox header = new HBox(8, indicatorBox);
        header.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(header, definition, colourMap, scroll);

        state.datasetProperty().subscribe(this::datasetChanged);
        state.indicatorProperty().subscribe(id -> refresh.request());
        state.selectionProperty().subscribe(id -> refresh.request());
        state.yearProperty().subscribe(y -> yearChanged());
        state.mapColouredByIndicatorProperty().subscribe(on -> {
            updating = true;
            try { colourMap.setSelected(on); } finally { updating = false; }
        });
        state.localeProperty().addListener(o -> localeChanged());
    }

    private javafx.beans.binding.StringBinding text(String key, Object... args) {
        return TR.bind(state.localeProperty(), key, args);
    }

    /** Rewords what is built in code; the indicator, selection, year and scroll position stay. */
    private void localeChanged() {
        indicatorBox.setCellFactory(l -> new IndicatorCell());
        indicatorBox.setButtonCell(new IndicatorCell());
        barLegend.getChildren().clear();
        refresh.request();
    }

    private void arrange(VBox body, HBox columns, VBox trendSection, VBox rankingSection, VBox tableBox, boolean wide) {
        boolean isWide = body.getChildren().contains(columns);
        if (wide == isWide && !body.getChildren().isEmpty()) return;
        columns.getChildren().clear();
        if (wide) {
            HBox.setHgrow(trendSection, Priority.ALWAYS);
            HBox.setHgrow(rankingSection, Priority.ALWAYS);
            trendSection.setPrefWidth(1);
            rankingSection.setPrefWidth(1);
            VBox left = new VBox(8, trendSection, headlineSection);
            HBox.setHgrow(left, Priority.ALWAYS);
            left.setPrefWidth(1);
            columns.getChildren().addAll(left, rankingSection);
            body.getChildren().setAll(columns, tableBox);
        } else {
            trendSection.setPrefWidth(Region.USE_COMPUTED_SIZE);
            rankingSection.setPrefWidth(Region.USE_COMPUTED_SIZE);
            body.getChildren().setAll(trendSection, rankingSection, headlineSection, tableBox);
        }
    }

    private VBox tableSection() {
        Label title = new Label();
        title.textProperty().bind(text("table.title"));
        title.getStyleClass().add("figures-section-title");
        Button copy = new Button();
        copy.textProperty().bind(text("copy"));
        copy.setId("figures-copy");
        copy.setTooltip(tooltip("copy.tip"));
        copy.accessibleHelpProperty().bind(text("copy.tip"));
        copy.setOnAction(e -> copyRows());
        Button export = new Button();
        export.textProperty().bind(text("export"));
        export.setTooltip(tooltip("export.tip"));
        export.accessibleHelpProperty().bind(text("export.tip"));
        export.setId("figures-export");
        export.setOnAction(e -> chooseAndExport());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(6, title, spacer, copy, export);
        bar.setAlignment(Pos.CENTER_LEFT);

        table.setId("figures-table");
        table.setItems(rows);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(260);
        Label placeholder = new Label();
        placeholder.textProperty().bind(text("table.empty"));
        table.setPlaceholder(placeholder);
        table.accessibleTextProperty().bind(text("table.a11y"));
        table.getColumns().add(column("col.series", FigureRow::series, 130));
        table.getColumns().add(column("col.year", r -> Integer.toString(r.year()), 46));
        table.getColumns().add(column("col.value", FigureRow::value, 60));
        table.getColumns().add(column("col.source", FigureRow::source, 150));
        table.getColumns().add(column("col.confidence", FigureRow::confidence, 74));
        table.setRowFactory(tv -> {
            TableRow<FigureRow> row = new TableRow<>() {
                @Override protected void updateItem(FigureRow item, boolean empty) {
                    super.updateItem(item, empty);
                    Locale locale = state.getLocale();
                    setTooltip(item == null || empty ? null : new Tooltip(TR.get(locale, "row.tip", item.series(), Integer.toString(item.year()),
                            item.value(), item.unit(), item.source())
                            + (item.note() == null || item.note().isBlank() ? "" : "\n" + TR.get(locale, "row.note", item.note()))));
                }
            };
            row.setOnMouseClicked(e -> {
                // A click on a row selects its country, as a click on the map would.
                if (!row.isEmpty() && e.getClickCount() == 1 && state.getDataset().country(row.getItem().geography()).isPresent()) {
                    state.select(row.getItem().geography());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (COPY.match(e)) { copyRows(); e.consume(); }
        });
        status.getStyleClass().add("figures-note");
        status.setId("figures-status");
        return new VBox(6, bar, table, status);
    }

    private TableColumn<FigureRow, String> column(String key, java.util.function.Function<FigureRow, String> value, double width) {
        TableColumn<FigureRow, String> c = new TableColumn<>();
        c.textProperty().bind(text(key));
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private Tooltip tooltip(String key) {
        Tooltip t = new Tooltip();
        t.textProperty().bind(text(key));
        return t;
    }

    /** An indicator by its name in the reader's language; a new cell is made for each language. */
    private final class IndicatorCell extends ListCell<Indicator> {
        private final Locale locale = state.getLocale();

        @Override protected void updateItem(Indicator item, boolean empty) {
            super.updateItem(item, empty);
            setText(item == null || empty ? null : TR.get(locale, "indicator.cell", Names.indicator(item, locale), item.unit()));
        }
    }

    // ---- following the state -----------------------------------------------------------------

    private void datasetChanged(Dataset d) {
        index = new FigureIndex(d);
        updating = true;
        List<Indicator> series = new ArrayList<>();
        try {
            // Indicators with a value for several countries first: they chart, rank and colour the map.
            List<Indicator> single = new ArrayList<>();
            for (Indicator i : d.indicators()) {
                if (index.geographies(i.id()).isEmpty()) continue;
                (index.isCountrySeries(i.id(), 3) ? series : single).add(i);
            }
            series.addAll(single);
            indicatorBox.getItems().setAll(series.isEmpty() ? d.indicators() : series);
        } finally {
            updating = false;
        }
        // The state starts on the pack's first indicator; when that one is a single figure, open on a series instead.
        String current = state.getIndicator();
        if (!series.isEmpty() && !d.indicators().isEmpty() && d.indicators().get(0).id().equals(current)
                && !index.isCountrySeries(current, 3) && index.isCountrySeries(series.get(0).id(), 3)) {
            state.setIndicator(series.get(0).id());
        }
        refresh.request();
    }

    private void refreshContent() {
        Dataset d = state.getDataset();
        if (index.dataset() != d) index = new FigureIndex(d);
        Locale locale = state.getLocale();
        content = new FiguresContent(index, state.getIndicator(), state.getSelection(), locale);
        trend.setLocale(locale);
        ranking.setLocale(locale);
        Indicator ind = content.indicator();
        updating = true;
        try {
            indicatorBox.setValue(ind);
        } finally {
            updating = false;
        }
        definition.setText(ind == null ? TR.get(locale, "noIndicators") : describe(ind, locale));

        String focus = content.focusIso();
        String selection = state.getSelection();
        if (ind == null) {
            trendTitle.setText(TR.get(locale, "trend.title"));
            trendNote.setText("");
        } else if (focus != null && !content.lines().isEmpty() && content.lines().get(0).colour().equals("country")) {
            trendTitle.setText(TR.get(locale, "trend.country", FiguresContent.countryName(d, focus, locale)));
            trendNote.setText(TR.get(locale, focus.equals("CHN") ? "trend.chinaNote" : "trend.compareNote"));
        } else {
            trendTitle.setText(TR.get(locale, "trend.title"));
            trendNote.setText(selection != null && d.country(selection).isPresent()
                    ? TR.get(locale, "trend.noValues", FiguresContent.countryName(d, selection, locale))
                    : TR.get(locale, "trend.selectHint"));
        }
        trend.setLines(content.lines(), ind == null ? "" : ind.unit(), TR.get(locale, "trend.empty"));
        trend.setYear(state.getYear());
        rebuildLegend();

        List<String> order = new ArrayList<>();
        for (FigureRow r : content.rows()) if (!order.contains(r.series())) order.add(r.series());
        List<FigureRow> sorted = new ArrayList<>(content.rows());
        sorted.sort(FiguresContent.tableOrder(order));
        rows.setAll(sorted);

        rebuildHeadlines();
        yearChanged();
    }

    /** The pack's definition (in the pack's language: it is data, not interface) and its dataset. */
    private static String describe(Indicator ind, Locale locale) {
        StringBuilder sb = new StringBuilder();
        if (ind.definition() != null && !ind.definition().isBlank()) sb.append(ind.definition());
        if (ind.dataset() != null && !ind.dataset().isBlank()) sb.append(sb.length() > 0 ? " " : "").append(TR.get(locale, "definition.data", ind.dataset()));
        return sb.toString();
    }

    private void yearChanged() {
        // While the panel waits to join a scene its content is out of date; joining brings the year along.
        if (content == null || refresh.isDue()) return;
        int year = state.getYear();
        Locale locale = state.getLocale();
        FiguresContent.Ranking r = content.ranking(year);
        Dataset d = state.getDataset();
        Map<String, String> names = new HashMap<>();
        for (var b : r.bars()) names.put(b.iso3(), FiguresContent.countryName(d, b.iso3(), locale));
        rankingTitle.setText(TR.get(locale, "ranking.title", Integer.toString(year)));
        ranking.setRanking(r.bars(), names, r.colours(), content.indicator() == null ? "" : content.indicator().unit(), year,
                state.getSelection(), r.message());
        StringBuilder note = new StringBuilder();
        if (barLegend.getChildren().isEmpty()) {
            barLegend.getChildren().addAll(swatch("sco", TR.get(locale, "legend.sco")), swatch("asean", TR.get(locale, "legend.asean")),
                    swatch("other", TR.get(locale, "legend.other")), swatch("selected", TR.get(locale, "legend.selected")));
        }
        barLegend.setVisible(!r.bars().isEmpty());
        barLegend.setManaged(!r.bars().isEmpty());
        if (!r.missing().isEmpty()) {
            List<String> missing = new ArrayList<>();
            for (String iso : r.missing()) missing.add(FiguresContent.countryName(d, iso, locale));
            note.append(note.length() > 0 ? " " : "").append(TR.get(locale, "ranking.missing", Integer.toString(year),
                    String.join(Tr.isChinese(locale) ? "、" : ", ", missing)));
        }
        rankingNote.setText(note.toString());
        rankingNote.setVisible(note.length() > 0);
        rankingNote.setManaged(note.length() > 0);
        trend.setYear(year);
    }

    private static Label swatch(String colour, String text) {
        Region box = new Region();
        box.getStyleClass().addAll("bar-swatch", "bar-swatch-" + colour);
        Label l = new Label(text, box);
        l.getStyleClass().add("legend-item");
        return l;
    }

    private void rebuildLegend() {
        legend.getChildren().clear();
        boolean computed = false;
        for (ChartLine l : content.lines()) computed |= l.kind() == ChartLine.Kind.COMPUTED_GROUP;
        groupNote.setVisible(computed);
        groupNote.setManaged(computed);
        for (ChartLine l : content.lines()) {
            Line sample = new Line(0, 0, 22, 0);
            sample.getStyleClass().addAll("legend-line", "legend-" + l.colour(), "legend-" + l.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            Label label = new Label(l.label(), sample);
            label.getStyleClass().add("legend-item");
            legend.getChildren().add(label);
        }
    }

    private void rebuildHeadlines() {
        headlineBox.getChildren().clear();
        List<FigureValue> hs = content.headlines();
        headlineSection.setVisible(!hs.isEmpty());
        headlineSection.setManaged(!hs.isEmpty());
        Dataset d = state.getDataset();
        Locale locale = state.getLocale();
        for (FigureValue f : hs) {
            Indicator ind = d.indicator(f.indicator()).orElse(null);
            String name = ind == null ? f.indicator() : Names.indicator(ind, locale);
            String where = d.country(f.geography()).map(c -> Names.country(c, locale)).orElse(FiguresContent.groupName(f.geography(), locale));
            String when = f.year() == null ? TR.get(locale, "headline.yearNotStated") : Integer.toString(f.year());
            Label value = new WrappedLabel(name + " \u00b7 " + where + " \u00b7 " + when + (Tr.isChinese(locale) ? "：" : ": ")
                    + FigureFormat.exact(f) + (ind == null || ind.unit().equals("count") ? "" : " " + ind.unit()));
            value.getStyleClass().add("headline-value");
            value.setWrapText(true);
            Label source = new WrappedLabel(TR.get(locale, "headline.source", FiguresContent.sourceLabel(d, f.sources(), locale),
                    Labels.confidence(f.confidence(), locale)) + (f.note() == null || f.note().isBlank() ? "" : "\n" + f.note()));
            source.getStyleClass().add("headline-source");
            source.setWrapText(true);
            VBox item = new VBox(1, value, source);
            item.getStyleClass().add("headline-item");
            headlineBox.getChildren().add(item);
        }
    }

    // ---- copy and export ---------------------------------------------------------------------

    private List<FigureRow> rowsToCopy() {
        List<FigureRow> selected = new ArrayList<>(table.getSelectionModel().getSelectedItems());
        selected.removeIf(Objects::isNull);
        return selected.isEmpty() ? new ArrayList<>(rows) : selected;
    }

    private void copyRows() {
        List<FigureRow> out = rowsToCopy();
        ClipboardContent c = new ClipboardContent();
        c.putString(FigureCsv.tsv(out));
        Clipboard.getSystemClipboard().setContent(c);
        status.setText(TR.get(state.getLocale(), "status.copied", Integer.toString(out.size())));
    }

    private void chooseAndExport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(TR.get(state.getLocale(), "chooser.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(TR.get(state.getLocale(), "chooser.filter"), "*.csv"));
        String ind = state.getIndicator() == null ? "figures" : state.getIndicator();
        String sel = content == null || content.focusIso() == null ? "" : "-" + content.focusIso();
        chooser.setInitialFileName(ind + sel + ".csv");
        File f = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (f != null) exportTo(f.toPath());
    }

    /** Writes the table's rows to {@code target} off the FX thread; the status line reports the outcome. */
    public Task<Void> exportTo(Path target) {
        List<FigureRow> snapshot = List.copyOf(rows);
        Task<Void> task = new Task<>() {
            @Override protected Void call() throws Exception {
                FigureCsv.export(snapshot, target);
                return null;
            }
        };
        task.setOnSucceeded(e -> status.setText(TR.get(state.getLocale(), "status.exported", Integer.toString(snapshot.size()),
                target.getFileName().toString())));
        task.setOnFailed(e -> status.setText(TR.get(state.getLocale(), "status.exportFailed", String.valueOf(task.getException().getMessage()))));
        exporter.execute(task);
        return task;
    }

    // ---- read-only views for tests and the bench ----------------------------------------------

    /** Labels of the lines the trend chart draws, in drawing order. */
    public List<String> chartedSeries() {
        List<String> out = new ArrayList<>();
        for (ChartLine l : trend.lines()) out.add(l.label());
        return out;
    }

    /** The ranking as drawn: year and countries in order. */
    public List<String> rankedCountries() {
        List<String> out = new ArrayList<>();
        for (var b : ranking.bars()) out.add(b.iso3());
        return out;
    }

    public int rankingYear() { return ranking.year(); }

    /** The rows of the values table. */
    public List<FigureRow> tableRows() { return List.copyOf(rows); }

    TrendChart trendChart() { return trend; }

    RankingChart rankingChart() { return ranking; }
}
