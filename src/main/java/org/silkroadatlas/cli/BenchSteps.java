package org.silkroadatlas.cli;

import javafx.scene.Parent;
import org.silkroadatlas.shell.RenderedWindow;
import org.silkroadatlas.state.ExplorerState;
import org.silkroadatlas.state.MapFilters;

/** The single steps `bench` times, each run on the FX thread and returning milliseconds. */
final class BenchSteps {
    private final RenderedWindow w;
    private final ExplorerState state;
    private final Parent root;
    private final int firstYear;
    private final int lastYear;

    BenchSteps(RenderedWindow w) {
        this.w = w;
        this.state = w.state();
        this.root = w.scene().getRoot();
        this.firstYear = Math.max(state.getFirstYear(), 2005);
        this.lastYear = state.getLastYear();
    }

    void warmUp(int n) {
        for (int i = 0; i < n; i++) {
            panStep(i);
            paintMap();
            yearStep(i);
        }
    }

    /** One pan step of 37 px (alternating), with the CSS and layout pass it causes, canvases included. */
    double panStep(int i) {
        long t0 = System.nanoTime();
        w.map().panBy(i % 2 == 0 ? 37 : -37, 0);
        // A pulse styles only what changed; a forced applyCss() over the window would not be a real frame.
        root.layout();
        return (System.nanoTime() - t0) / 1e6;
    }

    /** The map drawn to an image in software: the painting cost of the current view. */
    double paintMap() {
        long t0 = System.nanoTime();
        w.map().snapshot(null, null);
        return (System.nanoTime() - t0) / 1e6;
    }

    void layersVisible(boolean on) {
        MapFilters f = state.getFilters();
        state.setFilters(f.withPartnersVisible(on).withCablesVisible(on).withZonesVisible(on));
        root.applyCss();
        root.layout();
    }

    /** Brings a side panel to the front, styled and laid out (its first showing is not a year step). */
    void showPanel(org.silkroadatlas.state.Panel p) {
        state.showPanel(p);
        root.applyCss();
        root.layout();
    }

    private int yearFor(int i) {
        int span = Math.max(1, lastYear - firstYear);
        return firstYear + (i * 7) % (span + 1);
    }

    /** A year change until every panel has reacted and laid out. */
    double yearStep(int i) {
        long t0 = System.nanoTime();
        state.setYear(yearFor(i));
        root.layout();
        return (System.nanoTime() - t0) / 1e6;
    }

    /** A year change until the whole window is drawn again (a full software paint of the scene). */
    double yearSettle(int i) {
        long t0 = System.nanoTime();
        state.setYear(yearFor(i + 3));
        root.layout();
        w.scene().snapshot(null);
        return (System.nanoTime() - t0) / 1e6;
    }
}
