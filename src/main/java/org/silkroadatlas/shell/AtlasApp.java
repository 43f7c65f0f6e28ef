package org.silkroadatlas.shell;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.silkroadatlas.state.ExplorerState;
import org.silkroadatlas.text.Tr;

/**
 * The JavaFX application: shows the window at once, reads the data pack in a background task
 * with visible progress, then lays out the panels. {@code --data DIR} opens another pack.
 */
public class AtlasApp extends Application {
    private static final Tr TR = Tr.of(AtlasApp.class);
    private final ExplorerState state = new ExplorerState();
    private final WindowSettings settings = new WindowSettings();
    private Stage stage;
    private Scene scene;
    private AppController controller;
    private org.silkroadatlas.ui.FxStallWatch stallWatch;

    @Override public void start(Stage primary) {
        this.stage = primary;
        UiSettings.restoreAndTrack(state, settings);
        // Before the first control: JavaFX would otherwise parse its own Modena sheet only to drop it.
        Styles.useBaseTheme(state.getTheme());
        Label message = new Label(TR.get(state.getLocale(), "loading.pack"));
        ProgressIndicator spinner = new ProgressIndicator();
        VBox loading = new VBox(14, spinner, message);
        loading.setId("loading-view");
        loading.setAlignment(Pos.CENTER);
        scene = new Scene(loading, 1440, 900);
        controller = new AppController(state, stage, scene, settings, url -> getHostServices().showDocument(url));
        // The pack is read while the toolkit styles and shows the first window: on two cores the
        // read (about 0.35 s) then costs the start-up nothing (issue 8).
        Path pack = controller.startPack(packFromArguments(getParameters().getRaw()));
        Task<Workspace> task = controller.loadTask(pack);
        Thread t = new Thread(task, "pack-loader");
        t.setDaemon(true);
        t.start();

        stage.titleProperty().bind(TR.bind(state.localeProperty(), "app.title"));
        AppIcon.addSoonTo(stage);
        Styles.follow(scene, state);
        stage.setScene(scene);
        settings.restore(stage, 1440, 900);
        stage.setOnCloseRequest(e -> settings.save(stage));
        stage.show();

        // Logs whatever holds the FX thread over 50 ms, with what it was (issue 8).
        stallWatch = org.silkroadatlas.ui.FxStallWatch.start(50);
        message.textProperty().bind(task.messageProperty());
        task.setOnSucceeded(e -> {
            controller.showWorkspace(task.getValue());
            if (Boolean.getBoolean("atlas.bench.exitAfterFirstFrame")) reportFirstFrameAndExit();
        });
        task.setOnFailed(e -> {
            System.getLogger("atlas").log(System.Logger.Level.ERROR, "could not open the data pack", task.getException());
            controller.showLoadFailure(pack, task.getException());
        });
    }

    /**
     * For the `bench` command: prints a marker once the window with its panels has been laid out
     * and drawn in one pulse, then quits. The parent process times launch to marker.
     */
    private void reportFirstFrameAndExit() {
        // An animation timer runs once per pulse: the second call comes after the first pulse
        // that laid out and painted the window with its panels.
        new javafx.animation.AnimationTimer() {
            private int pulses;

            @Override public void handle(long now) {
                if (++pulses < 2) return;
                stop();
                System.out.println("ATLAS_FIRST_FRAME");
                System.out.flush();
                Platform.exit();
                System.exit(0);
            }
        }.start();
        Platform.requestNextPulse();
    }

    private static Path packFromArguments(List<String> raw) {
        for (int i = 0; i + 1 < raw.size(); i++) {
            if (raw.get(i).equals("--data")) return Path.of(raw.get(i + 1));
        }
        return null;
    }

    @Override public void stop() {
        if (stallWatch != null) stallWatch.stop();
        if (stage != null) settings.save(stage);
        if (controller != null) controller.shutdown();
        Platform.exit();
    }
}
