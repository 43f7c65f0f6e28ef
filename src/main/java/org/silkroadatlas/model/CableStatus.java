package org.silkroadatlas.model;

import java.util.Locale;

/** Status as last reported by the cable's source (not checked live). */
public enum CableStatus {
    IN_SERVICE, PLANNED, UNDER_CONSTRUCTION, NOT_INTERCONNECTED, FEASIBILITY, UNKNOWN;

    public String id() { return name().toLowerCase(Locale.ROOT); }
}
