package org.silkroadatlas.model;

import java.util.Locale;

/** How faithfully a drawn route follows the real path of a cable. */
public enum RoutePrecision {
    /** The surveyed path (never in the bundled pack). */
    SURVEYED,
    /** Drawn by the project's own routing through waypoints or sea lanes: not the real path. */
    SCHEMATIC,
    /** Only the end points are known: a straight schematic line between them. */
    ENDPOINTS_ONLY;

    public String id() { return name().toLowerCase(Locale.ROOT); }
}
