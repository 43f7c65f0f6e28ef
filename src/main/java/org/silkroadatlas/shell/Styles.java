package org.silkroadatlas.shell;

import javafx.scene.Scene;

/** The app's style sheets, in the order they override each other. */
public final class Styles {
    private Styles() { }

    public static void apply(Scene scene) {
        scene.getStylesheets().setAll(
                Styles.class.getResource("/org/silkroadatlas/shell/atlas.css").toExternalForm());
    }
}
