package org.silkroadatlas.shell;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.silkroadatlas.data.CableGeoJsonImporter;
import javafx.scene.layout.StackPane;
import org.silkroadatlas.map.tiles.TileSource;
import org.silkroadatlas.model.Dataset;
import org.silkroadatlas.present.DeckEditor;
import org.silkroadatlas.present.PresenterHost;
import org.silkroadatlas.present.PresenterMode;
import org.silkroadatlas.present.SlideExporter;
import org.silkroadatlas.state.ExplorerState;

/**
 * Runs the window's file and dialog actions. Reading and writing happen in tasks with progress
 * in the status bar; nothing the user has is overwritten without a save dialog.
 */
final class AppController implements ShellActions {
    private final ExplorerState state;
    private final Stage stage;
    private final Scene scene;
    private final WindowSettings settings;
    private final Consumer<String> openExternal;
    private MainWindow window;
    private Workspace workspace;
    private Stage problemsStage;
    private PresenterMode presenter;
    private DeckEditor decks;

    AppController(ExplorerState state, Stage stage, Scene scene, WindowSettings settings, Consumer<String> openExternal) {
        this.state = state;
        this.stage = stage;
        this.scene = scene;
        this.settings = settings;
        this.openExternal = openExternal;
    }

    Task<Workspace> loadTask(Path requested) {
        return new Task<>() {
            @Override protected Workspace call() {
                updateMessage("Reading the data pack…");
                updateProgress(-1, 1);
                Path dir = requested != null ? requested : Workspace.bundledPack();
                Workspace ws = Workspace.load(dir);
                updateMessage("Read " + ws.dataset().countries().size() + " countries, " + ws.dataset().cables().size()
                        + " cables, " + ws.dataset().zones().size() + " zones from " + dir);
                return ws;
            }
        };
    }

    /** Builds the panels for the first pack, or swaps in a newly opened one. */
    void showWorkspace(Workspace ws) {
        boolean first = window == null;
        workspace = ws;
        state.setDataset(ws.dataset());
        if (first) {
            PanelFactory.Built built = PanelFactory.build(state, ws, openExternal);
            window = new MainWindow(state, built.parts(), this);
            // The overlay holds the presenter's caption above the window.
            StackPane overlay = new StackPane(window);
            overlay.setId("window-overlay");
            scene.setRoot(overlay);
            presenter = new PresenterMode(stage, PresenterHost.of(window::setChromeVisible, overlay), state);
            decks = built.decks();
            decks.presentWith(presenter);
            decks.exportViewProperty().set(window.mainSplit());
            decks.untitledDeckProperty().set(userDir().resolve("untitled-deck.json"));
            try {
                decks.recoverUntitled();
            } catch (Exception e) {
                window.statusBar().setMessage("Could not recover the unsaved briefing: " + e.getMessage());
            }
            if (TileSource.isOnline() != Boolean.parseBoolean(settings.get("tiles.online", "false"))) toggleOnlineTiles();
            window.mainSplit().setDividerPositions(settings.getDouble("split.main", 0.70));
            window.mapAndTimeline().setDividerPositions(settings.getDouble("split.timeline", 0.74));
            window.mainSplit().getDividers().get(0).positionProperty().addListener((o, a, b) -> settings.putDouble("split.main", b.doubleValue()));
            if (!window.mapAndTimeline().getDividers().isEmpty()) {
                window.mapAndTimeline().getDividers().get(0).positionProperty().addListener((o, a, b) -> settings.putDouble("split.timeline", b.doubleValue()));
            }
        }
        stage.setTitle("Silk Road Atlas — " + ws.packDir().toAbsolutePath().normalize());
        // The counts sit in the status bar already; the message line stays free for work in progress.
        window.statusBar().setMessage(ws.dataset().problems().isEmpty() ? "" : "Opened with problems: see Data problems (Ctrl+Shift+P)");
        if (!ws.dataset().problems().isEmpty() && !first) showProblems();
    }

