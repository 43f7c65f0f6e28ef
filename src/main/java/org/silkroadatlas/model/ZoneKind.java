package org.silkroadatlas.model;

import java.util.Locale;

public enum ZoneKind {
    /** Cross-border e-commerce comprehensive pilot zone (跨境电子商务综合试验区). */
    CBEC_PILOT_ZONE,
    /** The Shanghai "Silk Road E-commerce" cooperation pilot zone. */
    SILK_ROAD_ECOMMERCE_ZONE,
    INFORMATION_HARBOUR,
    DEMONSTRATION_AREA,
    DIGITAL_HUB,
    DATA_CENTRE,
    COOPERATION_PLATFORM,
    OVERSEAS_HUB;

    public String id() { return name().toLowerCase(Locale.ROOT); }

    public static ZoneKind fromId(String id) {
        for (ZoneKind k : values()) if (k.id().equals(id)) return k;
        throw new IllegalArgumentException("unknown zone kind \"" + id + "\"");
    }
}
