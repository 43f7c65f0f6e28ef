package org.silkroadatlas.present;

import javafx.scene.layout.StackPane;

/** What presenter mode needs from the window that shows the map (the main window implements it). */
public interface PresenterHost {
    /** Hides or shows the editing chrome: menus, toolbars, status bar, layer controls. */
    void setChromeVisible(boolean visible);

    /** A stack over the map (or the whole window) where the caption bar is laid at the bottom. */
    StackPane captionLayer();

    /** A host from two parts, e.g. {@code PresenterHost.of(mainWindow::setChromeVisible, overlayStack)}. */
    static PresenterHost of(java.util.function.Consumer<Boolean> chrome, StackPane layer) {
        java.util.Objects.requireNonNull(chrome, "chrome");
        java.util.Objects.requireNonNull(layer, "layer");
        return new PresenterHost() {
            @Override public void setChromeVisible(boolean visible) { chrome.accept(visible); }
            @Override public StackPane captionLayer() { return layer; }
        };
    }
}
