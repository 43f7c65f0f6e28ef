package org.silkroadatlas.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.silkroadatlas.state.ExplorerState;
import org.silkroadatlas.state.SceneSnapshot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.silkroadatlas.testing.FxThreadErrors;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith({FxThreadErrors.class, ApplicationExtension.class})
class DeckEditorTest {
    @TempDir Path dir;
    private ExplorerState state;
    private DeckEditor editor;

    @Start
    void start(Stage stage) {
        state = new ExplorerState(PresentTestData.dataset());
        editor = new DeckEditor(state);
        stage.setScene(new Scene(editor, 520, 640));
        stage.show();
    }

    @BeforeEach
    void catchFxExceptions() {
    }


    private void fx(Runnable r) {
        WaitForAsyncUtils.asyncFx(r);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> captions() { return editor.scenes().stream().map(SceneSnapshot::caption).toList(); }

    @Test
    void scenesAreAddedCaptionedReorderedAndDeleted(FxRobot robot) {
        fx(() -> { state.setYear(2017); state.select("PAK"); });
        robot.clickOn("#deck-add");
        fx(() -> { state.setYear(2015); state.select("CBEC-1-01"); });
        robot.clickOn("#deck-add");
        assertThat(captions()).containsExactly("Pakistan (PAK), 2017", "China (Hangzhou) Cross-border E-commerce Comprehensive Pilot Zone, 2015");
        assertThat(editor.scenes().get(1).year()).isEqualTo(2015);

        TextField caption = robot.lookup("#deck-caption").queryAs(TextField.class);
        TextArea notes = robot.lookup("#deck-notes").queryAs(TextArea.class);
        fx(() -> { caption.setText("Hangzhou, the first pilot zone"); notes.setText("Source: en.chinagate.cn"); });
        assertThat(editor.scenes().get(1).caption()).isEqualTo("Hangzhou, the first pilot zone");
        assertThat(editor.scenes().get(1).notes()).isEqualTo("Source: en.chinagate.cn");

        robot.clickOn("#deck-up");
        assertThat(captions()).containsExactly("Hangzhou, the first pilot zone", "Pakistan (PAK), 2017");
        assertThat(editor.sceneList().getSelectionModel().getSelectedIndex()).isZero();
        robot.clickOn("#deck-down");
        assertThat(captions()).containsExactly("Pakistan (PAK), 2017", "Hangzhou, the first pilot zone");

        fx(() -> editor.sceneList().getSelectionModel().select(0));
        assertThat(caption.getText()).isEqualTo("Pakistan (PAK), 2017");
        robot.clickOn("#deck-show");
        assertThat(state.getSelection()).isEqualTo("PAK");
        assertThat(state.getYear()).isEqualTo(2017);

        if (Boolean.getBoolean("atlas.keep.images")) {
            WaitForAsyncUtils.asyncFx(() -> {
                try {
                    SlideExporter.writePng(editor.snapshot(null, null), Path.of("target/editor-test.png"));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            WaitForAsyncUtils.waitForFxEvents();
        }
        robot.clickOn("#deck-delete");
        assertThat(captions()).containsExactly("Hangzhou, the first pilot zone");
        assertThat(editor.dirtyProperty().get()).isTrue();
    }

    @Test
    void presentHandsTheDeckOver(FxRobot robot) {
        AtomicReference<Deck> presented = new AtomicReference<>();
        fx(() -> {
            editor.setDeck(PresentTestData.deck(), null);
            editor.onPresentProperty().set(presented::set);
        });
        robot.clickOn("#deck-present");
        assertThat(presented.get()).isEqualTo(PresentTestData.deck());
    }

    @Test
    void editsAreAutosavedBesideTheDeckAndRecoveredOnOpen() throws Exception {
        Path file = dir.resolve("brief.json");
        fx(() -> {
            editor.setDeck(PresentTestData.deck(), null);
            try {
                editor.saveTo(file);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(editor.dirtyProperty().get()).isFalse();
        fx(() -> { editor.sceneList().getSelectionModel().select(0); editor.deleteSelected(); });
        fx(editor::flushAutosave);
        Path auto = DeckStore.autosavePath(file);
        assertThat(auto).exists();
        assertThat(DeckStore.open(auto).size()).isEqualTo(3);
        assertThat(DeckStore.open(file).size()).as("the deck itself is untouched until saved").isEqualTo(4);
        Files.setLastModifiedTime(auto, java.nio.file.attribute.FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 2000));

        // As after a crash: a fresh editor opens the deck and is offered the newer autosave.
        List<Path> offered = new ArrayList<>();
        AtomicReference<DeckEditor> fresh = new AtomicReference<>();
        fx(() -> {
            DeckEditor e = new DeckEditor(state);
            e.recoveryPromptProperty().set(p -> { offered.add(p); return true; });
            try {
                e.open(file);
            } catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
            fresh.set(e);
        });
        assertThat(offered).containsExactly(auto);
        assertThat(fresh.get().scenes()).hasSize(3);
        assertThat(fresh.get().dirtyProperty().get()).isTrue();
        assertThat(fresh.get().fileProperty().get()).isEqualTo(file);

        fx(() -> {
            try {
                fresh.get().saveTo(file);
            } catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
        });
        assertThat(auto).doesNotExist();
        assertThat(DeckStore.open(file).size()).isEqualTo(3);
    }

    @Test
    void theDeckExportsToAPdfInTheBackgroundAndTheViewComesBack(FxRobot robot) throws Exception {
        Path pdf = dir.resolve("handout.pdf");
        java.util.concurrent.CompletableFuture<Throwable> done = new java.util.concurrent.CompletableFuture<>();
        fx(() -> {
            state.setYear(2016);
            state.select("KAZ");
            editor.setDeck(PresentTestData.deck(), null);
        });
        assertThat(robot.lookup("#deck-export-pdf").queryButton().isDisabled()).as("no view to render yet").isTrue();
        fx(() -> {
            editor.exportViewProperty().set(robot.lookup("#deck-scenes").query());
            editor.exportPdf(pdf, true, t -> done.complete(t));
        });
        assertThat(done.get(60, java.util.concurrent.TimeUnit.SECONDS)).isNull();
        WaitForAsyncUtils.waitForFxEvents();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(4);
        }
        assertThat(state.getYear()).isEqualTo(2016);
        assertThat(state.getSelection()).isEqualTo("KAZ");
        assertThat(robot.lookup("#deck-status").queryLabeled().getText()).contains("handout.pdf").contains("ATLANTIS");
        assertThat(editor.exportingProperty().get()).isFalse();
    }

    @Test
    void anUntitledDeckIsAutosavedAndRecoveredAfterACrash() throws Exception {
        Path untitled = dir.resolve("untitled-deck.json");
        fx(() -> {
            editor.untitledDeckProperty().set(untitled);
            editor.setDeck(new Deck("", List.of()), null);
            state.select("PAK");
            editor.addCurrentView();
        });
        fx(editor::flushAutosave);
        Path auto = DeckStore.autosavePath(untitled);
        assertThat(auto).exists();

        AtomicReference<DeckEditor> fresh = new AtomicReference<>();
        List<Path> offered = new ArrayList<>();
        fx(() -> {
            DeckEditor e = new DeckEditor(state);
            e.untitledDeckProperty().set(untitled);
            e.recoveryPromptProperty().set(p -> { offered.add(p); return true; });
            try {
                assertThat(e.recoverUntitled()).isTrue();
                e.saveTo(dir.resolve("named.json"));
            } catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
            fresh.set(e);
        });
        assertThat(offered).containsExactly(auto);
        assertThat(fresh.get().scenes()).extracting(SceneSnapshot::selection).containsExactly("PAK");
        assertThat(auto).as("saved under a name, the untitled autosave is done with").doesNotExist();
    }

    @Test
    void quittingWithNothingChangedLeavesNoAutosaveAndAnEmptyOrDeclinedOneIsNotOfferedAgain() throws Exception {
        Path untitled = dir.resolve("untitled-deck.json");
        Path auto = DeckStore.autosavePath(untitled);
        fx(() -> editor.untitledDeckProperty().set(untitled));
        fx(editor::flushAutosave);
        assertThat(auto).as("no edits, no autosave at quit").doesNotExist();

        List<Path> offered = new ArrayList<>();
        java.util.function.Supplier<Boolean> recoverInFreshEditor = () -> {
            AtomicReference<Boolean> r = new AtomicReference<>();
            fx(() -> {
                DeckEditor e = new DeckEditor(state);
                e.untitledDeckProperty().set(untitled);
                e.recoveryPromptProperty().set(p -> { offered.add(p); return false; });
                try {
                    r.set(e.recoverUntitled());
                } catch (Exception ex) {
                    throw new IllegalStateException(ex);
                }
            });
            return r.get();
        };
        DeckStore.autosave(untitled, new Deck("", List.of()));
        assertThat(recoverInFreshEditor.get()).isFalse();
        assertThat(offered).as("an empty deck is not worth a question").isEmpty();
        assertThat(auto).doesNotExist();

        DeckStore.autosave(untitled, PresentTestData.deck());
        assertThat(recoverInFreshEditor.get()).isFalse();
        assertThat(offered).containsExactly(auto);
        assertThat(auto).as("declined: not asked again at the next start").doesNotExist();
    }
}
