package org.silkroadatlas.shell;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.silkroadatlas.map.MapPanel;
import org.silkroadatlas.state.ExplorerState;
import org.silkroadatlas.state.Theme;
import org.silkroadatlas.ui.FxCall;

/**
 * The real main window on a given pack, shown on whatever screen JavaFX has (headless for
 * `render`, `bench` and tests) so it can be driven and pictured without a person.
 */
public final class RenderedWindow {
    private final ExplorerState state;
    private final Stage stage;
    private final Scene scene;
    private final MapPanel map;
    private final MainWindow window;

    private RenderedWindow(ExplorerState state, Stage stage, Scene scene, MapPanel map, MainWindow window) {
        this.state = state;
        this.stage = stage;
        this.scene = scene;
        this.map = map;
        this.window = window;
    }

    /** Must run on the FX thread. */
    public static RenderedWindow open(Workspace ws, int width, int height) {
        return openIn(new Stage(), ws, width, height);
    }

    /** Must run on the FX thread. */
    public static RenderedWindow open(Workspace ws, int width, int height, Theme theme) {
        return openIn(new Stage(), ws, width, height, theme);
    }

    /** The window in a given stage (TestFX hands tests theirs). Must run on the FX thread. */
    public static RenderedWindow openIn(Stage stage, Workspace ws, int width, int height) {
        return openIn(stage, ws, width, height, Theme.LIGHT);
    }

    /** The window in a given theme (render --theme dark). Must run on the FX thread. */
    public static RenderedWindow openIn(Stage stage, Workspace ws, int width, int height, Theme theme) {
        ExplorerState state = new ExplorerState(ws.dataset());
        state.setTheme(theme);
        PanelFactory.Built built = PanelFactory.build(state, ws, url -> { });
        MainWindow window = new MainWindow(state, built.parts(), new NoDialogs());
        Scene scene = new Scene(window, width, height);
        Styles.follow(scene, state);
        stage.setScene(scene);
        stage.setWidth(width);
        stage.setHeight(height);
        stage.show();
        built.map().zoomToFit();
        return new RenderedWindow(state, stage, scene, built.map(), window);
    }

    public ExplorerState state() { return state; }

    public Scene scene() { return scene; }

    public MainWindow window() { return window; }

    public MapPanel map() { return map; }

    public void zoomToSelection() { map.zoomToSelection(); }

    /**
     * Waits (off the FX thread) until the map's tiles and layers are drawn: tiles render on a
     * background executor, so this lets pulses run until the picture stops changing.
     */
    public void awaitSettled() throws Exception {
        long deadline = System.currentTimeMillis() + 15_000;
        long previous = Long.MIN_VALUE;
        int stable = 0;
        while (System.currentTimeMillis() < deadline && stable < 3) {
            Thread.sleep(250);
            long sum = FxCall.call(this::mapChecksum, 30);
            stable = sum == previous ? stable + 1 : 0;
            previous = sum;
        }
    }

    private long mapChecksum() {
        javafx.scene.image.WritableImage img = map.snapshot(null, null);
        javafx.scene.image.PixelReader r = img.getPixelReader();
        long sum = 0;
        int w = (int) img.getWidth(), h = (int) img.getHeight();
        for (int y = 0; y < h; y += 7) for (int x = 0; x < w; x += 7) sum = sum * 31 + r.getArgb(x, y);
        return sum;
    }

    /** Must run on the FX thread. */
    public void writePng(Path file) throws IOException {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        Snapshots.writePng(Snapshots.of(scene), file);
    }

    public void close() { stage.close(); }

    /** A rendered window has no one to answer dialogs; its menus are never used. */
    private static final class NoDialogs implements ShellActions {
        @Override public void openPack() { }
        @Override public void reloadPack() { }
        @Override public void importCables() { }
        @Override public void exportPng() { }
        @Override public void showProblems() { }
        @Override public void showShortcuts() { }
        @Override public void showAbout() { }
        @Override public void quit() { }
        @Override public void present() { }
        @Override public void toggleOnlineTiles() { }
        @Override public List<javafx.scene.Node> extraToolbarItems() { return List.of(); }
    }
}
