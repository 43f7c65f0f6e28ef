package org.silkroadatlas.timeline;

import javafx.geometry.Point2D;

/** Where a mark is drawn, for tests in other packages that click on the timeline. */
public final class TimelineProbe {
    private TimelineProbe() { }

    /** The mark's centre in the timeline canvas's coordinates. */
    public static Point2D markCentre(TimelinePanel panel, String key) {
        TimelineLayout.Placed p = panel.canvas().layoutForTest().find(key);
        if (p == null) throw new IllegalStateException("no mark " + key + " on screen");
        return new Point2D(p.cx(), p.cy());
    }
}
