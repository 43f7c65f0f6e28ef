package org.silkroadatlas.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.silkroadatlas.present.Deck;
import org.silkroadatlas.present.DeckExports;
import org.silkroadatlas.present.DeckStore;
import org.silkroadatlas.state.ExplorerState;
import org.silkroadatlas.state.SceneSnapshot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.silkroadatlas.testing.FxThreadErrors;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Exports with progress and Cancel in the status bar of a 1024-px-wide window: a deck PDF
 * cancelled part way leaves no file and the view as it was; a PNG slide is written off the FX thread.
 */
@ExtendWith({FxThreadErrors.class, ApplicationExtension.class})
class ExportProgressTest {
    @TempDir static Path temp;
    private static String atlasHome;
    private static Workspace bundled;
    private static Deck sampleDeck;

    private final ExplorerState state = new ExplorerState();
    private AppController controller;
    private Stage stage;
    private Preferences prefs;

    @BeforeAll
    static void loadPackAndDeck() throws Exception {
        bundled = Workspace.load(Workspace.bundledPack());
        sampleDeck = DeckStore.open(Path.of(System.getProperty("atlas.data.dir", "data"), "decks", "digital-silk-road.json"));
        atlasHome = ControllerWindow.useHome(temp.resolve("home"));
    }

    @AfterAll
    static void restoreHome() {
        ControllerWindow.restoreHome(atlasHome);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** The window as the app builds it, on the bundled pack, with settings of its own. */
    private void openWindow(FxRobot robot) throws Exception {
        prefs = ControllerWindow.freshSettings("export");
        controller = ControllerWindow.open(robot, stage, state, bundled, prefs, 1024, 720);
    }

    @AfterEach
    void dropSettings() throws Exception {
        if (prefs != null) prefs.removeNode();
    }


    private static List<Path> filesIn(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    private static void assertProgressAndCancelInside(FxRobot robot, String when) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Button cancel = robot.lookup("#status-cancel").queryButton();
        javafx.scene.Node progress = robot.lookup("#status-progress").query();
        Bounds c = WaitForAsyncUtils.asyncFx(() -> cancel.localToScene(cancel.getBoundsInLocal())).get(10, TimeUnit.SECONDS);
        Bounds p = WaitForAsyncUtils.asyncFx(() -> progress.localToScene(progress.getBoundsInLocal())).get(10, TimeUnit.SECONDS);
        assertThat(progress.isVisible()).isTrue();
        assertThat(c.getMaxX()).as("Cancel inside a 1024-px window, " + when).isLessThanOrEqualTo(cancel.getScene().getWidth());
        assertThat(c.getWidth()).as("Cancel at full width, " + when).isGreaterThanOrEqualTo(cancel.prefWidth(-1) - 0.5);
        assertThat(p.getWidth()).as("progress bar at full width, " + when).isGreaterThanOrEqualTo(progress.prefWidth(-1) - 0.5);
    }

    @Test
    void aDeckPdfCancelledFromTheStatusBarLeavesNoFileAndTheViewAsItWas(FxRobot robot) throws Exception {
        openWindow(robot);
        Path out = Files.createDirectories(temp.resolve("pdf")).resolve("briefing.pdf");
        robot.interact(() -> {
            controller.decks().setDeck(sampleDeck, null);
            state.setYear(2015);
            state.select("KAZ");
        });
        WaitForAsyncUtils.waitForFxEvents();
        SceneSnapshot before = WaitForAsyncUtils.asyncFx(state::capture).get(10, TimeUnit.SECONDS);
        // The first scene waits until Cancel has been pressed, so the press always lands mid-export.
        CountDownLatch pressed = new CountDownLatch(1);
        int[] scenesRendered = {0};
        DeckExports.Settle holdFirst = new DeckExports.Settle(2, null, () -> {
            scenesRendered[0]++;
            pressed.await(60, TimeUnit.SECONDS);
        });
        CompletableFuture<Throwable> done = new CompletableFuture<>();
        @SuppressWarnings("unchecked") Task<List<String>>[] task = new Task[1];
        robot.interact(() -> task[0] = controller.decks().exportPdf(out, false, holdFirst, done::complete));

        Button cancel = robot.lookup("#status-cancel").queryButton();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> cancel.isVisible() && cancel.getWidth() > 0 && cancel.getLayoutX() > 0);
        assertThat(cancel.getScene().getWidth()).isBetween(1000.0, 1024.0);
        assertProgressAndCancelInside(robot, "offline credits");
        robot.clickOn(cancel);
        pressed.countDown();

        assertThat(done.get(60, TimeUnit.SECONDS)).isInstanceOf(CancellationException.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ControllerWindow.stateOf(task[0])).isEqualTo(Worker.State.CANCELLED);
        assertThat(scenesRendered[0]).as("stopped after the scene it was on").isEqualTo(1);
        assertThat(sampleDeck.size()).isGreaterThan(1);
        assertThat(filesIn(out.getParent())).as("neither the PDF nor a temporary file remains").isEmpty();
        SceneSnapshot after = WaitForAsyncUtils.asyncFx(state::capture).get(10, TimeUnit.SECONDS);
        // The map's camera lands on whole pixels and reports back where it is: the centre may move by
        // about a metre (1e-5 degrees) when a view is applied; everything else comes back exactly.
        assertThat(after.view().zoom()).isEqualTo(before.view().zoom());
        assertThat(after.view().centerLat()).isCloseTo(before.view().centerLat(), org.assertj.core.data.Offset.offset(1e-4));
        assertThat(after.view().centerLon()).isCloseTo(before.view().centerLon(), org.assertj.core.data.Offset.offset(1e-4));
        assertThat(new SceneSnapshot(before.view(), after.year(), after.filters(), after.selection(), after.panel(),
                after.indicator(), after.mapColouredByIndicator(), after.caption(), after.notes())).isEqualTo(before);
        assertThat(controller.decks().exportingProperty().get()).isFalse();
        assertThat(controller.decks().exportTaskProperty().get()).isNull();
        assertThat(cancel.isVisible()).isFalse();
        assertThat(robot.lookup("#status-message").queryLabeled().getText()).contains("cancelled");

        // Once more, held again, for the longest status bars (the map may shift by a rounding as the window re-lays out).
        CountDownLatch again = new CountDownLatch(1);
        CompletableFuture<Throwable> doneAgain = new CompletableFuture<>();
        DeckExports.Settle holdAgain = new DeckExports.Settle(2, null, () -> again.await(60, TimeUnit.SECONDS));
        robot.interact(() -> task[0] = controller.decks().exportPdf(out, false, holdAgain, doneAgain::complete));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> cancel.isVisible() && cancel.getWidth() > 0 && cancel.getLayoutX() > 0);
        // The longest status bars: online tile credits, and the same in Chinese.
        robot.interact(() -> controller.window().statusBar().setAttribution(true));
        assertProgressAndCancelInside(robot, "online credits");
        robot.interact(() -> state.setLocale(java.util.Locale.SIMPLIFIED_CHINESE));
        assertProgressAndCancelInside(robot, "online credits in Chinese");
        robot.interact(() -> {
            try {
                Snapshots.writePng(Snapshots.of(controller.window().getScene()), Path.of("target", "window-1024-exporting-zh.png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        robot.interact(() -> {
            state.setLocale(java.util.Locale.ENGLISH);
            controller.window().statusBar().setAttribution(false);
        });
        robot.clickOn(cancel);
        again.countDown();
        assertThat(doneAgain.get(60, TimeUnit.SECONDS)).isInstanceOf(CancellationException.class);
        assertThat(filesIn(out.getParent())).isEmpty();
    }

    @Test
    void aPngSlideIsWrittenInTheBackgroundAndACancelledOneLeavesNoFile(FxRobot robot) throws Exception {
        openWindow(robot);
        Path dir = Files.createDirectories(temp.resolve("png"));
        Path out = dir.resolve("slide.png");
        @SuppressWarnings("unchecked") Task<Path>[] task = new Task[1];
        robot.interact(() -> task[0] = controller.exportPngTo(out, 1280, 720));
        // The FX thread answers while the file is being written elsewhere.
        assertThat(WaitForAsyncUtils.asyncFx(() -> "answered").get(10, TimeUnit.SECONDS)).isEqualTo("answered");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> task[0].isDone());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ControllerWindow.stateOf(task[0])).isEqualTo(Worker.State.SUCCEEDED);
        BufferedImage png = ImageIO.read(out.toFile());
        assertThat(png.getWidth()).isEqualTo(1280);
        assertThat(png.getHeight()).isEqualTo(720);
        assertThat(filesIn(dir)).containsExactly(out);
        assertThat(robot.lookup("#status-message").queryLabeled().getText()).contains("slide.png").contains("1280");

        Path other = dir.resolve("cancelled.png");
        robot.interact(() -> {
            task[0] = controller.exportPngTo(other, 3840, 2160);
            task[0].cancel();
        });
        for (Thread t : Thread.getAllStackTraces().keySet()) if (t.getName().equals("png-export")) t.join(30_000);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ControllerWindow.stateOf(task[0])).isEqualTo(Worker.State.CANCELLED);
        assertThat(filesIn(dir)).as("no cancelled picture and no temporary file").containsExactly(out);
        assertThat(robot.lookup("#status-message").queryLabeled().getText()).contains("cancelled.png").contains("cancelled");
    }
}
