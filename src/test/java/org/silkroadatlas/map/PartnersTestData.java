package org.silkroadatlas.map;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.silkroadatlas.data.BasemapLoader;
import org.silkroadatlas.model.Basemap;
import org.silkroadatlas.model.Country;
import org.silkroadatlas.model.Dataset;
import org.silkroadatlas.model.Event;
import org.silkroadatlas.model.EventCategory;
import org.silkroadatlas.model.FigureValue;
import org.silkroadatlas.model.Indicator;
import org.silkroadatlas.model.Membership;
import org.silkroadatlas.model.MembershipStatus;
import org.silkroadatlas.model.Organisation;
import org.silkroadatlas.model.PartialDate;

/** A small pack built in code: the statuses the partners tests check, with their real dates. */
final class PartnersTestData {
    private PartnersTestData() { }

    static Basemap basemap50m() throws IOException {
        return BasemapLoader.load(Path.of(System.getProperty("atlas.data.dir", "data")), "50m");
    }

    static Membership spell(Organisation o, MembershipStatus s, String start, String end) {
        return new Membership(o, s, PartialDate.parse(start), end == null ? null : PartialDate.parse(end), null, List.of(), null, null);
    }

    static Country country(String iso3, String name, Membership... ms) {
        return new Country(iso3, iso3.substring(0, 2), name, null, null, List.of(ms), List.of());
    }

    static Dataset pack() {
        Organisation sco = Organisation.SCO, asean = Organisation.ASEAN;
        List<Country> cs = new ArrayList<>();
        cs.add(country("CHN", "China", spell(sco, MembershipStatus.MEMBER, "2001-06-15", null),
                spell(asean, MembershipStatus.DIALOGUE_PARTNER, "1996-07", null)));
        cs.add(country("KAZ", "Kazakhstan", spell(sco, MembershipStatus.MEMBER, "2001-06-15", null)));
        cs.add(country("PAK", "Pakistan", spell(sco, MembershipStatus.OBSERVER, "2005-07-05", "2017-06-09"),
                spell(sco, MembershipStatus.MEMBER, "2017-06-09", null)));
        cs.add(country("IND", "India", spell(sco, MembershipStatus.OBSERVER, "2005-07-05", "2017-06-09"),
                spell(sco, MembershipStatus.MEMBER, "2017-06-09", null)));
        cs.add(country("IRN", "Iran", spell(sco, MembershipStatus.OBSERVER, "2005-07-05", "2023-07-04"),
                spell(sco, MembershipStatus.MEMBER, "2023-07-04", null)));
        cs.add(country("LAO", "Laos", spell(asean, MembershipStatus.MEMBER, "1997-07-23", null),
                spell(sco, MembershipStatus.PARTNER, "2025", null)));
        cs.add(country("SGP", "Singapore", spell(asean, MembershipStatus.MEMBER, "1967-08-08", null)));
        cs.add(country("MNG", "Mongolia", spell(sco, MembershipStatus.OBSERVER, "2004-06-17", null)));
        cs.add(country("FRA", "France"));
        List<Event> events = List.of(new Event("end-of-range", PartialDate.parse("2026"), "range", EventCategory.MEMBERSHIP,
                List.of(), List.of(), null, List.of(), null));
        List<Indicator> indicators = List.of(new Indicator("ecom", "E-commerce share", null, "%", "test", "test"));
        List<FigureValue> figures = List.of(
                new FigureValue("ecom", "CHN", 2020, 30.0, null, null, List.of(), null, null),
                new FigureValue("ecom", "CHN", 2018, 20.0, null, null, List.of(), null, null),
                new FigureValue("ecom", "PAK", 2019, 5.0, null, null, List.of(), null, null),
                new FigureValue("ecom", "KAZ", 2022, 10.0, null, null, List.of(), null, null),
                new FigureValue("ecom", "IND", 2020, null, ">33", null, List.of(), null, null),
                new FigureValue("ecom", "SCO", 2020, 12.0, null, null, List.of(), null, null));
        return new Dataset(cs, List.of(), List.of(), events, indicators, figures, List.of(), List.of(), "test");
    }
}
