package org.silkroadatlas.shell;

import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.silkroadatlas.search.SearchBox;
import org.silkroadatlas.state.ExplorerState;
import org.silkroadatlas.state.Panel;
import org.silkroadatlas.table.MapContentTable;

/**
 * The main window's content: menus and toolbar on top, the map centre stage with the layer
 * control and legend over it, detail and figures beside it, the timeline below, a status bar.
 * It lays out and wires; every panel draws itself from the state.
 */
public final class MainWindow extends BorderPane {
    private final ExplorerState state;
    private final ShellParts parts;
    private final ShellActions actions;
    private final StatusBar statusBar;
    private final SearchBox search;
    private final TabPane sideTabs = new TabPane();
    private final SplitPane mainSplit = new SplitPane();
    private final SplitPane mapAndTimeline = new SplitPane();
    private final MenuBar menuBar;
    private final ToolBar toolBar;

    public MainWindow(ExplorerState state, ShellParts parts, ShellActions actions) {
        this.state = state;
        this.parts = parts;
        this.actions = actions;
        setId("main-window");
        getStyleClass().add("main-window");

        statusBar = new StatusBar(state, actions::showProblems);
        mapTable = new MapContentTable(state);
        tableTab = new Tab("Table", mapTable);
        search = new SearchBox(state, id -> parts.zoomToSelection().run());
        menuBar = buildMenus();
        toolBar = buildToolBar();
        setTop(new VBox(menuBar, toolBar));

        StackPane mapStack = new StackPane(parts.map());
        mapStack.setId("map-stack");
        mapStack.getStyleClass().add("map-stack");
        Node layerControl = parts.layerControl();
        if (layerControl != null) {
            ScrollPane scroller = new ScrollPane(layerControl);
            scroller.setId("layer-control-scroller");
            scroller.getStyleClass().add("overlay-card");
            scroller.setFitToWidth(true);
            scroller.setMaxWidth(260);
            scroller.setMaxHeight(420);
            StackPane.setAlignment(scroller, Pos.TOP_LEFT);
            StackPane.setMargin(scroller, new javafx.geometry.Insets(10));
            scroller.visibleProperty().bind(layersButton.selectedProperty());
            mapStack.getChildren().add(scroller);
        }
        if (parts.legend() != null) {
            // A legend the user can fold away when the map needs the room.
            javafx.scene.control.TitledPane legend = new javafx.scene.control.TitledPane("Legend", parts.legend());
            legend.setId("legend-pane");
            legend.setExpanded(true);
            legend.setAnimated(false);
            legend.getStyleClass().add("overlay-card");
            StackPane.setAlignment(legend, Pos.BOTTOM_LEFT);
            StackPane.setMargin(legend, new javafx.geometry.Insets(10));
            legend.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
            mapStack.getChildren().add(legend);
        }

        mapAndTimeline.setOrientation(Orientation.VERTICAL);
        mapAndTimeline.getItems().add(mapStack);
        if (parts.timeline() != null) mapAndTimeline.getItems().add(parts.timeline());
        mapAndTimeline.setDividerPositions(0.74);

        sideTabs.setId("side-tabs");
        sideTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab detail = new Tab("Detail", parts.detail());
        detail.setId("tab-detail");
        Tab figures = new Tab("Figures", parts.figures());
        figures.setId("tab-figures");
        sideTabs.getTabs().addAll(detail, figures);
        // What the map shows, as rows: for readers who cannot use the map.
        tableTab.setId("tab-table");
        sideTabs.getTabs().add(tableTab);
        if (parts.briefing() != null) {
            Tab briefing = new Tab("Briefing", parts.briefing());
            briefing.setId("tab-briefing");
            sideTabs.getTabs().add(briefing);
        }
        state.panelProperty().subscribe(p -> sideTabs.getSelectionModel().select(p == Panel.FIGURES ? figures : detail));
        sideTabs.getSelectionModel().selectedItemProperty().addListener((obs, o, t) -> {
            if (t == figures) state.showPanel(Panel.FIGURES);
            else if (t == detail) state.showPanel(Panel.DETAIL);
        });

        mainSplit.setId("main-split");
        mainSplit.getItems().addAll(mapAndTimeline, sideTabs);
        mainSplit.setDividerPositions(0.70);
        SplitPane.setResizableWithParent(sideTabs, false);
        setCenter(mainSplit);
        setBottom(statusBar);
    }

    private final ToggleButton layersButton = new ToggleButton("Layers");
    private final MapContentTable mapTable;
    private final Tab tableTab;

    public StatusBar statusBar() { return statusBar; }

    public MapContentTable mapTable() { return mapTable; }

    /** Ctrl+3: the table tab in front, the keyboard in its filter box. */
    void showTable() {
        sideTabs.getSelectionModel().select(tableTab);
        mapTable.focusFilter();
    }

    public SearchBox searchBox() { return search; }

    public SplitPane mainSplit() { return mainSplit; }

    public SplitPane mapAndTimeline() { return mapAndTimeline; }

