package org.silkroadatlas.table;

import java.util.ArrayList;
import java.util.List;
import org.silkroadatlas.model.Cable;
import org.silkroadatlas.model.Country;
import org.silkroadatlas.model.Dataset;
import org.silkroadatlas.model.Membership;
import org.silkroadatlas.model.MembershipStatus;
import org.silkroadatlas.model.Organisation;
import org.silkroadatlas.model.PartialDate;
import org.silkroadatlas.model.Zone;
import org.silkroadatlas.state.MapFilters;

/**
 * The rows of the map's table: exactly what the map draws for a year under the filters. The rules
 * repeat the map layers' own (a test compares them), since panels do not import each other:
 * countries with an SCO or ASEAN status in an organisation the filters show, and China, which the
 * map always marks; cables that exist by the year and pass the kind and status filters; zones that
 * stand at the year, have a location and pass the kind and batch filters.
 */
public final class MapContentRows {
    private MapContentRows() { }

    public static List<MapContentRow> of(Dataset d, int year, MapFilters f, TableWords w) {
        List<MapContentRow> rows = new ArrayList<>();
        if (f.partnersVisible()) for (Country c : d.countries()) {
            MapContentRow r = countryRow(d, c, year, f, w);
            if (r != null) rows.add(r);
        }
        if (f.cablesVisible()) for (Cable c : d.cables()) {
            if (cableShown(c, year, f)) rows.add(cableRow(d, c, w));
        }
        if (f.zonesVisible()) for (Zone z : d.zones()) {
            if (zoneShown(z, year, f)) rows.add(zoneRow(d, z, w));
        }
        return rows;
    }

    static boolean cableShown(Cable c, int year, MapFilters f) {
        return f.cablesVisible() && c.existsBy(year) && f.cableKinds().contains(c.kind())
                && f.cableStatuses().contains(c.status());
    }

    static boolean zoneShown(Zone z, int year, MapFilters f) {
        return f.zonesVisible() && z.location() != null && z.standsAt(year) && f.zoneKinds().contains(z.kind())
                && f.batchShown(z.batch());
    }

    private static MapContentRow countryRow(Dataset d, Country c, int year, MapFilters f, TableWords w) {
        List<String> statuses = new ArrayList<>();
        PartialDate since = null;
        List<String> sources = new ArrayList<>();
        for (Organisation org : Organisation.values()) {
            if (!f.organisations().contains(org)) continue;
            MembershipStatus s = c.statusAt(org, year);
            if (s == MembershipStatus.NONE) continue;
            Membership spell = c.spellAt(org, year);
            statuses.add(w.membership(org, s, spell.start().toString()));
            if (since == null || spell.start().compareTo(since) < 0) since = spell.start();
            sources.addAll(spell.sources());
        }
        boolean china = "CHN".equals(c.iso3());
        if (statuses.isEmpty() && !china) return null;
        if (statuses.isEmpty()) statuses.add(w.noStatus());
        if (sources.isEmpty()) sources.addAll(c.sources());
        return new MapContentRow(c.iso3(), RowKind.COUNTRY, w.country(), w.countryName(c), String.join("; ", statuses),
                since == null ? "" : since.toString(), since == null ? Double.NaN : since.decimalYear(),
                c.iso3(), w.sources(d, sources));
    }

    private static MapContentRow cableRow(Dataset d, Cable c, TableWords w) {
        return new MapContentRow(c.id(), RowKind.CABLE, w.cableKind(c.kind()), c.name(), w.cableStatus(c.status()),
                c.rfs() == null ? "" : c.rfs().toString(), c.rfs() == null ? Double.NaN : c.rfs().decimalYear(),
                String.join(", ", c.countries()), w.sources(d, c.sources()));
    }

    private static MapContentRow zoneRow(Dataset d, Zone z, TableWords w) {
        String status = z.batch() == null ? w.zoneStanding() : w.zoneBatch(z.batch());
        String where = z.iso3() == null ? "" : z.iso3();
        return new MapContentRow(z.id(), RowKind.ZONE, w.zoneKind(z.kind()), w.zoneName(z), status,
                z.approved() == null ? "" : z.approved().toString(), z.approved() == null ? Double.NaN : z.approved().decimalYear(),
                where, w.sources(d, z.sources()));
    }
}
