package org.silkroadatlas.present;

import javafx.scene.layout.StackPane;

/** What presenter mode needs from the window that shows the map (the main window implements it). */
public interface PresenterHost {
    /** Hides or shows the editing chrome: menus, toolbars, status bar, layer controls. */
    void setChromeVisible(boolean visible);

    /** A stack over the map (or the whole window) where the caption bar is laid at the bottom. */
    StackPane captionLayer();
}
