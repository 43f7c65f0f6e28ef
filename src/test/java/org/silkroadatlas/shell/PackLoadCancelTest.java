package org.silkroadatlas.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.geometry.Bounds;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.prefs.Preferences;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.silkroadatlas.data.SyntheticPack;
import org.silkroadatlas.model.Dataset;
import org.silkroadatlas.state.ExplorerState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.silkroadatlas.testing.FxThreadErrors;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File > Open on a large pack, cancelled from the status bar while it reads: the reader stops
 * part way, the pack that was open stays open, and nothing fails on the FX thread.
 */
@ExtendWith({FxThreadErrors.class, ApplicationExtension.class})
class PackLoadCancelTest {
    @TempDir static Path temp;
    private static Path bigPack;
    private static String atlasHome;
    private static Workspace bundled;

    private final ExplorerState state = new ExplorerState();
    private AppController controller;
    private Stage stage;
    private Preferences prefs;

    @BeforeAll
    static void makeALargePack() throws Exception {
        bigPack = temp.resolve("big");
        // Ten times the bundled pack (about 12 MB of records).
        SyntheticPack.write(Workspace.bundledPack(), 10, bigPack);
        bundled = Workspace.load(Workspace.bundledPack());
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
        prefs = ControllerWindow.freshSettings("cancel");
        controller = ControllerWindow.open(robot, stage, state, bundled, prefs, 1600, 1000);
    }

    @AfterEach
    void dropSettings() throws Exception {
        if (prefs != null) prefs.removeNode();
    }



    @Test
    void cancellingAnOpenKeepsThePackThatWasOpenAndAnOpenRunToTheEndReplacesIt(FxRobot robot) throws Exception {
        openWindow(robot);
        Dataset before = state.getDataset();
        robot.interact(() -> state.select("CHN"));
        PackLoadTask[] task = new PackLoadTask[1];
        // The reader waits at its first report until Cancel has been pressed, so the test never
        // races a fast machine; after that it runs on and must notice the cancel by itself.
        CountDownLatch pressed = new CountDownLatch(1);
        Runnable holdOnce = () -> {
            try {
                pressed.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        robot.interact(() -> task[0] = controller.runLoad(bigPack, holdOnce));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> task[0].fractionRead() > 0 || task[0].isDone());
        assertThat(task[0].isDone()).as("the large pack was still being read when Cancel was pressed").isFalse();
        javafx.scene.control.Button cancel = robot.lookup("#status-cancel").queryButton();
        assertThat(cancel.isVisible()).isTrue();
        // Shown a moment ago: let a layout pass give it a place before the robot aims at it.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> cancel.getWidth() > 0 && cancel.getLayoutX() > 0);
        Bounds inScene = WaitForAsyncUtils.asyncFx(() -> cancel.localToScene(cancel.getBoundsInLocal())).get(10, TimeUnit.SECONDS);
        assertThat(inScene.getMaxX()).as("Cancel lies inside the window").isLessThanOrEqualTo(cancel.getScene().getWidth());
        robot.clickOn(cancel);
        pressed.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> task[0].isDone());
        assertThat(ControllerWindow.stateOf(task[0])).isEqualTo(Worker.State.CANCELLED);
        // The reader thread ends without reading the rest of the pack.
        for (Thread t : Thread.getAllStackTraces().keySet()) if (t.getName().equals("pack-loader")) t.join(30_000);
        assertThat(task[0].fractionRead()).isLessThan(1.0);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(state.getDataset()).isSameAs(before);
        assertThat(state.getSelection()).isEqualTo("CHN");
        assertThat(robot.lookup("#status-cancel").queryButton().isVisible()).isFalse();
        assertThat(robot.lookup("#status-message").queryLabeled().getText()).contains("cancelled").contains("big");

        // An open left to run to its end replaces the pack.
        robot.interact(() -> task[0] = controller.runLoad(Workspace.bundledPack()));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> task[0].isDone());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ControllerWindow.stateOf(task[0])).isEqualTo(Worker.State.SUCCEEDED);
        assertThat(state.getDataset()).isNotSameAs(before);
        assertThat(state.getDataset().countries()).hasSameSizeAs(before.countries());
        assertThat(task[0].fractionRead()).isEqualTo(1.0);
    }
}
