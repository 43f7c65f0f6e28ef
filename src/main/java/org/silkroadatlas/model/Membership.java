package org.silkroadatlas.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One spell of a country's status in an organisation: from {@code start} until {@code end}
 * (exclusive; null while it still holds).
 */
public record Membership(Organisation organisation, MembershipStatus status, PartialDate start, PartialDate end,
                         String event, List<String> sources, Confidence confidence, String note) {
    public Membership {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(start, "start");
        sources = List.copyOf(sources == null ? List.of() : sources);
    }

    /** True when this spell held on the given day. */
    public boolean holdsOn(LocalDate day) {
        return !start.start().isAfter(day) && (end == null || end.start().isAfter(day));
    }
}
