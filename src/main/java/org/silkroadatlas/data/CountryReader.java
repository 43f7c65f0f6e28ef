package org.silkroadatlas.data;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonToken;

import org.silkroadatlas.model.Confidence;
import org.silkroadatlas.model.Country;
import org.silkroadatlas.model.GeoPoint;
import org.silkroadatlas.model.Membership;
import org.silkroadatlas.model.MembershipStatus;
import org.silkroadatlas.model.Organisation;
import org.silkroadatlas.model.PartialDate;

/** Reads one record of {@code countries.json} with its membership spells. */
final class CountryReader {
    private CountryReader() { }

    static Country read(JsonFields r) throws IOException {
        String iso3 = null, iso2 = null, nameEn = null, nameZh = null;
        GeoPoint capital = null;
        List<String> sources = List.of();
        List<Membership> memberships = new ArrayList<>(2);
        while (r.nextField()) {
            switch (r.name()) {
                case "iso3" -> iso3 = Places.iso3(r);
                case "iso2" -> iso2 = r.string();
                case "name_en" -> nameEn = r.string();
                case "name_zh" -> nameZh = r.string();
                case "capital" -> capital = Places.point(r, "capital");
                case "sources" -> sources = r.references(References.Kind.SOURCE);
                case "memberships" -> readMemberships(r, memberships);
                default -> r.unknownField();
            }
        }
        r.required(iso3, "iso3");
        IsoCountries.Entry iso = IsoCountries.byAlpha3(iso3).orElse(null);
        if (iso != null && iso2 != null && !iso.alpha2().equals(iso2)) {
            r.errorAtField("iso2", "\"" + JsonFields.abbreviate(iso2) + "\" is not the alpha-2 code of " + iso.alpha3() + " (" + iso.alpha2() + ")");
        }
        if (sources.isEmpty() && !r.isInvalid("sources")) r.errorAtField("sources", "no source: every record must name at least one source id");
        return r.end() ? new Country(iso3, iso2, nameEn, nameZh, capital, memberships, sources) : null;
    }

    private static void readMemberships(JsonFields r, List<Membership> out) throws IOException {
        if (r.p.currentToken() == JsonToken.VALUE_NULL) return;
        if (r.p.currentToken() != JsonToken.START_ARRAY) {
            r.wrongType("an array of membership spells");
            return;
        }
        int i = 0;
        for (JsonToken t = r.p.nextToken(); t != JsonToken.END_ARRAY && t != null; t = r.p.nextToken(), i++) {
            if (t != JsonToken.START_OBJECT) {
                r.errorHere("memberships[" + i + "]", "expected a membership object, found " + JsonFields.describe(t));
                r.p.skipChildren();
                continue;
            }
            r.begin("memberships", i);
            Membership m = readMembership(r);
            if (m != null) out.add(m);
        }
        checkOverlaps(r, out);
    }

    private static Membership readMembership(JsonFields r) throws IOException {
        Organisation org = null;
        MembershipStatus status = null;
        PartialDate start = null, end = null;
        String event = null, note = null;
        List<String> sources = List.of();
        Confidence confidence = null;
        while (r.nextField()) {
            switch (r.name()) {
                case "organisation" -> org = r.choice(Ids::organisation, Ids.ORGANISATIONS);
                case "status" -> status = r.choice(Ids::membershipStatus, Ids.STATUSES);
                case "start" -> start = r.date();
                case "end" -> end = r.date();
                case "event" -> event = r.string();
                case "sources" -> sources = r.references(References.Kind.SOURCE);
                case "confidence" -> confidence = r.confidence();
                case "note" -> note = r.string();
                default -> r.unknownField();
            }
        }
        r.required(org, "organisation");
        r.required(status, "status");
        r.required(start, "start");
        if (start != null && end != null && !end.start().isAfter(start.start())) {
            r.errorAtField("end", "ends (" + end + ") before it starts (" + start + ")");
            r.drop();
        }
        if (sources.isEmpty() && !r.isInvalid("sources")) r.errorAtField("sources", "no source: every membership spell must name at least one source id");
        return r.end() ? new Membership(org, status, start, end, event, sources, confidence, note) : null;
    }

    /** Two spells in one organisation that hold on the same day would give two statuses at once. */
    private static void checkOverlaps(JsonFields r, List<Membership> spells) {
        for (int a = 0; a < spells.size(); a++) {
            for (int b = a + 1; b < spells.size(); b++) {
                Membership x = spells.get(a), y = spells.get(b);
                if (x.organisation() != y.organisation()) continue;
                boolean overlap = (y.end() == null || y.end().start().isAfter(x.start().start()))
                        && (x.end() == null || x.end().start().isAfter(y.start().start()));
                if (overlap) {
                    r.errorAtField("memberships", "two " + x.organisation().name() + " spells overlap: "
                            + x.status().id() + " from " + x.start() + " and " + y.status().id() + " from " + y.start());
                }
            }
        }
    }
}