    /** Hides the editing chrome (menus, toolbar, layer control, status) for presenting. */
    public void setChromeVisible(boolean visible) {
        for (Node n : new Node[] {menuBar, toolBar, statusBar}) {
            n.setVisible(visible);
            n.setManaged(visible);
        }
        if (!visible) layersButton.setSelected(false);
    }

    private MenuBar buildMenus() {
        Menu file = new Menu("_File");
        file.getItems().addAll(
                item("Open data pack…", "menu-open", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), actions::openPack),
                item("Reload data pack", "menu-reload", new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), actions::reloadPack),
                item("Import cable GeoJSON…", "menu-import", new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN), actions::importCables),
                new SeparatorMenuItem(),
                item("Export view as PNG…", "menu-export-png", new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), actions::exportPng),
                new SeparatorMenuItem(),
                item("Data problems", "menu-problems", new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), actions::showProblems),
                new SeparatorMenuItem(),
                item("Quit", "menu-quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), actions::quit));
        Menu view = new Menu("_View");
        view.getItems().addAll(
                item("Zoom to fit all", "menu-fit", new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN), parts.zoomToFit()),
                item("Zoom to selection", "menu-zoom-selection", new KeyCodeCombination(KeyCode.J, KeyCombination.SHORTCUT_DOWN), parts.zoomToSelection()),
                item("Clear selection", "menu-clear", new KeyCodeCombination(KeyCode.ESCAPE), state::clearSelection),
                new SeparatorMenuItem(),
                item("Back", "menu-back", new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN), state::goBack),
                item("Forward", "menu-forward", new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN), state::goForward),
                new SeparatorMenuItem(),
                item("Previous year", "menu-year-prev", new KeyCodeCombination(KeyCode.LEFT, KeyCombination.SHORTCUT_DOWN), () -> state.stepYear(-1)),
                item("Next year", "menu-year-next", new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.SHORTCUT_DOWN), () -> state.stepYear(1)),
                new SeparatorMenuItem(),
                item("Show detail", "menu-detail", new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN), () -> state.showPanel(Panel.DETAIL)),
                item("Show figures", "menu-figures", new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN), () -> state.showPanel(Panel.FIGURES)),
                item("Show table of the map", "menu-table", new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN), this::showTable),
                item("Layers and filters", "menu-layers", new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), () -> layersButton.setSelected(!layersButton.isSelected())),
                new SeparatorMenuItem(),
                item("Present briefing", "menu-present", new KeyCodeCombination(KeyCode.F5), actions::present),
                item("Online map tiles (OpenStreetMap) on/off", "menu-online", null, actions::toggleOnlineTiles),
                item("Find…", "menu-find", new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> { search.requestFocus(); search.selectAll(); }));
        Menu help = new Menu("_Help");
        help.getItems().addAll(
                item("Keyboard shortcuts", "menu-shortcuts", new KeyCodeCombination(KeyCode.F1), actions::showShortcuts),
                item("About Silk Road Atlas", "menu-about", null, actions::showAbout));
        MenuBar bar = new MenuBar(file, view, help);
        bar.setId("menu-bar");
        return bar;
    }

    private static MenuItem item(String text, String id, KeyCombination key, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        if (key != null) m.setAccelerator(key);
        m.setOnAction(e -> action.run());
        return m;
    }

    private ToolBar buildToolBar() {
        Button back = toolButton("◀", "Back (Alt+Left)", "tool-back", state::goBack);
        back.disableProperty().bind(state.canGoBackProperty().not());
        Button forward = toolButton("▶", "Forward (Alt+Right)", "tool-forward", state::goForward);
        forward.disableProperty().bind(state.canGoForwardProperty().not());
        Button fit = toolButton("Fit all", "Zoom to fit all (Ctrl+0)", "tool-fit", parts.zoomToFit());
        Button toSel = toolButton("Zoom to selection", "Zoom to the selection (Ctrl+J)", "tool-zoom-selection", parts.zoomToSelection());
        toSel.disableProperty().bind(state.selectionProperty().isNull());
        layersButton.setId("tool-layers");
        layersButton.setTooltip(new Tooltip("Layers and filters (Ctrl+L)"));
        layersButton.setSelected(false);
        Button prevYear = toolButton("−", "Previous year (Ctrl+Left)", "tool-year-prev", () -> state.stepYear(-1));
        Button nextYear = toolButton("+", "Next year (Ctrl+Right)", "tool-year-next", () -> state.stepYear(1));
        Label year = new Label();
        year.setId("tool-year");
        year.getStyleClass().add("year-label");
        year.textProperty().bind(state.yearProperty().asString("%d"));
        Label title = new Label("Silk Road Atlas");
        title.getStyleClass().add("app-title");
        Region spacer = new Region();
        javafx.scene.layout.HBox.setHgrow(spacer, Priority.ALWAYS);
        Button present = toolButton("Present", "Present the briefing full screen (F5)", "tool-present", actions::present);
        ToolBar bar = new ToolBar(title, back, forward, search, layersButton, fit, toSel, spacer, prevYear, year, nextYear, present);
        for (Node n : actions.extraToolbarItems()) bar.getItems().add(n);
        bar.setId("tool-bar");
        return bar;
    }

    private static Button toolButton(String text, String tip, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        b.setOnAction(e -> action.run());
        return b;
    }
}
