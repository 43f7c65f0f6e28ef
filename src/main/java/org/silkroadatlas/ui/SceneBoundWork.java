package org.silkroadatlas.ui;

import javafx.scene.Node;

/**
 * Work that only feeds what a panel shows, put off while the panel is in no scene. The window
 * adds a side tab's panel to the scene when the tab is first shown, so a panel nobody has opened
 * costs the start-up and each year step nothing; the work runs once when the panel joins a scene.
 */
public final class SceneBoundWork {
    private final Node panel;
    private final Runnable work;
    private boolean due;

    public SceneBoundWork(Node panel, Runnable work) {
        this.panel = panel;
        this.work = work;
        panel.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null && due) run();
        });
    }

    /** Runs the work now if the panel is in a scene, else once it joins one. */
    public void request() {
        if (panel.getScene() != null) run();
        else due = true;
    }

    /** Whether a request is waiting for the panel to join a scene. */
    public boolean isDue() {
        return due;
    }

    private void run() {
        due = false;
        work.run();
    }
}
