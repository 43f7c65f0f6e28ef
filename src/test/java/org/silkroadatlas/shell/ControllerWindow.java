package org.silkroadatlas.shell;

import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.silkroadatlas.state.ExplorerState;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The window as the app builds it (its controller on a pack) in a test's stage, with settings of the test's own. */
final class ControllerWindow {
    private ControllerWindow() { }

    static AppController open(FxRobot robot, Stage stage, ExplorerState state, Workspace ws, Preferences prefs,
                              int width, int height) throws Exception {
        Scene scene = WaitForAsyncUtils.asyncFx(() -> {
            Scene sc = new Scene(new StackPane(), width, height);
            Styles.apply(sc);
            stage.setScene(sc);
            // TestFX shares one stage between test classes: one sized before keeps its size otherwise.
            stage.setWidth(width);
            stage.setHeight(height);
            stage.show();
            return sc;
        }).get(30, TimeUnit.SECONDS);
        AppController controller = new AppController(state, stage, scene, new WindowSettings(prefs), url -> { });
        // Building the window is the slow part: inside the test, not under TestFX's set-up timeout.
        robot.interact(() -> controller.showWorkspace(ws));
        WaitForAsyncUtils.waitForFxEvents();
        return controller;
    }

    /** Points the controller's own files (the unsaved briefing) at {@code dir}, away from the user's; returns the old value. */
    static String useHome(java.nio.file.Path dir) {
        String was = System.getProperty("atlas.home");
        System.setProperty("atlas.home", dir.toString());
        return was;
    }

    static void restoreHome(String was) {
        if (was == null) System.clearProperty("atlas.home");
        else System.setProperty("atlas.home", was);
    }

    /** A settings node of the test's own (the caller removes it). */
    static Preferences freshSettings(String name) {
        return Preferences.userRoot().node("org/silkroadatlas/dsr-explorer/test-" + name + "-" + System.nanoTime());
    }

    static Worker.State stateOf(Worker<?> task) throws Exception {
        return WaitForAsyncUtils.asyncFx(task::getState).get(10, TimeUnit.SECONDS);
    }
}
