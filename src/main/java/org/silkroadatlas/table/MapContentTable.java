package org.silkroadatlas.table;

import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.silkroadatlas.state.ExplorerState;
import org.silkroadatlas.ui.SceneBoundWork;

/**
 * What the map shows, as a sortable table, for readers who cannot use the map: countries with
 * their SCO and ASEAN status in the year, the cables and the zones, under the map's filters. It
 * follows the year and the filters; choosing a row selects it everywhere, and a selection made
 * elsewhere chooses its row.
 */
public final class MapContentTable extends VBox {
    private final ExplorerState state;
    private final ObservableList<MapContentRow> rows = FXCollections.observableArrayList();
    private final FilteredList<MapContentRow> filtered = new FilteredList<>(rows);
    private final SceneBoundWork rebuild = new SceneBoundWork(this, this::rebuild);
    private final TableView<MapContentRow> table = new TableView<>();
    private final TextField filter = new TextField();
    private final Label count = new Label();
    private TableWords words;
    /** Set while the table mirrors the state's selection, so the echo does not select again. */
    private boolean updating;

    /** A table in the state's language, following it when the reader switches. */
    public MapContentTable(ExplorerState state) {
        this(state, new TableWords(state.getLocale()));
        state.localeProperty().addListener((o, a, l) -> setWords(new TableWords(l)));
    }

    public MapContentTable(ExplorerState state, TableWords words) {
        this.state = state;
        this.words = words;
        setId("map-table");
        getStyleClass().add("map-table");
        setSpacing(6);
        setPadding(new Insets(8));

        filter.setId("map-table-filter");
        filter.textProperty().addListener((o, a, b) -> refilter());
        // Down from the filter box goes into the rows, so the keyboard never has to leave for the mouse.
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !filtered.isEmpty()) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty()) table.getSelectionModel().selectFirst();
                table.getFocusModel().focus(table.getSelectionModel().getSelectedIndex());
                e.consume();
            }
        });

        table.setId("map-table-view");
        table.getColumns().add(column("kind", MapContentRow::kindLabel, 130));
        table.getColumns().add(column("name", MapContentRow::name, 220));
        table.getColumns().add(column("status", MapContentRow::status, 200));
        TableColumn<MapContentRow, MapContentRow> date = new TableColumn<>();
        date.setId("map-table-col-date");
        date.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        date.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override protected void updateItem(MapContentRow r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.date());
            }
        });
        // Dates sort in time, not as text; rows without a date go last either way.
        date.setComparator(Comparator.comparingDouble(r -> Double.isNaN(r.dateKey()) ? Double.MAX_VALUE : r.dateKey()));
        date.setPrefWidth(90);
        date.setUserData("date");
        table.getColumns().add(date);
        table.getColumns().add(column("countries", MapContentRow::countries, 140));
        table.getColumns().add(column("source", MapContentRow::source, 220));
        SortedList<MapContentRow> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (!updating && r != null) state.select(r.id());
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        count.setId("map-table-count");
        count.getStyleClass().add("caption");
        getChildren().addAll(filter, table, count);
        applyWords();

        state.datasetProperty().addListener(o -> rebuild.request());
        state.yearProperty().addListener(o -> rebuild.request());
        state.filtersProperty().addListener(o -> rebuild.request());
        state.selectionProperty().addListener(o -> showSelection());
        rebuild.request();
    }

    private TableColumn<MapContentRow, String> column(String key, Function<MapContentRow, String> value, double width) {
        TableColumn<MapContentRow, String> c = new TableColumn<>();
        c.setId("map-table-col-" + key);
        c.setUserData(key);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setComparator(Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER));
        c.setPrefWidth(width);
        return c;
    }

    /** Switches the table's words (and the names it shows) to another language, keeping sort and selection. */
    public void setWords(TableWords w) {
        this.words = w;
        applyWords();
        rebuild.request();
    }

    private void applyWords() {
        for (TableColumn<MapContentRow, ?> c : table.getColumns()) c.setText(words.column((String) c.getUserData()));
        filter.setPromptText(words.filterPrompt());
        filter.setAccessibleText(words.filterPrompt());
        table.setAccessibleText(words.tableAccessibleText());
        table.setAccessibleHelp(words.tableHelp());
        table.setPlaceholder(new Label(words.empty()));
    }

    private void rebuild() {
        updating = true;
        try {
            rows.setAll(MapContentRows.of(state.getDataset(), state.getYear(), state.getFilters(), words));
        } finally {
            updating = false;
        }
        updateCount();
        showSelection();
    }

    private void refilter() {
        String q = filter.getText();
        updating = true;
        try {
            filtered.setPredicate(r -> r.matches(q));
        } finally {
            updating = false;
        }
        updateCount();
        showSelection();
    }

    private void updateCount() {
        count.setText(words.count(filtered.size(), rows.size(), state.getYear()));
    }

    private void showSelection() {
        String id = state.getSelection();
        updating = true;
        try {
            MapContentRow current = table.getSelectionModel().getSelectedItem();
            if (id == null) {
                table.getSelectionModel().clearSelection();
                return;
            }
            if (current != null && current.id().equals(id)) return;
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).id().equals(id)) {
                    table.getSelectionModel().clearAndSelect(i);
                    table.scrollTo(Math.max(0, i - 3));
                    return;
                }
            }
            table.getSelectionModel().clearSelection();
        } finally {
            updating = false;
        }
    }

    /** The rows in their current order (after filter and sort), for tests and the status line. */
    public java.util.List<MapContentRow> visibleRows() { return java.util.List.copyOf(table.getItems()); }

    public TableView<MapContentRow> tableView() { return table; }

    /** Puts the keyboard in the filter box (View > Table). */
    public void focusFilter() {
        filter.requestFocus();
    }
}
