package org.silkroadatlas.timeline;

import java.util.Locale;
import org.silkroadatlas.model.EventCategory;
import org.silkroadatlas.text.Tr;

/** The rows of the timeline: one per event category, plus cable ready-for-service dates and zone batches. */
public enum Lane {
    MEMBERSHIP("Membership", "membership"),
    AGREEMENT("Agreements", "agreement"),
    TRADE("Trade", "trade"),
    CABLE_EVENTS("Cable news", "cable"),
    CABLE_RFS("Cables RFS", "cable-rfs", 2),
    ZONE_EVENTS("Zone news", "zone"),
    ZONE_APPROVALS("Zone batches", "zone-batch");

    private final String label;
    private final String styleName;
    private final int units;

    Lane(String label, String styleName) { this(label, styleName, 1); }

    Lane(String label, String styleName, int units) { this.label = label; this.styleName = styleName; this.units = units; }

    /** Height in lane units: a pack has many more cables than events of one kind, so their lane is taller. */
    public int units() { return units; }

    /** Lane units of the whole timeline. */
    public static int totalUnits() {
        int n = 0;
        for (Lane l : values()) n += l.units;
        return n;
    }

    /** The English name (tests, the command line's summaries). */
    public String label() { return label; }

    /** The lane's name in the reader's language. */
    public String label(Locale locale) {
        return Tr.of(Lane.class).get(locale, "lane." + name().toLowerCase(Locale.ROOT));
    }

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
