package org.silkroadatlas.present;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.silkroadatlas.state.ExplorerState;
import org.silkroadatlas.testing.FxThreadErrors;
import org.silkroadatlas.text.Tr;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The briefing editor and its hand-outs in Chinese: the page's own words translated, the data's names where it has them. */
@ExtendWith({FxThreadErrors.class, ApplicationExtension.class})
class ChineseBriefingTest {
    @TempDir Path dir;
    private ExplorerState state;
    private DeckEditor editor;

    @Start
    void start(Stage stage) {
        state = new ExplorerState(PresentTestData.dataset());
        editor = new DeckEditor(state);
        stage.setScene(new Scene(editor, 420, 700));
        stage.show();
    }

    @Test
    void theEditorFollowsTheLanguageAndKeepsItsScenes(FxRobot robot) {
        robot.interact(() -> editor.setDeck(PresentTestData.deck(), null));
        assertThat(robot.lookup("#deck-add").queryButton().getText()).isEqualTo("Add current view");
        robot.interact(() -> state.setLocale(Tr.CHINESE));
        assertThat(robot.lookup("#deck-add").queryButton().getText()).isEqualTo("添加当前视图");
        assertThat(robot.lookup("#deck-present").queryButton().getTooltip().getText()).contains("全屏演示");
        assertThat(editor.scenes()).hasSize(4);
        // A new scene's first caption names the selection in the reader's language, from the data.
        robot.interact(() -> {
            state.setYear(2018);
            state.select("PAK");
            editor.sceneList().getSelectionModel().clearSelection();
            editor.addCurrentView();
        });
        assertThat(editor.scenes().get(4).caption()).isEqualTo("巴基斯坦 (PAK)，2018年");
        robot.interact(() -> state.setLocale(Tr.ENGLISH));
        assertThat(robot.lookup("#deck-add").queryButton().getText()).isEqualTo("Add current view");
        assertThat(editor.scenes().get(4).caption()).as("a written caption is the author's and stays").isEqualTo("巴基斯坦 (PAK)，2018年");
    }

    @Test
    void aChineseHandoutPrintsItsWordsAndNamesInChinese() throws Exception {
        assumeTrue(Files.isRegularFile(Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")),
                "needs a Chinese TrueType font (fonts-droid-fallback; .ci/run installs it)");
        Path pdf = dir.resolve("zh.pdf");
        AtomicReference<Exception> failure = new AtomicReference<>();
        DeckPdf.Options zh = DeckPdf.Options.withNotes().in(Tr.CHINESE);
        WaitForAsyncUtils.asyncFx(() -> {
            try {
                DeckPdf.write(PresentTestData.deck(), PresentTestData.dataset(), PresentTestData::pagePicture, zh, pdf);
            } catch (Exception e) {
                failure.set(e);
            }
        }).get();
        assertThat(failure.get()).isNull();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper text = new PDFTextStripper();
            text.setStartPage(2);
            text.setEndPage(2);
            String page2 = text.getText(doc);
            assertThat(page2).contains("场景 2 / 4").contains("2017年").contains("巴基斯坦 (PAK) 的来源")
                    .contains("ecns.cn").contains("备注").contains("导出于 " + SlideExporter.date(LocalDate.now(), Tr.CHINESE))
                    .contains("Pakistan joins the SCO").doesNotContain("?");
            text.setStartPage(1);
            text.setEndPage(1);
            // The zone has no Chinese name in this pack: its English name is printed, not a made-up one.
            assertThat(text.getText(doc)).contains("China (Hangzhou) Cross-border E-commerce Comprehensive Pilot Zone 的来源");
            // The Chinese font has no bold: bold runs in it (caption, headings) are filled and outlined (2 Tr).
            assertThat(renderingModes(doc.getPage(1))).contains(2).contains(0);
            if (Boolean.getBoolean("atlas.keep.images")) {
                // To look at the page: mvn test -Dtest=ChineseBriefingTest -Datlas.keep.images=true
                var page = new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(1, 110);
                Files.createDirectories(Path.of("target", "screenshots"));
                javax.imageio.ImageIO.write(page, "png", Path.of("target", "screenshots", "deck-zh-page2.png").toFile());
            }
        }
    }

    @Test
    void theCommandLinesPdfStaysEnglish() {
        DeckPdf.Options cli = DeckPdf.Options.handout();
        assertThat(cli.locale()).isEqualTo(Tr.ENGLISH);
        assertThat(cli.footer()).isEqualTo(SlideExporter.DEFAULT_FOOTER);
        assertThat(SlideExporter.date(LocalDate.of(2017, 3, 12), Tr.ENGLISH)).isEqualTo("12 March 2017");
        assertThat(SlideExporter.date(LocalDate.of(2017, 3, 12), Tr.CHINESE)).isEqualTo("2017年3月12日");
    }

    /** The text rendering modes (operator Tr) a page sets, in order. */
    private static java.util.List<Integer> renderingModes(org.apache.pdfbox.pdmodel.PDPage page) throws java.io.IOException {
        java.util.List<Integer> modes = new java.util.ArrayList<>();
        org.apache.pdfbox.pdfparser.PDFStreamParser parser = new org.apache.pdfbox.pdfparser.PDFStreamParser(page);
        Object last = null;
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (token instanceof org.apache.pdfbox.contentstream.operator.Operator op && op.getName().equals("Tr")
                    && last instanceof org.apache.pdfbox.cos.COSNumber n) {
                modes.add(n.intValue());
            }
            last = token;
        }
        return modes;
    }
}