    static String summary(Dataset d) {
        return d.countries().size() + " countries, " + d.cables().size() + " cables, " + d.zones().size() + " zones, "
                + d.events().size() + " events, " + d.figures().size() + " figures";
    }

    void showLoadFailure(Path pack, Throwable error) {
        Alert a = new Alert(Alert.AlertType.ERROR, "The data pack could not be opened"
                + (pack == null ? "" : " (" + pack + ")") + ":\n" + error.getMessage()
                + "\n\nThe app opens with no data. Use File > Open data pack to choose a folder.", ButtonType.OK);
        a.setHeaderText("Could not open the data pack");
        a.initOwner(stage);
        a.show();
        showWorkspace(new Workspace(pack == null ? Path.of(".") : pack, Dataset.empty(),
                new org.silkroadatlas.model.Basemap("110m", java.util.List.of()), new org.silkroadatlas.model.Basemap("50m", java.util.List.of())));
    }

    private void runLoad(Path dir) {
        Task<Workspace> task = loadTask(dir);
        task.setOnSucceeded(e -> {
            showWorkspace(task.getValue());
            settings.put("pack.last", dir.toString());
        });
        task.setOnFailed(e -> showLoadFailure(dir, task.getException()));
        window.statusBar().track(task);
        Thread t = new Thread(task, "pack-loader");
        t.setDaemon(true);
        t.start();
    }

