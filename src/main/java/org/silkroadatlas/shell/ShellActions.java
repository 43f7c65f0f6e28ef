package org.silkroadatlas.shell;

import java.util.List;
import javafx.scene.Node;

/** What the window's menus ask of the application (files, dialogs); kept apart so tests can drive it. */
public interface ShellActions {
    void openPack();
    void reloadPack();
    void importCables();
    void exportPng();
    void showProblems();
    void showShortcuts();
    void showAbout();
    void quit();
    /** F5: the briefing full screen (the open deck, else the sample deck). */
    void present();
    /** Switches between the offline basemap and OpenStreetMap tiles. */
    void toggleOnlineTiles();
    /** Ctrl+S: saves the briefing being edited (to its file, or asks for one). */
    default void saveDeck() { }
    default List<Node> extraToolbarItems() { return List.of(); }
}
