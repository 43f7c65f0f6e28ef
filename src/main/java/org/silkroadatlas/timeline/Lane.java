package org.silkroadatlas.timeline;

import org.silkroadatlas.model.EventCategory;

/** The rows of the timeline: one per event category, plus cable ready-for-service dates and zone batches. */
public enum Lane {
    MEMBERSHIP("Membership", "membership"),
    AGREEMENT("Agreements", "agreement"),
    TRADE("Trade", "trade"),
    CABLE_EVENTS("Cable news", "cable"),
    CABLE_RFS("Cables RFS", "cable-rfs"),
    ZONE_EVENTS("Zone news", "zone"),
    ZONE_APPROVALS("Zone batches", "zone-batch");

    private final String label;
    private final String styleName;

    Lane(String label, String styleName) { this.label = label; this.styleName = styleName; }

    public String label() { return label; }

    /** Suffix of the looked-up colour {@code -atlas-lane-NAME} this lane is drawn in. */
    public String styleName() { return styleName; }

    public static Lane of(EventCategory c) {
        return switch (c) {
            case MEMBERSHIP -> MEMBERSHIP;
            case AGREEMENT -> AGREEMENT;
            case TRADE -> TRADE;
            case CABLE -> CABLE_EVENTS;
            case ZONE -> ZONE_EVENTS;
        };
    }
}
