package org.silkroadatlas.state;

/** The side panel in front (a scene remembers it). */
public enum Panel {
    DETAIL, FIGURES, TIMELINE
}
