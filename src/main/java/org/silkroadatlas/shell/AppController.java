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
import org.silkroadatlas.text.Tr;
import java.util.Locale;

/**
 * Runs the window's file and dialog actions. Reading and writing happen in tasks with progress
 * in the status bar; nothing the user has is overwritten without a save dialog.
 */
final class AppController implements ShellActions {
    private static final Tr TR = Tr.of(AppController.class);
    static final String LAST_PACK = "pack.last";
    static final String LAST_DECK = "deck.last";
    static final String LAST_SCENE = "deck.scene";
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

    PackLoadTask loadTask(Path requested) {
        // The task's words are fixed when it starts: it runs off the FX thread, where the state is not read.
        return new PackLoadTask(requested, state.getLocale());
    }

    /**
     * The pack to open at start: the one named on the command line, else the one opened last time
     * if it is still there, else the bundled one (null), with a note for the status line.
     */
    Path startPack(Path fromArguments) {
        if (fromArguments != null) return fromArguments;
        String last = settings.get(LAST_PACK, null);
        if (last == null || last.isBlank()) return null;
        Path p = Path.of(last);
        if (Files.isDirectory(p)) return p;
        lastPackMissing = last;
        settings.put(LAST_PACK, null);
        settings.flush();
        return null;
    }

    private String lastPackMissing;

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
            decks.exportTaskProperty().subscribe(this::trackDeckExport);
            decks.untitledDeckProperty().set(userDir().resolve("untitled-deck.json"));
            boolean recovered = false;
            try {
                recovered = decks.recoverUntitled();
            } catch (Exception e) {
                window.statusBar().say("deck.recoverFailed", e.getMessage());
            }
            if (!recovered) reopenLastDeck();
            trackDeck();
            if (TileSource.isOnline() != Boolean.parseBoolean(settings.get("tiles.online", "false"))) toggleOnlineTiles();
            SplitMemory.restoreAndTrack(window.mainSplit(), SplitMemory.MAIN, 0.70, settings);
            SplitMemory.restoreAndTrack(window.mapAndTimeline(), SplitMemory.TIMELINE, 0.74, settings);
        }
        stage.titleProperty().unbind();
        stage.titleProperty().bind(TR.bind(state.localeProperty(), "window.title", ws.packDir().toAbsolutePath().normalize().toString()));
        // The counts sit in the status bar already; the message line stays free for work in progress.
        if (!ws.dataset().problems().isEmpty()) window.statusBar().say("pack.openedWithProblems");
        else if (first && lastPackMissing != null) window.statusBar().say("pack.lastMissing", lastPackMissing);
        else window.statusBar().setMessage("");
        if (!ws.dataset().problems().isEmpty() && !first) showProblems();
    }

    /** Remembers an opened pack for the next start; the bundled pack is the default and needs no note. */
    void rememberPack(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        boolean bundled;
        try {
            bundled = abs.equals(Workspace.bundledPack().toAbsolutePath().normalize());
        } catch (RuntimeException e) {
            bundled = false;
        }
        settings.put(LAST_PACK, bundled ? null : abs.toString());
        settings.flush();
    }

    /** The Briefing tab shows the deck of last time, at the scene last selected. */
    private void reopenLastDeck() {
        String last = settings.get(LAST_DECK, null);
        if (last == null || last.isBlank()) return;
        Path p = Path.of(last);
        try {
            decks.open(p);
            int scene = (int) settings.getDouble(LAST_SCENE, 0);
            if (scene >= 0 && scene < decks.scenes().size()) decks.sceneList().getSelectionModel().clearAndSelect(scene);
        } catch (Exception e) {
            window.statusBar().say("deck.lastMissing", p.getFileName() == null ? last : p.getFileName().toString(),
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            settings.put(LAST_DECK, null);
            settings.flush();
        }
    }

    private void trackDeck() {
        decks.fileProperty().addListener((o, a, f) -> {
            settings.put(LAST_DECK, f == null ? null : f.toAbsolutePath().normalize().toString());
            settings.flush();
        });
        decks.sceneList().getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> {
            if (i.intValue() >= 0) settings.putDouble(LAST_SCENE, i.intValue());
        });
    }

    /** For the About text (English: it is pasted into e-mails and tickets as it is). */
    static String summary(Dataset d) {
        return d.countries().size() + " countries, " + d.cables().size() + " cables, " + d.zones().size() + " zones, "
                + d.events().size() + " events, " + d.figures().size() + " figures";
    }

    void showLoadFailure(Path pack, Throwable error) {
        Locale l = state.getLocale();
        Alert a = new Alert(Alert.AlertType.ERROR, TR.get(l, "pack.failed.text", pack == null ? "" : " (" + pack + ")",
                String.valueOf(error.getMessage())), ButtonType.OK);
        a.setHeaderText(TR.get(l, "pack.failed.header"));
        a.initOwner(stage);
        a.show();
        showWorkspace(new Workspace(pack == null ? Path.of(".") : pack, Dataset.empty(),
                new org.silkroadatlas.model.Basemap("110m", java.util.List.of()), new org.silkroadatlas.model.Basemap("50m", java.util.List.of())));
    }

    /**
     * Opens the pack in {@code dir} in a background task tracked by the status bar. Cancel keeps
     * the pack already open; so does a pack that cannot be read at all.
     */
    PackLoadTask runLoad(Path dir) {
        return runLoad(dir, () -> { });
    }

    PackLoadTask runLoad(Path dir, Runnable onProgress) {
        PackLoadTask task = loadTask(dir);
        task.onProgress(onProgress);
        task.setOnSucceeded(e -> {
            showWorkspace(task.getValue());
            rememberPack(dir);
        });
        task.setOnFailed(e -> showLoadFailure(dir, task.getException()));
        task.setOnCancelled(e -> {
            if (workspace == null) window.statusBar().say("status.openCancelled.none", String.valueOf(dir.getFileName()));
            else window.statusBar().say("status.openCancelled", String.valueOf(dir.getFileName()), String.valueOf(workspace.packDir().getFileName()));
        });
        window.statusBar().track(task);
        Thread t = new Thread(task, "pack-loader");
        t.setDaemon(true);
        t.start();
        return task;
    }

    @Override public void openPack() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(TR.get(state.getLocale(), "pack.chooser"));
        if (workspace != null && Files.isDirectory(workspace.packDir())) chooser.setInitialDirectory(workspace.packDir().toFile());
        File dir = chooser.showDialog(stage);
        if (dir != null) runLoad(dir.toPath());
    }

    @Override public void reloadPack() {
        if (workspace != null) runLoad(workspace.packDir());
    }

    @Override public void importCables() {
        Locale l = state.getLocale();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(TR.get(l, "import.chooser"));
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(TR.get(l, "import.filter.geojson"), "*.json", "*.geojson"),
                new FileChooser.ExtensionFilter(TR.get(l, "import.filter.all"), "*.*"));
        File f = chooser.showOpenDialog(stage);
        if (f == null) return;
        Task<Dataset> task = new Task<>() {
            @Override protected Dataset call() throws Exception {
                updateMessage(TR.get(l, "import.running", f.getName()));
                CableGeoJsonImporter.Result r = new CableGeoJsonImporter().importFile(f.toPath(), null, new org.silkroadatlas.data.LoadProgress() {
                    @Override public void progress(long done, long total) {
                        if (total > 0) updateProgress(done, total);
                    }

                    @Override public boolean cancelled() { return isCancelled(); }
                });
                return withImported(state.getDataset(), r);
            }
        };
        task.setOnSucceeded(e -> {
            state.setDataset(task.getValue());
            window.statusBar().say("import.done", f.getName());
        });
        task.setOnFailed(e -> error(TR.get(state.getLocale(), "import.failed", f.getName()), task.getException().getMessage()));
        task.setOnCancelled(e -> window.statusBar().say("status.importCancelled", f.getName()));
        window.statusBar().track(task);
        Thread t = new Thread(task, "cable-import");
        t.setDaemon(true);
        t.start();
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
        Locale l = state.getLocale();
        size.setTitle(TR.get(l, "png.title"));
        size.setHeaderText(TR.get(l, "png.header"));
        size.setContentText(TR.get(l, "png.size"));
        size.initOwner(stage);
        java.util.Optional<String> chosen = size.showAndWait();
        if (chosen.isEmpty()) return;
        String[] wh = chosen.get().split(" x ");
        int w = Integer.parseInt(wh[0]), h = Integer.parseInt(wh[1]);
        FileChooser chooser = new FileChooser();
        chooser.setTitle(TR.get(l, "png.chooser"));
        chooser.setInitialFileName("silk-road-atlas-" + state.getYear() + ".png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(TR.get(l, "png.filter"), "*.png"));
        File f = chooser.showSaveDialog(stage);
        if (f == null) return;
        try {
            exportPngTo(f.toPath(), w, h);
        } catch (RuntimeException ex) {
            error(TR.get(l, "png.failed"), ex.getMessage());
        }
    }

    /** The Briefing tab's PDF export in the status bar, with Cancel, and its outcome in words. */
    private void trackDeckExport(Task<?> task) {
        if (task == null) return;
        window.statusBar().track(task);
        task.addEventHandler(javafx.concurrent.WorkerStateEvent.WORKER_STATE_CANCELLED, e -> window.statusBar().say("status.pdfCancelled"));
        task.addEventHandler(javafx.concurrent.WorkerStateEvent.WORKER_STATE_SUCCEEDED, e -> window.statusBar().say("status.pdfDone"));
    }

    /**
     * Takes the slide of the view now (the snapshot must be on the FX thread) and encodes and
     * writes it in a background task tracked by the status bar; Cancel leaves no file.
     */
    Task<Path> exportPngTo(Path out, int w, int h) {
        Locale l = state.getLocale();
        String title = TR.get(l, "png.slideTitle", state.getYear()) + slideSubject(l);
        javafx.scene.image.Image slide = SlideExporter.slide(window.mainSplit(), w, h, SlideExporter.SlideText.of(title, l));
        String name = String.valueOf(out.getFileName());
        Task<Path> task = new Task<>() {
            @Override protected Path call() throws Exception {
                updateMessage(TR.get(l, "png.writing", name));
                SlideExporter.writePng(slide, out, new org.silkroadatlas.data.LoadProgress() {
                    @Override public void progress(long done, long total) { updateProgress(done, total); }

                    @Override public boolean cancelled() { return isCancelled(); }
                });
                return out;
            }

            /** Never interrupts: an interrupted file channel would close under the writer; it stops by itself. */
            @Override public boolean cancel(boolean mayInterruptIfRunning) {
                return super.cancel(false);
            }
        };
        task.setOnSucceeded(e -> window.statusBar().say("png.saved", out.toString(), w, h));
        task.setOnFailed(e -> error(TR.get(state.getLocale(), "png.failed"), task.getException().getMessage()));
        task.setOnCancelled(e -> window.statusBar().say("png.cancelled", name));
        window.statusBar().track(task);
        Thread t = new Thread(task, "png-export");
        t.setDaemon(true);
        t.start();
        return task;
    }

    private String slideSubject(Locale l) {
        String id = state.getSelection();
        if (id == null || state.getDataset().kindOf(id).isEmpty()) return "";
        return (Tr.isChinese(l) ? "：" : ": ") + org.silkroadatlas.present.Citations.displayName(state.getDataset(), id, l);
    }

    @Override public void showProblems() {
        if (problemsStage == null) {
            problemsStage = new Stage();
            problemsStage.initOwner(stage);
            problemsStage.titleProperty().bind(TR.bind(state.localeProperty(), "problems.title"));
            Scene s = new Scene(new ProblemsView(state), 820, 420);
            Styles.follow(s, state);
            problemsStage.setScene(s);
        }
        problemsStage.show();
        problemsStage.toFront();
    }

    @Override public void showShortcuts() {
        Dialogs.shortcuts(stage, window, state.getLocale()).show();
    }

    @Override public void showAbout() {
        org.silkroadatlas.about.AboutDialog.create(stage, state.getLocale(), state.getDataset(), TileSource.isOnline()).show();
    }

    /** Where the app keeps its own files (the unsaved briefing); never inside a data pack. */
    static Path userDir() {
        // Tests point atlas.home elsewhere so they never read or write the user's own briefing.
        String home = System.getProperty("atlas.home");
        return home != null ? Path.of(home) : Path.of(System.getProperty("user.home"), ".silk-road-atlas");
    }

    @Override public void present() {
        if (presenter == null || presenter.isActive()) return;
        if (decks.scenes().isEmpty()) {
            Path sample = workspace.packDir().resolve("decks").resolve("digital-silk-road.json");
            if (!Files.isRegularFile(sample)) sample = Workspace.bundledPack().resolve("decks").resolve("digital-silk-road.json");
            try {
                decks.open(sample);
            } catch (Exception e) {
                error(TR.get(state.getLocale(), "present.nothing.header"),
                        TR.get(state.getLocale(), "present.nothing.text", String.valueOf(e.getMessage())));
                return;
            }
        }
        presenter.start(decks.deck(), decks.startIndex());
    }

    @Override public void toggleOnlineTiles() {
        boolean on = !TileSource.isOnline();
        TileSource.setOnline(on);
        settings.put("tiles.online", Boolean.toString(on));
        window.statusBar().setAttribution(on);
        window.statusBar().say(on ? "tiles.on" : "tiles.off");
    }

    @Override public void saveDeck() {
        if (decks != null) decks.save();
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

    MainWindow window() { return window; }

    DeckEditor decks() { return decks; }

    void shutdown() {
        if (decks != null) decks.flushAutosave();
        settings.flush();
    }
}
