package org.silkroadatlas.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.silkroadatlas.panels.PanelsFixture;
import org.silkroadatlas.panels.Snapshots;
import org.silkroadatlas.state.ExplorerState;
import org.silkroadatlas.text.Tr;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.silkroadatlas.testing.FxThreadErrors;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The timeline rewords its lanes, marks and controls for the language and keeps what it shows. */
@ExtendWith({FxThreadErrors.class, ApplicationExtension.class})
class TimelineInChineseTest {
    private ExplorerState state;
    private TimelinePanel panel;

    @Start
    void start(Stage stage) {
        state = new ExplorerState(PanelsFixture.pack());
        state.setYear(2018);
        panel = new TimelinePanel(state);
        stage.setScene(new Scene(panel, 560, 330));
        stage.show();
    }

    @BeforeEach
    void settle() { WaitForAsyncUtils.waitForFxEvents(); }

    @Test
    void switchingToChineseRewordsEverythingAndKeepsTheView(FxRobot robot) {
        robot.interact(() -> state.select("PAK"));
        robot.clickOn("#timeline-zoom-in");
        double[] range = panel.canvas().range();
        var highlighted = panel.highlightedKeys();
        String englishTitle = panel.canvas().layoutForTest().find("china-pakistan-cable").item().title();
        assertThat(englishTitle).contains("ready for service");
        WritableImage english = snapshot();

        robot.interact(() -> state.setLocale(Tr.CHINESE));
        assertThat(robot.lookup("#timeline-year").queryLabeled().getText()).isEqualTo("2018年");
        assertThat(robot.lookup("#timeline-all").queryAs(Button.class).getText()).isEqualTo("全部");
        assertThat(robot.lookup("#timeline-step-back").queryAs(Button.class).getTooltip().getText()).isEqualTo("上一年（左方向键）");
        assertThat(robot.lookup("#timeline-info").queryLabeled().getText()).contains("与所选内容相关");
        assertThat(panel.canvas().layoutForTest().find("china-pakistan-cable").item().title())
                .contains("China-Pakistan Fibre Optic Project", "已投入使用", "投入使用时间");
        TimelineItem batch2 = panel.canvas().layoutForTest().find("zones:cbec_pilot_zone:batch-2").item();
        assertThat(batch2.title()).startsWith("第2批：").contains("个跨境电子商务综合试验区", "获批");
        assertThat(TimelineCanvas.tooltipText(batch2, Tr.CHINESE)).contains("试验区批次");
        WritableImage chinese = snapshot();
        assertThat(differingPixels(english, chinese)).as("lane names and legend are painted anew").isGreaterThan(200);
        Snapshots.save(panel, "timeline-zh");

        assertThat(panel.canvas().range()).as("the visible years stay").containsExactly(range);
        assertThat(state.getSelection()).isEqualTo("PAK");
        assertThat(state.getYear()).isEqualTo(2018);
        assertThat(panel.highlightedKeys()).isEqualTo(highlighted);

        robot.interact(() -> state.setLocale(Tr.ENGLISH));
        assertThat(robot.lookup("#timeline-year").queryLabeled().getText()).isEqualTo("2018");
        assertThat(panel.canvas().layoutForTest().find("china-pakistan-cable").item().title()).isEqualTo(englishTitle);
        assertThat(differingPixels(english, snapshot())).as("English again looks as it did").isZero();
        assertThat(FxThreadErrors.errors()).isEmpty();
    }

    @Test
    void theSpeedChoiceShowsItsWholeWordsInEitherLanguage(FxRobot robot) {
        // As in the app: the AtlantaFX theme and the app's sheet (with plain Modena it never showed).
        ExplorerState zh = new ExplorerState(PanelsFixture.pack());
        zh.setLocale(Tr.CHINESE);
        TimelinePanel themed = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            org.silkroadatlas.shell.Styles.useBaseTheme(org.silkroadatlas.state.Theme.LIGHT);
            TimelinePanel p = new TimelinePanel(zh);
            Stage s = new Stage();
            Scene scene = new Scene(p, 560, 330);
            org.silkroadatlas.shell.Styles.apply(scene);
            s.setScene(scene);
            s.show();
            return p;
        }));
        for (java.util.Locale l : new java.util.Locale[] {Tr.CHINESE, Tr.ENGLISH, Tr.CHINESE}) {
            robot.interact(() -> zh.setLocale(l));
            WaitForAsyncUtils.waitForFxEvents();
            javafx.scene.control.Labeled label = (javafx.scene.control.Labeled) themed.lookup("#timeline-speed").lookup(".label");
            javafx.scene.text.Text whole = new javafx.scene.text.Text(label.getText());
            whole.setFont(label.getFont());
            assertThat(label.getText()).isEqualTo(l == Tr.CHINESE ? "1年/秒" : "1 yr/s");
            assertThat(label.getWidth()).as("room for \"%s\"", label.getText())
                    .isGreaterThanOrEqualTo(Math.floor(whole.getLayoutBounds().getWidth()));
        }
        robot.interact(() -> themed.getScene().getWindow().hide());
        assertThat(FxThreadErrors.errors()).isEmpty();
    }

    @Test
    void aTimelineOpenedInChinesePaintsItsLanesInChineseFromTheStart(FxRobot robot) {
        // A timeline on a state that is already Chinese (the remembered language at start).
        TimelinePanel fresh = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            ExplorerState zh = new ExplorerState();
            zh.setLocale(Tr.CHINESE);
            zh.setDataset(state.getDataset());
            return new TimelinePanel(zh);
        }));
        assertThat(fresh.canvas().locale()).as("lanes, legend and tooltips are painted in Chinese").isEqualTo(Tr.CHINESE);
        assertThat(panel.canvas().locale()).as("the English window's timeline").isEqualTo(Tr.ENGLISH);
    }

    private WritableImage snapshot() {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> panel.canvas().snapshot(null, null)));
    }

    private static int differingPixels(WritableImage a, WritableImage b) {
        PixelReader ra = a.getPixelReader(), rb = b.getPixelReader();
        int w = (int) Math.min(a.getWidth(), b.getWidth()), h = (int) Math.min(a.getHeight(), b.getHeight());
        int n = 0;
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) if (ra.getArgb(x, y) != rb.getArgb(x, y)) n++;
        return n;
    }
}
