package org.silkroadatlas.model;

import java.util.Locale;

/** A country's standing in an organisation. The ids are those of the exports and the pack. */
public enum MembershipStatus {
    MEMBER, PARTNER, OBSERVER, DIALOGUE_PARTNER, NONE;

    public String id() { return name().toLowerCase(Locale.ROOT); }

    public static MembershipStatus fromId(String id) {
        for (MembershipStatus s : values()) if (s.id().equals(id)) return s;
        throw new IllegalArgumentException("expected one of member, partner, observer, dialogue_partner, none; found \"" + id + "\"");
    }
}
