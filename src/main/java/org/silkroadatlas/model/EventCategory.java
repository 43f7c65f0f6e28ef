package org.silkroadatlas.model;

public enum EventCategory {
    CABLE("infrastructure/cable"),
    AGREEMENT("governance/agreement"),
    TRADE("trade/e-commerce"),
    MEMBERSHIP("organisation/membership"),
    ZONE("zone");

    private final String id;

    EventCategory(String id) { this.id = id; }

    public String id() { return id; }

    public static EventCategory fromId(String id) {
        for (EventCategory c : values()) if (c.id.equals(id)) return c;
        throw new IllegalArgumentException("expected one of infrastructure/cable, governance/agreement, trade/e-commerce, organisation/membership, zone; found \"" + id + "\"");
    }
}
