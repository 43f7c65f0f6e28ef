package org.silkroadatlas.present;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import org.silkroadatlas.data.DeckFiles;
import org.silkroadatlas.state.ExplorerState;
import org.silkroadatlas.state.SceneSnapshot;
import org.silkroadatlas.text.Tr;
import java.util.Locale;
import org.silkroadatlas.ui.Icons;

/**
 * Prepares a briefing at the desk: the scene list (add the current view, caption, notes, reorder
 * by buttons or drag, delete), open and save, and the button that starts presenting. Unsaved edits
 * of a deck that has a file are autosaved beside it (an untitled deck, where {@link #untitledDeckProperty()}
 * says); opening a deck offers a newer autosave, and {@link #recoverUntitled()} an untitled one.
 */
public final class DeckEditor extends VBox {
    private static final Tr TR = Tr.of(DeckEditor.class);
    /** Drag payload: the index of the dragged scene within this list. */
    private static final DataFormat SCENE_INDEX = new DataFormat("application/x-silkroadatlas-scene-index");

    private final ExplorerState state;
    private final ObservableList<SceneSnapshot> scenes = FXCollections.observableArrayList();
    private final ListView<SceneSnapshot> list = new ListView<>(scenes);
    private final TextField title = new TextField();
    private final TextField caption = new TextField();
    private final TextArea notes = new TextArea();
    private final Label status = new Label();
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty", false);
    private final ObjectProperty<Consumer<Deck>> onPresent = new SimpleObjectProperty<>(this, "onPresent");
    private final ObjectProperty<Predicate<Path>> recoveryPrompt = new SimpleObjectProperty<>(this, "recoveryPrompt", this::askToRecover);
    private final DeckAutosave autosave;
    private final ObjectProperty<Path> untitledDeck = new SimpleObjectProperty<>(this, "untitledDeck");
    private final Button present = new Button();
    private final Button exportPdf = new Button();
    private final CheckBox pdfNotes = new CheckBox();
    private final ObjectProperty<Node> exportView = new SimpleObjectProperty<>(this, "exportView");
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(this, "exporting", false);
    private final ReadOnlyObjectWrapper<Task<?>> exportTask = new ReadOnlyObjectWrapper<>(this, "exportTask");

    /** Set while this editor writes into its own controls, so those writes are not taken as edits. */
    private boolean updating;

    public DeckEditor(ExplorerState state) {
        this.state = Objects.requireNonNull(state, "state");
        getStyleClass().add("deck-editor");
        setId("deck-editor");
        setSpacing(6);
        setPadding(new Insets(8));
        autosave = new DeckAutosave(Duration.seconds(2), () -> file.get() != null ? file.get() : untitledDeck.get(),
                this::deck, m -> say("say.autosaveFailed", m));

        title.setId("deck-title");
        title.promptTextProperty().bind(words("deck.title.prompt"));
        title.accessibleTextProperty().bind(words("deck.title.prompt"));
        title.accessibleHelpProperty().bind(words("deck.title.help"));
        Button open = button("deck.open", "deck-open", this::chooseAndOpen);
        Button save = button("deck.save", "deck-save", this::saveOrChoose);
        Button saveAs = button("deck.saveAs", "deck-save-as", this::chooseAndSave);
        HBox fileRow = new HBox(6, open, save, saveAs);

        list.setId("deck-scenes");
        Label empty = new Label();
        empty.textProperty().bind(words("deck.empty"));
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        list.accessibleTextProperty().bind(words("deck.scenes"));
        // Cells say "(no caption)" in the reader's language: redraw them when it changes.
        state.localeProperty().addListener((o, a, b) -> list.refresh());
        list.setCellFactory(v -> new SceneCell());
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) showSelected();
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        Button add = button("deck.add", "deck-add", this::addCurrentView);
        Button update = button("deck.update", "deck-update", this::updateSelected);
        Button show = button("deck.show", "deck-show", this::showSelected);
        Button up = button("deck.up", "deck-up", () -> move(-1));
        Button down = button("deck.down", "deck-down", () -> move(1));
        Button delete = button("deck.delete", "deck-delete", this::deleteSelected);
        // Wraps in a narrow side panel instead of clipping the last buttons.
        FlowPane sceneRow = new FlowPane(6, 6, add, update, show, up, down, delete);
        sceneRow.setAlignment(Pos.CENTER_LEFT);

