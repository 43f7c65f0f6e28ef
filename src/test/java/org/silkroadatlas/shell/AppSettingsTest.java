package org.silkroadatlas.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.silkroadatlas.state.ExplorerState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the app remembers between runs through java.util.prefs: the last data pack (or the bundled
 * one with a note when it is gone), the last deck and scene, the split positions.
 */
@ExtendWith(ApplicationExtension.class)
class AppSettingsTest {
    private static final Path DATA = Path.of(System.getProperty("atlas.data.dir", "data"));
    @TempDir Path home;
    private Preferences node;
    private WindowSettings settings;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void freshSettings() {
        System.setProperty("atlas.home", home.toString());
        node = Preferences.userRoot().node("org/silkroadatlas/dsr-explorer/test-settings-" + System.nanoTime());
        settings = new WindowSettings(node);
    }

    @AfterEach
    void dropSettings() throws Exception {
        node.removeNode();
        System.clearProperty("atlas.home");
    }

    /** A controller as the app builds it, showing {@code pack} (null: what startPack chooses, read now). */
    private AppController open(FxRobot robot, Path fromArguments) throws Exception {
        ExplorerState state = new ExplorerState();
        Scene scene = WaitForAsyncUtils.asyncFx(() -> {
            Scene s = new Scene(new StackPane(), 1400, 900);
            stage.setScene(s);
            stage.show();
            return s;
        }).get();
        AppController c = new AppController(state, stage, scene, settings, url -> { });
        Path pack = c.startPack(fromArguments);
        Workspace ws = Workspace.load(pack == null ? Workspace.bundledPack() : pack);
        robot.interact(() -> c.showWorkspace(ws));
        WaitForAsyncUtils.waitForFxEvents();
        return c;
    }

    @Test
    void aStartRestoresWhatWasRemembered(FxRobot robot) throws Exception {
        // Everything in one start: building the window is the slow part.
        settings.put(AppController.LAST_PACK, home.resolve("gone-pack").toString());
        Path deck = Files.copy(DATA.resolve("decks").resolve("digital-silk-road.json"), home.resolve("my-deck.json"));
        settings.put(AppController.LAST_DECK, deck.toString());
        settings.putDouble(AppController.LAST_SCENE, 2);
        settings.putDouble(SplitMemory.MAIN, 0.55);
        settings.putDouble(SplitMemory.TIMELINE, 0.5);
        AppController c = open(robot, null);

        // The last pack is gone: the bundled one opens, the status line says why, the memory is dropped.
        assertThat(c.window().statusBar().messageText()).contains("no longer there").contains("gone-pack");
        assertThat(settings.get(AppController.LAST_PACK, null)).isNull();

        // The Briefing tab has the last deck, at the last scene, and follows the next choice.
        assertThat(c.decks().fileProperty().get()).isEqualTo(deck);
        assertThat(c.decks().sceneList().getSelectionModel().getSelectedIndex()).isEqualTo(2);
        robot.interact(() -> c.decks().sceneList().getSelectionModel().clearAndSelect(3));
        assertThat(settings.getDouble(AppController.LAST_SCENE, -1)).isEqualTo(3);

        // The splits are where they were left, and a moved divider is remembered.
        assertThat(c.window().mainSplit().getDividerPositions()[0]).isCloseTo(0.55, within(0.01));
        assertThat(c.window().mapAndTimeline().getDividerPositions()[0]).isCloseTo(0.5, within(0.01));
        // Whatever layout made of it (panes have minimum sizes), what is saved is where the divider is.
        assertThat(settings.getDouble(SplitMemory.TIMELINE, 0)).isEqualTo(c.window().mapAndTimeline().getDividerPositions()[0]);
        robot.interact(() -> c.window().mainSplit().setDividerPositions(0.6));
        assertThat(settings.getDouble(SplitMemory.MAIN, 0)).isCloseTo(0.6, within(0.01));
    }

    @Test
    void theLastPackIsReopenedWhileItExistsAndTheCommandLineWins() throws Exception {
        Path mine = Files.createDirectories(home.resolve("my-pack"));
        AppController c = new AppController(new ExplorerState(), null, null, settings, url -> { });
        c.rememberPack(mine);
        assertThat(settings.get(AppController.LAST_PACK, null)).isEqualTo(mine.toAbsolutePath().normalize().toString());
        assertThat(c.startPack(null)).isEqualTo(mine.toAbsolutePath().normalize());
        assertThat(c.startPack(DATA)).isEqualTo(DATA);
        c.rememberPack(Workspace.bundledPack());
        assertThat(settings.get(AppController.LAST_PACK, null)).as("the bundled pack is the default, not a memory").isNull();
        assertThat(c.startPack(null)).isNull();
    }
}
