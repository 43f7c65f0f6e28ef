package org.silkroadatlas.present;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class SlideExporterTest {
    @TempDir Path dir;
    private StackPane view;

    @Start
    void start(Stage stage) {
        Rectangle sea = new Rectangle(640, 360, Color.web("#c9dbe6"));
        Rectangle land = new Rectangle(200, 120, Color.web("#e9e4d8"));
        Label legend = new Label("Legend: SCO member");
        legend.setStyle("-fx-background-color: white; -fx-padding: 6;");
        StackPane.setAlignment(legend, Pos.BOTTOM_LEFT);
        view = new StackPane(sea, land, legend);
        stage.setScene(new Scene(view, 640, 360));
        stage.show();
    }

    /** A deck page's picture: the view with the scene's caption written on it, so pages differ. */
    @Test
    void aPngSlideHasTheChosenSizeUpTo4k() throws Exception {
        Path small = dir.resolve("view.png");
        Path big = dir.resolve("view-4k.png");
        AtomicReference<Exception> failure = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> {
            try {
                SlideExporter.exportPng(view, 1920, 1080, new SlideExporter.SlideText("Silk Road Atlas: SCO members, 2017", "2026-11-29", null), small);
                SlideExporter.exportPng(view, 3840, 2160, SlideExporter.SlideText.of("4k"), big);
            } catch (Exception e) {
                failure.set(e);
            }
        }).get();
        assertThat(failure.get()).isNull();
        BufferedImage img = ImageIO.read(small.toFile());
        assertThat(img.getWidth()).isEqualTo(1920);
        assertThat(img.getHeight()).isEqualTo(1080);
        BufferedImage k = ImageIO.read(big.toFile());
        assertThat(k.getWidth()).isEqualTo(3840);
        assertThat(k.getHeight()).isEqualTo(2160);
        // The sea colour of the view fills the middle of the slide, the frame's own colour the top.
        assertThat(img.getRGB(960, 540) & 0xffffff).isEqualTo(0xe9e4d8);
        assertThat(img.getRGB(300, 540) & 0xffffff).isEqualTo(0xc9dbe6);
        assertThat(img.getRGB(5, 5) & 0xffffff).isEqualTo(0xf6f4ef);
        if (Boolean.getBoolean("atlas.keep.images")) Files.copy(small, Path.of("target/slide-test.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void sizesBeyond4kAreRefused() {
        assertThatThrownBy(() -> SlideExporter.checkSize(3841, 2160)).hasMessageContaining("3840x2160");
        assertThatThrownBy(() -> SlideExporter.checkSize(100, 100)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Cancels once {@code after} reports have come in; records every report. */
    private static final class CancelAfter implements org.silkroadatlas.data.LoadProgress {
        final List<String> reports = new ArrayList<>();
        private final int after;

        CancelAfter(int after) { this.after = after; }

        @Override public void progress(long done, long total) { reports.add(done + "/" + total); }

        @Override public boolean cancelled() { return reports.size() >= after; }
    }

    @Test
    void aCancelledDeckPdfStopsBetweenScenesAndLeavesTheOldFileAsItWas() throws Exception {
        Deck deck = PresentTestData.deck();
        Path pdf = dir.resolve("deck.pdf");
        Files.writeString(pdf, "the handout of last week");
        List<String> rendered = new ArrayList<>();
        CancelAfter progress = new CancelAfter(2);
        AtomicReference<Exception> failure = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> {
            try {
                DeckPdf.write(deck, PresentTestData.dataset(), s -> { rendered.add(s.caption()); return PresentTestData.pagePicture(s); },
                        DeckPdf.Options.handout(), pdf, progress);
            } catch (Exception e) {
                failure.set(e);
            }
        }).get();
        assertThat(failure.get()).isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(deck.size()).isGreaterThan(2);
        assertThat(rendered).hasSize(2);
        assertThat(progress.reports).containsExactly("1/" + deck.size(), "2/" + deck.size());
        assertThat(Files.readString(pdf)).isEqualTo("the handout of last week");
        try (var files = Files.list(dir)) {
            assertThat(files.toList()).containsExactly(pdf);
        }
    }

    @Test
    void aCancelledPngWritesNothingAndOneLetRunReportsItsProgress() throws Exception {
        Image slide = WaitForAsyncUtils.asyncFx(() -> SlideExporter.slide(view, 1280, 720, SlideExporter.SlideText.of("T"))).get();
        Path png = dir.resolve("slide.png");
        // Cancelled at the first report from the encoder: the write is abandoned before the move.
        CancelAfter cancelled = new CancelAfter(1);
        assertThatThrownBy(() -> SlideExporter.writePng(slide, png, cancelled))
                .isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(cancelled.reports).isNotEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files.toList()).isEmpty();
        }
        CancelAfter never = new CancelAfter(Integer.MAX_VALUE);
        SlideExporter.writePng(slide, png, never);
        assertThat(never.reports).isNotEmpty().endsWith("100/100");
        BufferedImage read = ImageIO.read(png.toFile());
        assertThat(read.getWidth()).isEqualTo(1280);
        assertThat(read.getHeight()).isEqualTo(720);
    }

    @Test
    void theDeckPdfHasOnePagePerSceneWithCaptionCitationsAndNotes() throws Exception {
        Deck deck = PresentTestData.deck();
        Path pdf = dir.resolve("deck.pdf");
        Path handout = dir.resolve("handout.pdf");
        List<String> rendered = new ArrayList<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> {
            try {
                DeckPdf.write(deck, PresentTestData.dataset(), s -> { rendered.add(s.caption()); return PresentTestData.pagePicture(s); },
                        DeckPdf.Options.withNotes(), pdf);
                DeckPdf.write(deck, PresentTestData.dataset(), PresentTestData::pagePicture, DeckPdf.Options.handout(), handout);
            } catch (Exception e) {
                failure.set(e);
            }
        }).get();
        assertThat(failure.get()).isNull();
        assertThat(rendered).containsExactly("Hangzhou pilot zone", "Pakistan joins the SCO", "A place the pack lacks", "Iran joins the SCO");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(4);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).as("landscape").isGreaterThan(doc.getPage(0).getMediaBox().getHeight());
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Test briefing");
            PDFTextStripper text = new PDFTextStripper();
            text.setStartPage(2);
            text.setEndPage(2);
            String page2 = text.getText(doc);
            assertThat(page2).contains("Pakistan joins the SCO").contains("Sources for Pakistan (PAK)")
                    .contains("ecns.cn").contains("notes for Pakistan joins the SCO").contains("Natural Earth");
            text.setStartPage(3);
            text.setEndPage(3);
            assertThat(text.getText(doc)).contains("\"ATLANTIS\" is not in this data pack");
        }
        try (PDDocument doc = Loader.loadPDF(handout.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(4);
            assertThat(new PDFTextStripper().getText(doc)).doesNotContain("notes for").contains("en.chinagate.cn");
        }
        if (Boolean.getBoolean("atlas.keep.images")) Files.copy(pdf, Path.of("target/deck-test.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void theSceneRendererAppliesEachSceneThenSnapshotsFromAWorkerThread() throws Exception {
        org.silkroadatlas.state.ExplorerState state = new org.silkroadatlas.state.ExplorerState(PresentTestData.dataset());
        Label year = new Label();
        AtomicReference<StackPane> holder = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> {
            year.textProperty().bind(state.yearProperty().asString());
            view.getChildren().add(year);
            holder.set(view);
        }).get();
        List<List<String>> warnings = new ArrayList<>();
        SceneRenderer renderer = new SceneRenderer(state, holder.get(), 1280, 720, 3, null, warnings::add);
        Deck deck = PresentTestData.deck();
        Image first = renderer.apply(deck.scene(1));
        assertThat(first.getWidth()).isEqualTo(1280);
        assertThat(state.getYear()).isEqualTo(2017);
        assertThat(state.getSelection()).isEqualTo("PAK");
        assertThat(year.getText()).isEqualTo("2017");

        Path pdf = dir.resolve("rendered.pdf");
        DeckPdf.write(deck, state.getDataset(), renderer, DeckPdf.Options.handout(), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(deck.size());
        }
        assertThat(warnings).hasSize(1 + deck.size());
        assertThat(warnings.get(3)).singleElement().asString().contains("ATLANTIS");

        AtomicReference<Throwable> onFx = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> {
            try {
                renderer.apply(deck.scene(0));
            } catch (IllegalStateException e) {
                onFx.set(e);
            }
        }).get();
        assertThat(onFx.get()).as("waiting for frames on the FX thread would hang it").isNotNull();
    }

    @Test
    void deckExportsRenderAFileSceneAndTheWholeDeckThenRestoreTheView() throws Exception {
        org.silkroadatlas.state.ExplorerState state = new org.silkroadatlas.state.ExplorerState(PresentTestData.dataset());
        WaitForAsyncUtils.asyncFx(() -> { state.setYear(2016); state.select("KAZ"); }).get();
        Path deckFile = dir.resolve("brief.json");
        DeckStore.save(deckFile, PresentTestData.deck());

        Path png = dir.resolve("scene2.png");
        List<String> w = DeckExports.scenePng(deckFile, 2, state, view, 1280, 720, DeckExports.Settle.DEFAULT, png);
        assertThat(w).isEmpty();
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(1280);
        assertThat(img.getHeight()).isEqualTo(720);
        assertThat(state.getYear()).as("the view is put back").isEqualTo(2016);
        assertThat(state.getSelection()).isEqualTo("KAZ");
        assertThatThrownBy(() -> DeckExports.scenePng(deckFile, 5, state, view, 1280, 720, null, png))
                .hasMessageContaining("has 4 scenes");

        Path pdf = dir.resolve("deck.pdf");
        List<String> all = DeckExports.deckPdf(deckFile, state, view, DeckPdf.Options.handout(), null, pdf);
        assertThat(all).singleElement().asString().startsWith("scene 3: ").contains("ATLANTIS");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(4);
        }
        assertThat(state.getSelection()).isEqualTo("KAZ");

        // A Chinese hand-out lists what it could not show in Chinese, as its pages are.
        List<String> zh = DeckExports.deckPdf(deckFile, state, view, DeckPdf.Options.handout().in(org.silkroadatlas.text.Tr.CHINESE),
                null, dir.resolve("deck-zh.pdf"));
        assertThat(zh).singleElement().asString().startsWith("第3个场景：本数据包中没有“ATLANTIS”");
    }
}
