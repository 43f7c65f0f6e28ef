package org.silkroadatlas.shell;

import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
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
import org.silkroadatlas.state.Theme;
import org.silkroadatlas.table.MapContentTable;
import org.silkroadatlas.text.Tr;
import org.silkroadatlas.ui.Icons;

/**
 * The main window's content: menus and toolbar on top, the map centre stage with the layer
 * control and legend over it, detail and figures beside it, the timeline below, a status bar.
 * It lays out and wires; every panel draws itself from the state.
 */
public final class MainWindow extends BorderPane {
    private static final Tr TR = Tr.of(MainWindow.class);
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
        tableTab = new Tab();
        attachWhenShown(tableTab, mapTable);
        search = new SearchBox(state, id -> parts.zoomToSelection().run());
        menuBar = buildMenus();
        toolBar = buildToolBar();
        setTop(new VBox(menuBar, toolBar));

        StackPane mapStack = new StackPane(parts.map());
        mapStack.setId("map-stack");
        mapStack.getStyleClass().add("map-stack");
        // The overlays (legend, layer control) must not set the map's minimum size: they would pin
        // the dividers (a 900 px window left the timeline divider between 0.585 and 0.62). The legend folds instead.
        mapStack.setMinSize(240, 160);
        javafx.scene.shape.Rectangle mapClip = new javafx.scene.shape.Rectangle();
        mapClip.widthProperty().bind(mapStack.widthProperty());
        mapClip.heightProperty().bind(mapStack.heightProperty());
        mapStack.setClip(mapClip);
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
            // On a short map the legend scrolls inside the map instead of pushing its title off the top.
            ScrollPane legendScroller = new ScrollPane(parts.legend());
            legendScroller.setId("legend-scroller");
            legendScroller.getStyleClass().add("legend-scroller");
            legendScroller.setFitToWidth(true);
            legendScroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
            parts.legend().layoutBoundsProperty().addListener((o, a, b) -> legendScroller.setPrefViewportHeight(b.getHeight()));
            parts.legend().layoutBoundsProperty().addListener((o, a, b) -> legendScroller.setPrefViewportWidth(b.getWidth()));
            javafx.scene.control.TitledPane legend = new javafx.scene.control.TitledPane(null, legendScroller);
            legend.textProperty().bind(TR.bind(state.localeProperty(), "pane.legend"));
            legend.setId("legend-pane");
            legend.setExpanded(true);
            legend.setAnimated(false);
            legend.getStyleClass().add("overlay-card");
            StackPane.setAlignment(legend, Pos.BOTTOM_LEFT);
            StackPane.setMargin(legend, new javafx.geometry.Insets(10));
            legend.setMaxWidth(Region.USE_PREF_SIZE);
            legend.maxHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                    () -> Math.max(40, Math.min(legend.prefHeight(-1), mapStack.getHeight() - 20)),
                    mapStack.heightProperty(), legend.expandedProperty(), legendScroller.prefViewportHeightProperty()));
            mapStack.getChildren().add(legend);
        }

        mapAndTimeline.setOrientation(Orientation.VERTICAL);
        mapAndTimeline.getItems().add(mapStack);
        if (parts.timeline() != null) mapAndTimeline.getItems().add(parts.timeline());
        mapAndTimeline.setDividerPositions(0.74);

        sideTabs.setId("side-tabs");
        sideTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab detail = tab("tab.detail", parts.detail());
        detail.setId("tab-detail");
        Tab figures = tab("tab.figures", parts.figures());
        figures.setId("tab-figures");
        sideTabs.getTabs().addAll(detail, figures);
        // What the map shows, as rows: for readers who cannot use the map.
        tableTab.textProperty().bind(TR.bind(state.localeProperty(), "tab.table"));
        tableTab.setId("tab-table");
        sideTabs.getTabs().add(tableTab);
        if (parts.briefing() != null) {
            Tab briefing = tab("tab.briefing", parts.briefing());
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

    private final ToggleButton layersButton = new ToggleButton();
    private final MapContentTable mapTable;
    private final Tab tableTab;

    private Tab tab(String key, Node content) {
        Tab t = new Tab();
        attachWhenShown(t, content);
        t.textProperty().bind(TR.bind(state.localeProperty(), key));
        return t;
    }

    /**
     * A tab's panel joins the scene the first time the tab is shown. A TabPane keeps every tab's
     * content in the scene, so hidden panels (tables, charts, the deck editor) would be styled and
     * laid out at start and on every year step; they still follow the state while hidden.
     */
    private static void attachWhenShown(Tab tab, Node content) {
        tab.selectedProperty().subscribe(shown -> {
            if (shown && tab.getContent() == null) tab.setContent(content);
        });
    }

    public StatusBar statusBar() { return statusBar; }

    public MapContentTable mapTable() { return mapTable; }

    /** Ctrl+3: the table tab in front, the keyboard in its filter box. */
    void showTable() {
        sideTabs.getSelectionModel().select(tableTab);
        mapTable.focusFilter();
    }

    public SearchBox searchBox() { return search; }

    public SplitPane mainSplit() { return mainSplit; }

    public MenuBar menuBar() { return menuBar; }

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
        Menu file = menu("menu.file");
        file.getItems().addAll(
                item("menu.open", "menu-open", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), actions::openPack),
                item("menu.reload", "menu-reload", new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), actions::reloadPack),
                item("menu.import", "menu-import", new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN), actions::importCables),
                new SeparatorMenuItem(),
                item("menu.exportPng", "menu-export-png", new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), actions::exportPng),
                item("menu.saveDeck", "menu-save-deck", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), actions::saveDeck),
                new SeparatorMenuItem(),
                item("menu.problems", "menu-problems", new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), actions::showProblems),
                new SeparatorMenuItem(),
                item("menu.quit", "menu-quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), actions::quit));
        Menu view = menu("menu.view");
        view.getItems().addAll(
                item("menu.fit", "menu-fit", new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN), parts.zoomToFit()),
                item("menu.zoomSelection", "menu-zoom-selection", new KeyCodeCombination(KeyCode.J, KeyCombination.SHORTCUT_DOWN), parts.zoomToSelection()),
                item("menu.clear", "menu-clear", new KeyCodeCombination(KeyCode.ESCAPE), state::clearSelection),
                new SeparatorMenuItem(),
                item("menu.back", "menu-back", new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN), state::goBack),
                item("menu.forward", "menu-forward", new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN), state::goForward),
                new SeparatorMenuItem(),
                item("menu.yearPrev", "menu-year-prev", new KeyCodeCombination(KeyCode.LEFT, KeyCombination.SHORTCUT_DOWN), () -> state.stepYear(-1)),
                item("menu.yearNext", "menu-year-next", new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.SHORTCUT_DOWN), () -> state.stepYear(1)),
                new SeparatorMenuItem(),
                item("menu.detail", "menu-detail", new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN), () -> state.showPanel(Panel.DETAIL)),
                item("menu.figures", "menu-figures", new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN), () -> state.showPanel(Panel.FIGURES)),
                item("menu.table", "menu-table", new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN), this::showTable),
                item("menu.layers", "menu-layers", new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), () -> layersButton.setSelected(!layersButton.isSelected())),
                new SeparatorMenuItem(),
                item("menu.present", "menu-present", new KeyCodeCombination(KeyCode.F5), actions::present),
                item("menu.online", "menu-online", null, actions::toggleOnlineTiles),
                item("menu.find", "menu-find", new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> { search.requestFocus(); search.selectAll(); }));
        view.getItems().addAll(new SeparatorMenuItem(), themeMenu(), languageMenu());
        Menu help = menu("menu.help");
        help.getItems().addAll(
                item("menu.shortcuts", "menu-shortcuts", new KeyCodeCombination(KeyCode.F1), actions::showShortcuts),
                item("menu.about", "menu-about", null, actions::showAbout));
        MenuBar bar = new MenuBar(file, view, help);
        bar.setId("menu-bar");
        return bar;
    }

    private Menu menu(String key) {
        Menu m = new Menu();
        m.textProperty().bind(TR.bind(state.localeProperty(), key));
        return m;
    }

    private MenuItem item(String key, String id, KeyCombination key2, Runnable action) {
        MenuItem m = new MenuItem();
        m.textProperty().bind(TR.bind(state.localeProperty(), key));
        m.setId(id);
        Icons.decorate(m);
        if (key2 != null) m.setAccelerator(key2);
        m.setOnAction(e -> action.run());
        return m;
    }

    private Menu themeMenu() {
        Menu m = menu("menu.theme");
        m.setId("menu-theme");
        Icons.decorate(m);
        ToggleGroup group = new ToggleGroup();
        for (Theme t : Theme.values()) {
            RadioMenuItem r = new RadioMenuItem();
            r.setId("menu-theme-" + t.name().toLowerCase(java.util.Locale.ROOT));
            r.textProperty().bind(TR.bind(state.localeProperty(), "theme." + t.name().toLowerCase(java.util.Locale.ROOT)));
            r.setToggleGroup(group);
            r.setOnAction(e -> state.setTheme(t));
            m.getItems().add(r);
        }
        m.getItems().get(0).setAccelerator(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        // One shortcut toggles: pressing it on Dark goes back to Light.
        m.getItems().get(0).setOnAction(e -> state.setTheme(state.getTheme() == Theme.LIGHT ? Theme.DARK : Theme.LIGHT));
        state.themeProperty().subscribe(t -> ((RadioMenuItem) m.getItems().get(t.ordinal())).setSelected(true));
        return m;
    }

    private Menu languageMenu() {
        Menu m = menu("menu.language");
        m.setId("menu-language");
        Icons.decorate(m);
        ToggleGroup group = new ToggleGroup();
        for (java.util.Locale l : Tr.LANGUAGES) {
            // Each language is named in itself, so a reader who cannot read the other finds theirs.
            RadioMenuItem r = new RadioMenuItem(TR.get(l, "language.self"));
            r.setId("menu-language-" + l.getLanguage());
            r.setToggleGroup(group);
            r.setOnAction(e -> state.setLocale(l));
            m.getItems().add(r);
        }
        m.getItems().get(0).setAccelerator(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        m.getItems().get(0).setOnAction(e -> state.setLocale(Tr.isChinese(state.getLocale()) ? Tr.ENGLISH : Tr.CHINESE));
        state.localeProperty().subscribe(l -> ((RadioMenuItem) m.getItems().get(Tr.isChinese(l) ? 1 : 0)).setSelected(true));
        return m;
    }

    private ToolBar buildToolBar() {
        Button back = toolButton("", "tool.back", "tool-back", state::goBack);
        back.disableProperty().bind(state.canGoBackProperty().not());
        Button forward = toolButton("", "tool.forward", "tool-forward", state::goForward);
        forward.disableProperty().bind(state.canGoForwardProperty().not());
        Button fit = toolButton("tool.fit.label", "tool.fit", "tool-fit", parts.zoomToFit());
        Button toSel = toolButton("tool.zoomSelection.label", "tool.zoomSelection", "tool-zoom-selection", parts.zoomToSelection());
        // Icons alone, so the toolbar fits a 1200 px window; the text stays for the overflow menu and screen readers.
        fit.setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        toSel.setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        toSel.disableProperty().bind(state.selectionProperty().isNull());
        layersButton.setId("tool-layers");
        Icons.decorate(layersButton);
        layersButton.textProperty().bind(TR.bind(state.localeProperty(), "tool.layers.label"));
        layersButton.setTooltip(tooltip("tool.layers"));
        layersButton.accessibleTextProperty().bind(TR.bind(state.localeProperty(), "tool.layers.label"));
        layersButton.accessibleHelpProperty().bind(TR.bind(state.localeProperty(), "tool.layers"));
        layersButton.setSelected(false);
        Button prevYear = toolButton("", "tool.yearPrev", "tool-year-prev", () -> state.stepYear(-1));
        Button nextYear = toolButton("", "tool.yearNext", "tool-year-next", () -> state.stepYear(1));
        Label year = new Label();
        year.setId("tool-year");
        year.getStyleClass().add("year-label");
        year.textProperty().bind(state.yearProperty().asString("%d"));
        year.accessibleTextProperty().bind(TR.bind(state.localeProperty(), "tool.year"));
        year.setFocusTraversable(false);
        search.accessibleHelpProperty().bind(TR.bind(state.localeProperty(), "tool.search"));
        Label title = new Label();
        title.textProperty().bind(TR.bind(state.localeProperty(), "app.title"));
        title.getStyleClass().add("app-title");
        Region spacer = new Region();
        javafx.scene.layout.HBox.setHgrow(spacer, Priority.ALWAYS);
        Button present = toolButton("tool.present.label", "tool.present", "tool-present", actions::present);
        ToolBar bar = new ToolBar(title, back, forward, search, layersButton, fit, toSel, spacer, prevYear, year, nextYear, present);
        for (Node n : actions.extraToolbarItems()) bar.getItems().add(n);
        bar.setId("tool-bar");
        return bar;
    }

    /**
     * A toolbar button with its icon ({@link Icons}); {@code label} is a key, or a symbol shown as
     * it is when it has no letters, or empty for an icon alone (the tooltip and accessible text
     * still name the action).
     */
    private Button toolButton(String label, String tipKey, String id, Runnable action) {
        Button b = new Button();
        if (label.chars().anyMatch(Character::isLetter)) b.textProperty().bind(TR.bind(state.localeProperty(), label));
        else b.setText(label);
        b.setId(id);
        Icons.decorate(b);
        b.setTooltip(tooltip(tipKey));
        b.accessibleTextProperty().bind(TR.bind(state.localeProperty(), tipKey));
        b.accessibleHelpProperty().bind(TR.bind(state.localeProperty(), tipKey));
        b.setOnAction(e -> action.run());
        return b;
    }

    private Tooltip tooltip(String key) {
        Tooltip t = new Tooltip();
        t.textProperty().bind(TR.bind(state.localeProperty(), key));
        return t;
    }
}