        caption.setId("deck-caption");
        caption.promptTextProperty().bind(words("deck.caption.prompt"));
        caption.accessibleTextProperty().bind(words("deck.caption"));
        caption.accessibleHelpProperty().bind(words("deck.caption.prompt"));
        notes.setId("deck-notes");
        notes.promptTextProperty().bind(words("deck.notes.prompt"));
        notes.accessibleTextProperty().bind(words("deck.notes"));
        notes.accessibleHelpProperty().bind(words("deck.notes.prompt"));
        notes.setPrefRowCount(5);
        notes.setWrapText(true);

        present.setId("deck-present");
        Icons.decorate(present);
        present.setDefaultButton(false);
        labelled(present, "deck.present");
        present.setOnAction(e -> presentFromSelection());
        present.setMaxWidth(Double.MAX_VALUE);
        present.getStyleClass().add("deck-present");
        status.setId("deck-status");
        status.getStyleClass().add("deck-status");
        status.setWrapText(true);

        exportPdf.setId("deck-export-pdf");
        labelled(exportPdf, "deck.exportPdf");
        Icons.decorate(exportPdf);
        exportPdf.setOnAction(e -> chooseAndExportPdf());
        exportPdf.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(scenes)
                .or(exportView.isNull()).or(exporting));
        pdfNotes.setId("deck-pdf-notes");
        labelled(pdfNotes, "deck.pdfNotes");
        HBox pdfRow = new HBox(8, exportPdf, pdfNotes);
        pdfRow.setAlignment(Pos.CENTER_LEFT);

        Label captionLabel = new Label();
        captionLabel.textProperty().bind(words("deck.caption"));
        captionLabel.setLabelFor(caption);
        Label notesLabel = new Label();
        notesLabel.textProperty().bind(words("deck.notes"));
        notesLabel.setLabelFor(notes);
        getChildren().addAll(title, fileRow, list, sceneRow, captionLabel, caption,
                notesLabel, notes, present, pdfRow, status);

        list.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> loadEditors());
        caption.textProperty().addListener((o, a, b) -> { if (!updating) editSelected(s -> s.withCaption(b)); });
        notes.textProperty().addListener((o, a, b) -> { if (!updating) editSelected(s -> s.withNotes(b)); });
        title.textProperty().addListener((o, a, b) -> { if (!updating) edited(); });
        scenes.addListener((ListChangeListener<SceneSnapshot>) c -> { if (!updating) edited(); });
        present.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(scenes));
        loadEditors();
    }

    // ---- public API ---------------------------------------------------------------------------

    /** The deck as edited now. */
    public Deck deck() { return new Deck(title.getText(), new ArrayList<>(scenes)); }

    public ObservableList<SceneSnapshot> scenes() { return scenes; }

    public StringProperty titleProperty() { return title.textProperty(); }

    /** The file the deck was opened from or last saved to; null for a new deck. */
    public ReadOnlyObjectProperty<Path> fileProperty() { return file.getReadOnlyProperty(); }

    /** True when there are edits not saved to the deck file. */
    public ReadOnlyBooleanProperty dirtyProperty() { return dirty.getReadOnlyProperty(); }

    /** Receives the deck when "Present" is pressed, with {@link #startIndex()} as the first scene. */
    public ObjectProperty<Consumer<Deck>> onPresentProperty() { return onPresent; }

    /** Makes "Present" start {@code mode} on this deck from the selected scene. */
    public void presentWith(PresenterMode mode) {
        Objects.requireNonNull(mode, "mode");
        onPresent.set(d -> mode.start(d, startIndex()));
    }

    /**
     * The node a PDF export snapshots for each scene (the map with its legend, or the whole window
     * content); until it is set the export button stays disabled.
     */
    public ObjectProperty<Node> exportViewProperty() { return exportView; }

    /** True while a PDF export walks the scenes (the view changes under the user meanwhile). */
    public ReadOnlyBooleanProperty exportingProperty() { return exporting.getReadOnlyProperty(); }

    /** The PDF export running now (null when none), for a progress bar with Cancel outside this panel. */
    public ReadOnlyObjectProperty<Task<?>> exportTaskProperty() { return exportTask.getReadOnlyProperty(); }

    /**
     * Writes the deck as a PDF in a background task: each scene is applied, rendered and the view
     * put back at the end. {@code onDone} runs on the FX thread with the error, or null on success
     * (a {@link java.util.concurrent.CancellationException} when cancelled, once the view is back).
     */
    public Task<List<String>> exportPdf(Path out, boolean withNotes, Consumer<Throwable> onDone) {
        return exportPdf(out, withNotes, DeckExports.Settle.DEFAULT, onDone);
    }

    /** As above, letting each scene settle as {@code settle} says. */
    public Task<List<String>> exportPdf(Path out, boolean withNotes, DeckExports.Settle settle, Consumer<Throwable> onDone) {
        Node view = Objects.requireNonNull(exportView.get(), "no export view set");
        Deck d = deck();
        exporting.set(true);
        say("say.exporting", d.size(), String.valueOf(out.getFileName()));
        Locale locale = state.getLocale();
        Task<List<String>> task = new Task<>() {
            @Override protected List<String> call() throws Exception {
                DeckPdf.Options options = (withNotes ? DeckPdf.Options.withNotes() : DeckPdf.Options.handout()).in(locale);
                updateMessage(TR.get(locale, "say.exportingScene", 0, d.size(), String.valueOf(out.getFileName())));
                updateProgress(0, d.size());
                boolean[] stopped = {false};
                try {
                    List<String> warnings = DeckExports.deckPdf(d, state, view, options, settle, out, new org.silkroadatlas.data.LoadProgress() {
                        @Override public void progress(long done, long total) {
                            updateProgress(done, total);
                            updateMessage(TR.get(locale, "say.exportingScene", done, total, String.valueOf(out.getFileName())));
                        }

                        @Override public boolean cancelled() { return isCancelled(); }
                    });
                    // Cancel pressed in the instant between the last check and the move: the file goes too.
                    if (isCancelled()) java.nio.file.Files.deleteIfExists(out);
                    return warnings;
                } catch (java.util.concurrent.CancellationException e) {
                    stopped[0] = true;
                    throw e;
                } finally {
                    // Only now is the view back (the export's own finally ran): a cancel reports here, not when pressed.
                    if (stopped[0] || isCancelled()) {
                        javafx.application.Platform.runLater(() -> {
                            exporting.set(false);
                            exportTask.set(null);
                            say("say.pdfCancelled", String.valueOf(out.getFileName()));
                            if (onDone != null) onDone.accept(new java.util.concurrent.CancellationException("cancelled"));
                        });
                    }
                }
            }

            /** Never interrupts: the worker must get to put the view back; it stops between scenes instead. */
            @Override public boolean cancel(boolean mayInterruptIfRunning) {
                return super.cancel(false);
            }
        };
        task.setOnSucceeded(e -> {
            exporting.set(false);
            exportTask.set(null);
            List<String> w = task.getValue();
            if (w.isEmpty()) say("say.wrote", String.valueOf(out.getFileName()));
            else say("say.wroteWarnings", String.valueOf(out.getFileName()), String.join("; ", w));
            if (onDone != null) onDone.accept(null);
        });
        task.setOnFailed(e -> {
            exporting.set(false);
            exportTask.set(null);
            say("say.pdfFailed", String.valueOf(task.getException().getMessage()));
            if (onDone != null) onDone.accept(task.getException());
        });
        exportTask.set(task);
        Thread t = new Thread(task, "deck-pdf-export");
        t.setDaemon(true);
        t.start();
        return task;
    }

    /**
     * Where a deck not yet saved to a file is autosaved, as if it were a deck file there (its
     * autosave is {@code <path>.autosave}), e.g. {@code ~/.silkroadatlas/untitled-deck.json};
     * null (the default) autosaves only decks that have a file.
     */
    public ObjectProperty<Path> untitledDeckProperty() { return untitledDeck; }

    /**
     * At start-up: if an untitled deck was autosaved and not saved since (a crash or a quit), the
     * recovery prompt decides whether it is loaded (as an unsaved, untitled deck). True if it was.
     */
    public boolean recoverUntitled() throws IOException, DeckFiles.DeckFormatException {
        Path untitled = untitledDeck.get();
        if (untitled == null) return false;
        Path auto = DeckStore.autosavePath(untitled);
        if (!java.nio.file.Files.isRegularFile(auto)) return false;
        Deck saved = DeckStore.open(auto);
        // An empty deck is nothing to recover; a declined one is not offered again at every start.
        if ((saved.size() == 0 && saved.title().isBlank()) || !recoveryPrompt.get().test(auto)) {
            java.nio.file.Files.deleteIfExists(auto);
            return false;
        }
        setDeck(saved, null);
        dirty.set(true);
        say("say.recoveredUntitled", String.valueOf(auto.getFileName()));
        return true;
    }

    /** Asked whether to recover a newer autosave (the path) on open; default is a dialog. */
    public ObjectProperty<Predicate<Path>> recoveryPromptProperty() { return recoveryPrompt; }

    /** The scene to present from: the selected one, else the first. */
    public int startIndex() { return Math.max(0, list.getSelectionModel().getSelectedIndex()); }

    public ListView<SceneSnapshot> sceneList() { return list; }

    public void setDeck(Deck d, Path from) {
        autosave.cancel();
        updating = true;
        try {
            title.setText(d.title());
            scenes.setAll(d.scenes());
        } finally {
            updating = false;
        }
        file.set(from);
        dirty.set(false);
        if (!scenes.isEmpty()) list.getSelectionModel().select(0);
        loadEditors();
    }

    /**
     * Opens a deck. If an autosave newer than the file exists, the recovery prompt decides whether
     * its content is loaded instead (then the deck counts as edited, not saved).
     */
    public void open(Path path) throws IOException, DeckFiles.DeckFormatException {
        Optional<Path> newer = DeckStore.newerAutosave(path);
        if (newer.isPresent() && recoveryPrompt.get().test(newer.get())) {
            Deck recovered = DeckStore.open(newer.get());
            setDeck(recovered, path);
            dirty.set(true);
            say("say.recovered", String.valueOf(newer.get().getFileName()));
            return;
        }
        setDeck(DeckStore.open(path), path);
        say("say.opened", String.valueOf(path.getFileName()), scenes.size());
    }

    /** Saves to {@code path} atomically and makes it the deck's file. */
    public void saveTo(Path path) throws IOException {
        autosave.cancel();
        autosave.flush();
        DeckStore.save(path, deck());
        if (file.get() == null && untitledDeck.get() != null) {
            // The untitled deck now has a file of its own; its autosave would be offered again otherwise.
            java.nio.file.Files.deleteIfExists(DeckStore.autosavePath(untitledDeck.get()));
        }
        file.set(path);
        dirty.set(false);
        say("say.saved", String.valueOf(path.getFileName()));
    }

    /** Appends the current view as a scene (captioned with what is selected, to be edited) and selects it. */
    public void addCurrentView() {
        SceneSnapshot s = state.capture();
        // A first caption to edit, in the reader's language; once written it is the author's text.
        Locale l = state.getLocale();
        s = s.withCaption(s.selection() == null ? TR.get(l, "deck.defaultCaption.year", s.year())
                : TR.get(l, "deck.defaultCaption", Citations.entityName(state.getDataset(), s.selection(), l), s.year()));
        int at = list.getSelectionModel().getSelectedIndex() < 0 ? scenes.size() : list.getSelectionModel().getSelectedIndex() + 1;
        scenes.add(at, s);
        list.getSelectionModel().clearAndSelect(at);
        caption.requestFocus();
        caption.selectAll();
    }

    /** Moves the selected scene by {@code delta} places. */
    public void move(int delta) {
        int i = list.getSelectionModel().getSelectedIndex();
        int j = i + delta;
        if (i < 0 || j < 0 || j >= scenes.size()) return;
        moveScene(i, j);
    }

    public void deleteSelected() {
        int i = list.getSelectionModel().getSelectedIndex();
        if (i < 0) return;
        scenes.remove(i);
        if (!scenes.isEmpty()) list.getSelectionModel().clearAndSelect(Math.min(i, scenes.size() - 1));
    }

    /** Writes the autosave of edits not yet autosaved, and waits for it (before quitting; tests). */
    public void flushAutosave() {
        autosave.saveIfPending();
        autosave.flush();
    }

    // ---- internals ----------------------------------------------------------------------------

    private void moveScene(int from, int to) {
        SceneSnapshot s = scenes.get(from);
        List<SceneSnapshot> copy = new ArrayList<>(scenes);
        copy.remove(from);
        copy.add(to, s);
        scenes.setAll(copy);
        list.getSelectionModel().clearAndSelect(to);
    }

    private void updateSelected() {
        int i = list.getSelectionModel().getSelectedIndex();
        if (i < 0) return;
        SceneSnapshot old = scenes.get(i);
        scenes.set(i, state.capture().withCaption(old.caption()).withNotes(old.notes()));
        list.getSelectionModel().clearAndSelect(i);
    }

    private void showSelected() {
        SceneSnapshot s = list.getSelectionModel().getSelectedItem();
        if (s == null) return;
        List<String> warnings = SceneWarnings.words(state.applyScene(s, true), state.getLocale());
        sayData(warnings.isEmpty() ? "" : String.join("; ", warnings));
    }

    private void presentFromSelection() {
        if (scenes.isEmpty() || onPresent.get() == null) return;
        onPresent.get().accept(deck());
    }

    private void editSelected(java.util.function.UnaryOperator<SceneSnapshot> change) {
        int i = list.getSelectionModel().getSelectedIndex();
        if (i < 0) return;
        SceneSnapshot next = change.apply(scenes.get(i));
        if (next.equals(scenes.get(i))) return;
        scenes.set(i, next);
        // Replacing the item may clear the selection in a ListView; keep editing the same scene.
        if (list.getSelectionModel().getSelectedIndex() != i) list.getSelectionModel().clearAndSelect(i);
    }

    private void loadEditors() {
        SceneSnapshot s = list.getSelectionModel().getSelectedItem();
        updating = true;
        try {
            caption.setText(s == null ? "" : s.caption());
            notes.setText(s == null ? "" : s.notes());
        } finally {
            updating = false;
        }
        caption.setDisable(s == null);
        notes.setDisable(s == null);
    }

    private void edited() {
        dirty.set(true);
        autosave.edited();
    }

    /** The status line in the reader's language, rewritten when it changes. */
    private void say(String key, Object... args) {
        status.textProperty().unbind();
        status.textProperty().bind(words(key, args));
    }

    /** Words that are data (what a scene could not show), shown as given. */
    private void sayData(String text) {
        status.textProperty().unbind();
        status.setText(text);
    }

    private javafx.beans.binding.StringBinding words(String key, Object... args) {
        return TR.bind(state.localeProperty(), key, args);
    }

    /** Text, tooltip and accessible help of a control from {@code key} and {@code key.tip}. */
    private void labelled(javafx.scene.control.ButtonBase b, String key) {
        b.textProperty().bind(words(key));
        Tooltip t = new Tooltip();
        t.textProperty().bind(words(key + ".tip"));
        b.setTooltip(t);
        b.accessibleHelpProperty().bind(words(key + ".tip"));
    }

    private Button button(String key, String id, Runnable action) {
        Button b = new Button();
        b.setId(id);
        labelled(b, key);
        Icons.decorate(b);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** Saves to the deck's file, or asks for one when it has none (Ctrl+S in the window). */
    public void save() { saveOrChoose(); }

    private Window window() { return getScene() == null ? null : getScene().getWindow(); }

    private FileChooser chooser(String titleText) {
        FileChooser fc = new FileChooser();
        fc.setTitle(titleText);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(TR.get(state.getLocale(), "deck.filter"), "*.json"));
        Path current = file.get();
        if (current != null && current.toAbsolutePath().getParent() != null) {
            fc.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
            fc.setInitialFileName(current.getFileName().toString());
        }
        return fc;
    }

    private void chooseAndOpen() {
        var chosen = chooser(TR.get(state.getLocale(), "deck.chooser.open")).showOpenDialog(window());
        if (chosen == null) return;
        try {
            open(chosen.toPath());
        } catch (DeckFiles.DeckFormatException e) {
            say("say.cannotOpen", e.problems().stream().map(Object::toString).reduce((a, b) -> a + "\n" + b).orElse(e.getMessage()));
        } catch (IOException e) {
            say("say.cannotOpenFile", chosen.getName(), String.valueOf(e.getMessage()));
        }
    }

    private void saveOrChoose() {
        if (file.get() == null) { chooseAndSave(); return; }
        trySave(file.get());
    }

    private void chooseAndSave() {
        var chosen = chooser(TR.get(state.getLocale(), "deck.chooser.save")).showSaveDialog(window());
        if (chosen != null) trySave(chosen.toPath());
    }

    private void trySave(Path p) {
        try {
            saveTo(p);
        } catch (IOException e) {
            say("say.notSaved", String.valueOf(e.getMessage()));
        }
    }

    private void chooseAndExportPdf() {
        FileChooser fc = new FileChooser();
        fc.setTitle(TR.get(state.getLocale(), "pdf.chooser"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(TR.get(state.getLocale(), "pdf.filter"), "*.pdf"));
        Path current = file.get();
        if (current != null) {
            if (current.toAbsolutePath().getParent() != null) fc.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
            fc.setInitialFileName(current.getFileName().toString().replaceFirst("\\.json$", "") + ".pdf");
        }
        var chosen = fc.showSaveDialog(window());
        if (chosen != null) exportPdf(chosen.toPath(), pdfNotes.isSelected(), null);
    }

    private boolean askToRecover(Path autosaveFile) {
        Locale l = state.getLocale();
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, TR.get(l, "recover.text", String.valueOf(autosaveFile.getFileName())),
                ButtonType.YES, ButtonType.NO);
        a.setHeaderText(TR.get(l, "recover.header"));
        if (window() != null) a.initOwner(window());
        return a.showAndWait().filter(b -> b == ButtonType.YES).isPresent();
    }

    /** One scene in the list: number, year, caption; drag to reorder. */
    private final class SceneCell extends ListCell<SceneSnapshot> {
        SceneCell() {
            setOnDragDetected(e -> {
                if (isEmpty()) return;
                var db = startDragAndDrop(TransferMode.MOVE);
                ClipboardContent c = new ClipboardContent();
                c.put(SCENE_INDEX, getIndex());
                db.setContent(c);
                e.consume();
            });
            setOnDragOver(e -> {
                if (e.getGestureSource() != this && e.getDragboard().hasContent(SCENE_INDEX)) e.acceptTransferModes(TransferMode.MOVE);
                e.consume();
            });
            setOnDragDropped(e -> {
                boolean done = false;
                if (e.getDragboard().hasContent(SCENE_INDEX)) {
                    int from = (Integer) e.getDragboard().getContent(SCENE_INDEX);
                    int to = isEmpty() ? scenes.size() - 1 : getIndex();
                    if (from >= 0 && from < scenes.size() && from != to) moveScene(from, Math.min(to, scenes.size() - 1));
                    done = true;
                }
                e.setDropCompleted(done);
                e.consume();
            });
        }

        @Override protected void updateItem(SceneSnapshot s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null) {
                setText(null);
                return;
            }
            String sel = s.selection() == null ? "" : "  [" + s.selection() + "]";
            setText((getIndex() + 1) + ". " + s.year() + "  " + (s.caption().isBlank() ? TR.get(state.getLocale(), "deck.noCaption") : s.caption()) + sel);
        }
    }
}
