package org.silkroadatlas.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.silkroadatlas.shell.RenderedWindow;
import org.silkroadatlas.shell.Workspace;
import org.silkroadatlas.state.SceneSnapshot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.silkroadatlas.testing.FxThreadErrors;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The "done when": the sample deck, on the real window and the bundled pack, presented
 * end to end with keys alone, then exported to a PDF with one page per scene.
 */
@ExtendWith({FxThreadErrors.class, ApplicationExtension.class})
class SampleDeckEndToEndTest {
    @TempDir Path dir;
    private RenderedWindow window;
    private StackPane layer;
    private PresenterMode presenter;
    private Deck deck;

    private static Workspace workspace;

    /** Loading the pack is slow work: off the FX thread, once. */
    @BeforeAll
    static void loadPack() {
        workspace = Workspace.load(Workspace.bundledPack());
    }

    @Start
    void start(Stage ignored) throws Exception {
        window = RenderedWindow.open(workspace, 1280, 720);
        // The caption goes over the whole window: a stack around the main window's content.
        layer = new StackPane(window.scene().getRoot());
        window.scene().setRoot(layer);
        Stage stage = (Stage) window.scene().getWindow();
        presenter = new PresenterMode(stage, PresenterHost.of(window.window()::setChromeVisible, layer), window.state());
        deck = DeckStore.open(Path.of(System.getProperty("atlas.data.dir", "data"), "decks", "digital-silk-road.json"));
    }

    @BeforeEach
    void catchFxExceptions() {
    }

    @AfterEach
    void closeAndCheck() {
        WaitForAsyncUtils.asyncFx(window::close);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(FxThreadErrors.errors()).isEmpty();
    }

    @Test
    void theSampleDeckIsPresentedWithKeysAloneThenExportedToPdf(FxRobot robot) throws Exception {
        int yearBefore = window.state().getYear();
        WaitForAsyncUtils.asyncFx(() -> presenter.start(deck, 0));
        WaitForAsyncUtils.waitForFxEvents();
        for (int i = 0; i < deck.size(); i++) {
            SceneSnapshot s = deck.scene(i);
            assertThat(presenter.getIndex()).isEqualTo(i);
            assertThat(presenter.warningsProperty().get()).as("scene %d shows in full on the bundled pack", i + 1).isEmpty();
            assertThat(window.state().getYear()).isEqualTo(s.year());
            assertThat(window.state().getSelection()).isEqualTo(s.selection());
            assertThat(window.state().getPanel()).isEqualTo(s.panel());
            if (s.indicator() != null) assertThat(window.state().getIndicator()).isEqualTo(s.indicator());
            if (i == 4 && Boolean.getBoolean("atlas.keep.images")) {
                WaitForAsyncUtils.sleep(1500, java.util.concurrent.TimeUnit.MILLISECONDS);
                WaitForAsyncUtils.asyncFx(() -> {
                    try {
                        SlideExporter.writePng(window.scene().getRoot().snapshot(null, null), Path.of("target/e2e-presenting.png"));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).get();
            }
            robot.type(i % 2 == 0 ? KeyCode.PAGE_DOWN : KeyCode.SPACE);
        }
        assertThat(presenter.getIndex()).isEqualTo(deck.size() - 1);
        robot.type(KeyCode.ESCAPE);
        assertThat(presenter.isActive()).isFalse();
        assertThat(window.state().getYear()).isEqualTo(yearBefore);

        Path pdf = dir.resolve("digital-silk-road.pdf");
        List<String> warnings = DeckExports.deckPdf(deck, window.state(), window.window().mainSplit(), DeckPdf.Options.withNotes(),
                new DeckExports.Settle(4, null), pdf);
        assertThat(warnings).isEmpty();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(deck.size());
            PDFTextStripper text = new PDFTextStripper();
            text.setStartPage(5);
            text.setEndPage(5);
            assertThat(text.getText(doc)).contains("Khunjerab").contains("Sources for").contains("Notes:");
        }
        if (Boolean.getBoolean("atlas.keep.images")) Files.copy(pdf, Path.of("target/e2e-deck.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
