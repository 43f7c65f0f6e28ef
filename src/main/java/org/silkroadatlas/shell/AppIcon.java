package org.silkroadatlas.shell;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The app icon in the sizes window managers pick from (drawn by {@code src/build/AppIconMaker},
 * the same artwork as the packaged launcher's icon).
 */
public final class AppIcon {
    static final int[] SIZES = {16, 32, 64, 256};

    private AppIcon() { }

    public static List<Image> images() {
        List<Image> out = new ArrayList<>();
        for (int size : SIZES) {
            try (InputStream in = AppIcon.class.getResourceAsStream("app-icon-" + size + ".png")) {
                if (in != null) out.add(new Image(in));
            } catch (java.io.IOException e) {
                // A missing icon leaves the system's default in its place; nothing else depends on it.
            }
        }
        return out;
    }

    /**
     * Gives the stage the icon, decoded on a background thread: decoding it on the FX thread held up
     * the first window by about 50 ms (issue 8); the icon appears a moment after the window.
     */
    public static void addSoonTo(Stage stage) {
        Thread t = new Thread(() -> {
            List<Image> icons = images();
            javafx.application.Platform.runLater(() -> stage.getIcons().setAll(icons));
        }, "app-icon");
        t.setDaemon(true);
        t.start();
    }
}
