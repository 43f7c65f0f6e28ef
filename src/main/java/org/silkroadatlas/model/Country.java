package org.silkroadatlas.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A country (or territory) with its status history in the SCO and ASEAN.
 * {@code capital} may be null where the gazetteer gives none.
 */
public record Country(String iso3, String iso2, String nameEn, String nameZh, GeoPoint capital,
                      List<Membership> memberships, List<String> sources) {
    public Country {
        Objects.requireNonNull(iso3, "iso3");
        memberships = List.copyOf(memberships == null ? List.of() : memberships);
        sources = List.copyOf(sources == null ? List.of() : sources);
    }

    /** Status in {@code org} as it stood on 31 December of {@code year}. */
    public MembershipStatus statusAt(Organisation org, int year) {
        return statusOn(org, LocalDate.of(year, 12, 31));
    }

    public MembershipStatus statusOn(Organisation org, LocalDate day) {
        for (Membership m : memberships) {
            if (m.organisation() == org && m.holdsOn(day)) return m.status();
        }
        return MembershipStatus.NONE;
    }

    /** The spell that gives the status on that day, or null. */
    public Membership spellAt(Organisation org, int year) {
        LocalDate day = LocalDate.of(year, 12, 31);
        for (Membership m : memberships) {
            if (m.organisation() == org && m.holdsOn(day)) return m;
        }
        return null;
    }
}
