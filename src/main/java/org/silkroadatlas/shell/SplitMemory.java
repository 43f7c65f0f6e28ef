package org.silkroadatlas.shell;

import javafx.scene.control.SplitPane;

/**
 * Where the reader left a split pane's divider, remembered between runs. The position is saved as
 * it moves (a drag, or the window resizing a pane that keeps its width) and flushed at quit.
 */
final class SplitMemory {
    static final String MAIN = "split.main";
    static final String TIMELINE = "split.timeline";

    private SplitMemory() { }

    static void restoreAndTrack(SplitPane split, String key, double fallback, WindowSettings settings) {
        if (split.getDividers().isEmpty()) return;
        double saved = settings.getDouble(key, fallback);
        // A hand-edited or corrupt value must not hide a pane entirely.
        double position = Double.isFinite(saved) && saved > 0.05 && saved < 0.95 ? saved : fallback;
        split.setDividerPositions(position);
        split.getDividers().get(0).positionProperty().addListener((o, a, b) -> settings.putDouble(key, b.doubleValue()));
    }
}