    @Override public void openPack() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a data pack (a folder with countries.json, cables.json, …)");
        if (workspace != null && Files.isDirectory(workspace.packDir())) chooser.setInitialDirectory(workspace.packDir().toFile());
        File dir = chooser.showDialog(stage);
        if (dir != null) runLoad(dir.toPath());
    }

    @Override public void reloadPack() {
        if (workspace != null) runLoad(workspace.packDir());
    }

    @Override public void importCables() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import cable routes (GeoJSON)");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("GeoJSON", "*.json", "*.geojson"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File f = chooser.showOpenDialog(stage);
        if (f == null) return;
        Task<Dataset> task = new Task<>() {
            @Override protected Dataset call() throws Exception {
                updateMessage("Importing cables from " + f.getName() + "…");
                CableGeoJsonImporter.Result r = new CableGeoJsonImporter().importFile(f.toPath(), null);
                return withImported(state.getDataset(), r);
            }
        };
        task.setOnSucceeded(e -> {
            state.setDataset(task.getValue());
            window.statusBar().setMessage("Imported cable routes from " + f.getName() + " as an extra layer");
        });
        task.setOnFailed(e -> error("Could not import " + f.getName(), task.getException().getMessage()));
        window.statusBar().track(task);
        new Thread(task, "cable-import").start();
    }

    /** The pack plus the imported cables and their source; import problems join the pack's. */
    static Dataset withImported(Dataset d, CableGeoJsonImporter.Result r) {
        java.util.List<org.silkroadatlas.model.Cable> cables = new java.util.ArrayList<>(d.cables());
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (var c : cables) ids.add(c.id());
        for (var c : r.cables()) if (ids.add(c.id())) cables.add(c);
        java.util.List<org.silkroadatlas.model.Source> sources = new java.util.ArrayList<>(d.sources());
        if (d.source(r.source().id()).isEmpty()) sources.add(r.source());
        java.util.List<org.silkroadatlas.model.Problem> problems = new java.util.ArrayList<>(d.problems());
        problems.addAll(r.problems());
        return new Dataset(d.countries(), cables, d.zones(), d.events(), d.indicators(), d.figures(), sources, problems, d.origin());
    }

    /** Slide sizes offered for a PNG of the view: projector, full HD, 4K. */
    static final java.util.List<String> PNG_SIZES = java.util.List.of("1920 x 1080", "1280 x 720", "2560 x 1440", "3840 x 2160");

    @Override public void exportPng() {
        javafx.scene.control.ChoiceDialog<String> size = new javafx.scene.control.ChoiceDialog<>(PNG_SIZES.get(0), PNG_SIZES);
        size.setTitle("Export the view as PNG");
        size.setHeaderText("A slide of the current view, with title, legend, date and sources");
        size.setContentText("Size in pixels:");
        size.initOwner(stage);
        java.util.Optional<String> chosen = size.showAndWait();
        if (chosen.isEmpty()) return;
        String[] wh = chosen.get().split(" x ");
        int w = Integer.parseInt(wh[0]), h = Integer.parseInt(wh[1]);
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the slide");
        chooser.setInitialFileName("silk-road-atlas-" + state.getYear() + ".png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        File f = chooser.showSaveDialog(stage);
        if (f == null) return;
        try {
            String title = "Silk Road Atlas, " + state.getYear() + slideSubject();
            SlideExporter.exportPng(window.mainSplit(), w, h, SlideExporter.SlideText.of(title), f.toPath());
            window.statusBar().setMessage("Saved " + f + " (" + w + "x" + h + ")");
        } catch (Exception ex) {
            error("Could not save the picture", ex.getMessage());
        }
    }

    private String slideSubject() {
        Dataset d = state.getDataset();
        String id = state.getSelection();
        if (id == null) return "";
        return d.country(id).map(c -> ": " + c.nameEn())
                .or(() -> d.cable(id).map(c -> ": " + c.name()))
                .or(() -> d.zone(id).map(z -> ": " + z.nameEn()))
                .or(() -> d.event(id).map(e -> ": " + e.title()))
                .orElse("");
    }

    @Override public void showProblems() {
        if (problemsStage == null) {
            problemsStage = new Stage();
            problemsStage.initOwner(stage);
            problemsStage.setTitle("Data pack problems");
            Scene s = new Scene(new ProblemsView(state), 820, 420);
            Styles.follow(s, state);
            problemsStage.setScene(s);
        }
        problemsStage.show();
        problemsStage.toFront();
    }

    @Override public void showShortcuts() {
        Dialogs.shortcuts(stage, window).show();
    }

    @Override public void showAbout() {
        Dialogs.about(stage, state.getDataset()).show();
    }

    /** Where the app keeps its own files (the unsaved briefing); never inside a data pack. */
    static Path userDir() {
        return Path.of(System.getProperty("user.home"), ".silk-road-atlas");
    }

    @Override public void present() {
        if (presenter == null || presenter.isActive()) return;
        if (decks.scenes().isEmpty()) {
            Path sample = workspace.packDir().resolve("decks").resolve("digital-silk-road.json");
            if (!Files.isRegularFile(sample)) sample = Workspace.bundledPack().resolve("decks").resolve("digital-silk-road.json");
            try {
                decks.open(sample);
            } catch (Exception e) {
                error("Nothing to present", "The briefing has no scenes and the sample deck could not be opened: " + e.getMessage()
                        + "\n\nAdd scenes in the Briefing tab (Add current view), then press F5.");
                return;
            }
        }
        presenter.start(decks.deck(), decks.startIndex());
    }

    @Override public void toggleOnlineTiles() {
        boolean on = !TileSource.isOnline();
        TileSource.setOnline(on);
        settings.put("tiles.online", Boolean.toString(on));
        window.statusBar().setAttribution(on ? TileSource.OSM_ATTRIBUTION + " (online tiles; offline basemap where they fail)" : null);
        window.statusBar().setMessage(on ? "Online OpenStreetMap tiles on; new tiles load as you pan or zoom" : "Offline basemap (Natural Earth)");
    }

    @Override public void quit() {
        settings.save(stage);
        stage.close();
        javafx.application.Platform.exit();
    }

    private void error(String header, String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        a.setHeaderText(header);
        a.initOwner(stage);
        a.initModality(Modality.WINDOW_MODAL);
        a.show();
    }

    void shutdown() {
        if (decks != null) decks.flushAutosave();
        settings.flush();
    }
}
