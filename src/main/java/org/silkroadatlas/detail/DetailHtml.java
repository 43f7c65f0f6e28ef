package org.silkroadatlas.detail;

import static org.silkroadatlas.detail.Html.esc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.silkroadatlas.model.Cable;
import org.silkroadatlas.model.Confidence;
import org.silkroadatlas.model.Country;
import org.silkroadatlas.model.Dataset;
import org.silkroadatlas.model.Event;
import org.silkroadatlas.model.EventCategory;
import org.silkroadatlas.model.FigureValue;
import org.silkroadatlas.model.GeoPoint;
import org.silkroadatlas.model.Indicator;
import org.silkroadatlas.model.LandingPoint;
import org.silkroadatlas.model.Membership;
import org.silkroadatlas.model.MembershipStatus;
import org.silkroadatlas.model.Organisation;
import org.silkroadatlas.model.PartialDate;
import org.silkroadatlas.model.RoutePrecision;
import org.silkroadatlas.model.Source;
import org.silkroadatlas.model.Zone;
import org.silkroadatlas.text.DateLabels;
import org.silkroadatlas.text.Labels;

/**
 * The detail page of a selection as an HTML document, built from the pack alone (no toolkit, no
 * network). Every value is escaped; every fact carries a numbered reference to its sources, listed
 * at the end with their confidence, publisher, date and address.
 */
public final class DetailHtml {
    private static final int LIST_LIMIT = 12;

    private final Dataset data;
    private final int year;
    private final LocalDate today;
    private final StringBuilder out = new StringBuilder(8192);
    private final Map<String, Integer> cited = new LinkedHashMap<>();

    private DetailHtml(Dataset data, int year, LocalDate today) {
        this.data = data;
        this.year = year;
        this.today = today;
    }

    /** The page for {@code selection} (an id of the pack, or null for the overview) as of {@code year}. */
    public static String render(Dataset data, String selection, int year) {
        return render(data, selection, year, LocalDate.now());
    }

    static String render(Dataset data, String selection, int year, LocalDate today) {
        DetailHtml r = new DetailHtml(data, year, today);
        String title = r.body(selection);
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"><title>" + esc(title) + "</title></head><body>"
                + r.out + "</body></html>";
    }

    private String body(String selection) {
        var kind = data.kindOf(selection).orElse(null);
        if (kind == null) return overview();
        return switch (kind) {
            case COUNTRY -> country(data.country(selection).orElseThrow());
            case CABLE -> cable(data.cable(selection).orElseThrow());
            case ZONE -> zone(data.zone(selection).orElseThrow());
            case EVENT -> event(data.event(selection).orElseThrow());
        };
    }

    // ---- pieces ------------------------------------------------------------------------------

    private void header(String kind, String title, String zh, String sub) {
        out.append("<header><div class=\"kind\">").append(esc(kind)).append("</div><h1>").append(esc(title));
        if (zh != null && !zh.isBlank()) out.append(" <span class=\"zh\" lang=\"zh\">").append(esc(zh)).append("</span>");
        out.append("</h1>");
        if (sub != null && !sub.isBlank()) out.append("<div class=\"sub\">").append(sub).append("</div>");
        out.append("</header>");
    }

    private void h2(String text) { out.append("<h2>").append(esc(text)).append("</h2>"); }

    /** Numbered references to sources, with the confidence the fact base gives the fact. */
    private String cite(List<String> sources, Confidence confidence, boolean rated) {
        StringBuilder sb = new StringBuilder();
        if (!sources.isEmpty()) {
            sb.append("<sup class=\"cite\">[");
            for (int i = 0; i < sources.size(); i++) {
                Integer n = cited.computeIfAbsent(sources.get(i), k -> cited.size() + 1);
                if (i > 0) sb.append(", ");
                sb.append(n);
            }
            sb.append("]</sup>");
        } else {
            sb.append("<sup class=\"cite none\">[no source]</sup>");
        }
        if (rated) {
            sb.append(" <span class=\"conf conf-").append(esc(Labels.confidence(confidence).replace(' ', '-'))).append("\">")
                    .append(esc(Labels.confidence(confidence))).append("</span>");
        }
        return sb.toString();
    }

    private void row(String label, String htmlValue) {
        out.append("<tr><th>").append(esc(label)).append("</th><td>").append(htmlValue).append("</td></tr>");
    }

    private String given(String s) {
        return s == null || s.isBlank() ? "<span class=\"missing\">not given in the source</span>" : esc(s);
    }

    /** A date on one line with its precision under it, for table cells. */
    private static String dateCell(PartialDate d) {
        return esc(DateLabels.label(d)) + "<div class=\"muted small\">" + esc(DateLabels.precisionWord(d)) + "</div>";
    }

    private String countryLink(String iso) {
        return data.country(iso).map(c -> Html.selectLink(iso, c.nameEn() == null ? iso : c.nameEn())).orElse(esc(iso));
    }

    private String countries(List<String> isos) {
        if (isos.isEmpty()) return "<span class=\"missing\">none named</span>";
        List<String> parts = new ArrayList<>();
        for (String iso : isos) parts.add(countryLink(iso));
        return String.join(", ", parts);
    }

    private String coords(GeoPoint p) {
        if (p == null) return "<span class=\"missing\">no coordinates in the source</span>";
        return esc(String.format(java.util.Locale.ROOT, "%.2f\u00b0 %s, %.2f\u00b0 %s", Math.abs(p.lat()), p.lat() >= 0 ? "N" : "S",
                Math.abs(p.lon()), p.lon() >= 0 ? "E" : "W"));
    }

    private String entityLink(String id) {
        var kind = data.kindOf(id).orElse(null);
        if (kind == null) return esc(id);
        return switch (kind) {
            case COUNTRY -> countryLink(id);
            case CABLE -> Html.selectLink(id, data.cable(id).orElseThrow().name());
            case ZONE -> Html.selectLink(id, data.zone(id).orElseThrow().nameEn());
            case EVENT -> Html.selectLink(id, data.event(id).orElseThrow().title());
        };
    }

    private void eventList(List<Event> events, String empty) {
        if (events.isEmpty()) {
            out.append("<p class=\"missing\">").append(esc(empty)).append("</p>");
            return;
        }
        out.append("<ul class=\"events\">");
        for (Event e : events) {
            out.append("<li><span class=\"date\">").append(esc(DateLabels.label(e.date()))).append("</span> ")
                    .append(Html.selectLink(e.id(), e.title()))
                    .append(" <span class=\"cat\">").append(esc(Labels.category(e.category()))).append("</span> ")
                    .append(cite(e.sources(), e.confidence(), false)).append("</li>");
        }
        out.append("</ul>");
    }

    private void linkList(List<String> ids, String more) {
        out.append("<ul class=\"links\">");
        for (int i = 0; i < Math.min(LIST_LIMIT, ids.size()); i++) out.append("<li>").append(entityLink(ids.get(i))).append("</li>");
        if (ids.size() > LIST_LIMIT) out.append("<li class=\"more\">and ").append(ids.size() - LIST_LIMIT).append(' ').append(esc(more)).append("</li>");
        out.append("</ul>");
    }

    private static List<Event> sorted(List<Event> events) {
        List<Event> l = new ArrayList<>(events);
        l.sort(Comparator.comparing(Event::date));
        return l;
    }

    private void notes(String note) {
        if (note != null && !note.isBlank()) out.append("<p class=\"note\"><b>Note:</b> ").append(esc(note)).append("</p>");
    }

    private void figuresFor(String iso) {
        Map<String, FigureValue> latest = new TreeMap<>();
        for (FigureValue f : data.figures()) {
            if (!List.of(f.geography().split(";")).contains(iso)) continue;
            FigureValue prev = latest.get(f.indicator());
            if (prev == null || (f.year() != null && (prev.year() == null || f.year() > prev.year()))) latest.put(f.indicator(), f);
        }
        h2("Figures");
        if (latest.isEmpty()) {
            out.append("<p class=\"missing\">The pack has no figures for this country.</p>");
            return;
        }
        out.append("<table class=\"facts figures\">");
        for (FigureValue f : latest.values()) {
            Indicator ind = data.indicator(f.indicator()).orElse(null);
            String name = ind == null || ind.nameEn() == null ? f.indicator() : ind.nameEn();
            String value = f.value() != null ? trim(f.value()) : f.valueText() == null ? "" : f.valueText();
            row(name, "<b>" + esc(value) + "</b> " + esc(ind == null ? "" : ind.unit()) + " <span class=\"muted\">(" + (f.year() == null ? "year not stated" : f.year())
                    + (f.geography().equals(iso) ? "" : ", " + esc(f.geography().replace(";", ", "))) + ")</span> "
                    + cite(f.sources(), f.confidence(), true));
        }
        out.append("</table><p class=\"muted small\">Latest year in the pack for each indicator; the figures panel charts the series.</p>");
    }

    /**
     * The latest value of each per-country indicator for the countries an event or cable names,
     * so its page shows where those countries stand; a country without a value says so.
     */
    private void figuresOf(List<String> isos) {
        Map<String, Map<String, FigureValue>> latest = new LinkedHashMap<>();
        Map<String, java.util.Set<String>> geos = new java.util.HashMap<>();
        for (FigureValue f : data.figures()) {
            if (f.year() == null || f.value() == null || data.country(f.geography()).isEmpty()) continue;
            geos.computeIfAbsent(f.indicator(), k -> new java.util.HashSet<>()).add(f.geography());
        }
        List<Indicator> series = new ArrayList<>();
        for (Indicator ind : data.indicators()) if (geos.getOrDefault(ind.id(), java.util.Set.of()).size() >= 3) series.add(ind);
        List<String> shown = new ArrayList<>();
        for (String iso : isos) if (shown.size() < LIST_LIMIT) shown.add(iso);
        if (series.isEmpty() || shown.isEmpty()) return;
        for (FigureValue f : data.figures()) {
            if (f.year() == null || f.value() == null || !shown.contains(f.geography())) continue;
            Map<String, FigureValue> byInd = latest.computeIfAbsent(f.geography(), k -> new java.util.HashMap<>());
            FigureValue prev = byInd.get(f.indicator());
            if (prev == null || f.year() > prev.year()) byInd.put(f.indicator(), f);
        }
        h2("Figures of these countries");
        out.append("<table class=\"history\"><tr><th>Country</th>");
        for (Indicator ind : series) {
            out.append("<th>").append(esc(ind.nameEn() == null ? ind.id() : ind.nameEn())).append(" <span class=\"small\">(")
                    .append(esc(ind.unit())).append(")</span></th>");
        }
        out.append("</tr>");
        for (String iso : shown) {
            out.append("<tr><td>").append(countryLink(iso)).append("</td>");
            for (Indicator ind : series) {
                FigureValue f = latest.getOrDefault(iso, Map.of()).get(ind.id());
                out.append("<td>").append(f == null ? "<span class=\"missing\">no value</span>"
                        : "<b>" + esc(trim(f.value())) + "</b> <span class=\"muted small\">" + f.year() + "</span> " + cite(f.sources(), f.confidence(), false))
                        .append("</td>");
            }
            out.append("</tr>");
        }
        out.append("</table><p class=\"muted small\">Latest year in the pack; select a country to see its series.</p>");
    }

    private static String trim(double v) {
        return new java.text.DecimalFormat("#,##0.####", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT)).format(v);
    }

    private void sources() {
        h2("Sources");
        if (cited.isEmpty()) {
            out.append("<p class=\"missing\">No sources are cited on this page.</p>");
            return;
        }
        out.append("<ol class=\"sources\">");
        for (var e : cited.entrySet()) {
            Source s = data.source(e.getKey()).orElse(null);
            out.append("<li value=\"").append(e.getValue()).append("\">");
            if (s == null) {
                out.append(esc(e.getKey())).append(" <span class=\"missing\">(not described in sources.json)</span>");
            } else {
                out.append("<span class=\"src-title\">").append(esc(s.label())).append("</span>");
                List<String> meta = new ArrayList<>();
                if (s.publisher() != null && !s.publisher().isBlank() && !s.publisher().equals(s.label())) meta.add(esc(s.publisher()));
                if (s.date() != null && !s.date().isBlank()) meta.add(esc(s.date()));
                if (!meta.isEmpty()) out.append(" \u2014 ").append(String.join(", ", meta));
                if (s.url() != null && !s.url().isBlank()) out.append("<br>").append(Html.webLink(s.url(), Html.shortAddress(s.url())));
                if (s.note() != null && !s.note().isBlank()) out.append("<br><span class=\"muted\">").append(esc(s.note())).append("</span>");
            }
            out.append("</li>");
        }
        out.append("</ol><p class=\"muted small\">Confidence: <b>high</b> stated by the source or by two independent sources; "
                + "<b>medium</b> a reprint, an inferred day or sources that disagree; <b>low</b> indirect evidence. Most sources are "
                + "reprints of official releases: check the primary document before quoting.</p>");
    }

    // ---- pages -------------------------------------------------------------------------------

    private String country(Country c) {
        String name = c.nameEn() == null ? c.iso3() : c.nameEn();
        String sub = esc(c.iso3()) + (c.iso2() == null ? "" : " \u00b7 " + esc(c.iso2()))
                + (c.capital() == null ? "" : " \u00b7 capital " + coords(c.capital()));
        header("Country", name, c.nameZh(), sub + " " + cite(c.sources(), null, false));

        out.append("<div class=\"cards\">");
        for (Organisation org : Organisation.values()) {
            MembershipStatus inYear = c.statusAt(org, year);
            MembershipStatus now = c.statusOn(org, today);
            Membership spell = c.spellAt(org, year);
            out.append("<div class=\"card ").append(org == Organisation.SCO ? "sco" : "asean").append(" status-").append(inYear.id()).append("\">")
                    .append("<div class=\"card-title\">").append(esc(Labels.organisation(org))).append(" in ").append(year).append("</div>")
                    .append("<div class=\"card-value\">").append(esc(Labels.status(inYear))).append("</div>");
            if (spell != null) out.append("<div class=\"card-sub\">since ").append(esc(DateLabels.label(spell.start()))).append("</div>");
            if (now != inYear) out.append("<div class=\"card-sub\">today: ").append(esc(Labels.status(now))).append("</div>");
            out.append("</div>");
        }
        out.append("</div>");

        h2("Status history");
        if (c.memberships().isEmpty()) {
            out.append("<p class=\"missing\">No SCO or ASEAN status recorded.</p>");
        } else {
            out.append("<table class=\"history\"><tr><th>Body</th><th>Status</th><th>From</th><th>Until</th><th>Source</th></tr>");
            List<Membership> ms = new ArrayList<>(c.memberships());
            ms.sort(Comparator.comparing((Membership m) -> m.organisation()).thenComparing(Membership::start));
            for (Membership m : ms) {
                out.append("<tr><td>").append(esc(Labels.organisation(m.organisation()))).append("</td><td>").append(esc(Labels.status(m.status())))
                        .append(m.event() == null || m.event().isBlank() ? "" : "<div class=\"muted small\">" + esc(m.event()) + "</div>")
                        .append("</td><td class=\"when\">").append(dateCell(m.start()))
                        .append("</td><td class=\"when\">").append(m.end() == null ? "<span class=\"muted\">current</span>" : dateCell(m.end()))
                        .append("</td><td>").append(cite(m.sources(), m.confidence(), true))
                        .append(m.note() == null || m.note().isBlank() ? "" : "<div class=\"muted small\">" + esc(m.note()) + "</div>")
                        .append("</td></tr>");
            }
            out.append("</table>");
        }

        h2("Events");
        List<Event> events = new ArrayList<>();
        for (Event e : data.events()) if (e.countries().contains(c.iso3())) events.add(e);
        eventList(sorted(events), "No events in the pack name this country.");

        List<String> cables = new ArrayList<>();
        for (Cable cb : data.cables()) if (cb.countries().contains(c.iso3())) cables.add(cb.id());
        h2("Cables");
        if (cables.isEmpty()) out.append("<p class=\"missing\">No cable in the pack lands in or crosses this country.</p>");
        else {
            out.append("<ul class=\"links\">");
            for (String id : cables.subList(0, Math.min(LIST_LIMIT, cables.size()))) {
                Cable cb = data.cable(id).orElseThrow();
                out.append("<li>").append(Html.selectLink(id, cb.name())).append(" <span class=\"muted\">").append(esc(Labels.cableKind(cb.kind())))
                        .append(", ").append(esc(Labels.cableStatus(cb.status()))).append(cb.rfs() == null ? "" : ", RFS " + esc(DateLabels.label(cb.rfs())))
                        .append("</span></li>");
            }
            if (cables.size() > LIST_LIMIT) out.append("<li class=\"more\">and ").append(cables.size() - LIST_LIMIT).append(" more cables</li>");
            out.append("</ul>");
        }

        List<Zone> zones = new ArrayList<>();
        for (Zone z : data.zones()) if (c.iso3().equals(z.iso3())) zones.add(z);
        if (!zones.isEmpty()) {
            h2("Zones");
            if (zones.size() > LIST_LIMIT) {
                Map<String, int[]> byKind = new TreeMap<>();
                for (Zone z : zones) {
                    int[] n = byKind.computeIfAbsent(Labels.zoneKind(z.kind()), k -> new int[2]);
                    if (z.standsAt(year)) n[0]++;
                    n[1]++;
                }
                out.append("<ul>");
                for (var e : byKind.entrySet()) {
                    out.append("<li>").append(e.getValue()[1]).append(' ').append(esc(e.getKey())).append(e.getValue()[1] == 1 ? "" : "s")
                            .append(" <span class=\"muted\">(").append(e.getValue()[0]).append(" standing in ").append(year).append(")</span></li>");
                }
                out.append("</ul><p class=\"muted small\">The timeline groups them by batch; the map shows each one.</p>");
            } else {
                List<String> ids = new ArrayList<>();
                for (Zone z : zones) ids.add(z.id());
                linkList(ids, "more zones");
            }
        }

        figuresFor(c.iso3());
        sources();
        return name;
    }

    private String cable(Cable c) {
        header(Labels.cableKind(c.kind()) + " cable", c.name(), null, esc(Labels.cableStatus(c.status())) + " " + cite(c.sources(), c.confidence(), true));
        if (c.routePrecision() != RoutePrecision.SURVEYED) {
            out.append("<div class=\"warning\"><b>Route:</b> ").append(esc(Labels.routePrecision(c.routePrecision()))).append(".</div>");
        }
        out.append("<table class=\"facts\">");
        row("Status", esc(Labels.cableStatus(c.status())) + " <span class=\"muted\">(as last reported by the source, not checked live)</span>");
        row("Ready for service", c.rfs() == null ? "<span class=\"missing\">not given in the source</span>" : esc(DateLabels.labelWithPrecision(c.rfs())));
        row("Length", c.lengthKm() == null ? "<span class=\"missing\">not given in the source</span>" : esc(trim(c.lengthKm())) + " km");
        row("Owners", c.owners().isEmpty() ? "<span class=\"missing\">not given in the source</span>" : esc(String.join(", ", c.owners())));
        row("Countries", countries(c.countries()));
        out.append("</table>");
        h2("Landing points");
        if (c.landingPoints().isEmpty()) out.append("<p class=\"missing\">No landing points in the source.</p>");
        else {
            out.append("<table class=\"history\"><tr><th>Place</th><th>Country</th><th>Location</th></tr>");
            for (LandingPoint lp : c.landingPoints()) {
                out.append("<tr><td>").append(esc(lp.name())).append("</td><td>").append(lp.iso3() == null ? "" : countryLink(lp.iso3()))
                        .append("</td><td>").append(coords(lp.location())).append("</td></tr>");
            }
            out.append("</table>");
        }
        notes(c.note());
        h2("Related events");
        List<Event> related = new ArrayList<>();
        for (Event e : data.events()) {
            boolean r = e.relatedIds().contains(c.id());
            if (!r && e.category() == EventCategory.CABLE) {
                int shared = 0;
                for (String iso : c.countries()) if (e.countries().contains(iso)) shared++;
                r = shared >= Math.min(2, c.countries().size()) && shared > 0;
            }
            if (r) related.add(e);
        }
        eventList(sorted(related), "No event in the pack concerns this cable.");
        figuresOf(c.countries());
        sources();
        return c.name();
    }

    private String zone(Zone z) {
        header(Labels.zoneKind(z.kind()), z.nameEn(), z.nameZh(),
                esc(z.status()) + " " + cite(z.sources(), z.confidence(), true));
        out.append("<table class=\"facts\">");
        row("Kind", esc(Labels.zoneKind(z.kind())));
        if (z.batch() != null) row("Batch", esc(z.batch().toString()));
        row("Approved", z.approved() == null ? "<span class=\"missing\">not given in the source</span>" : esc(DateLabels.labelWithPrecision(z.approved())));
        if (z.revoked() != null) row("Revoked", esc(DateLabels.labelWithPrecision(z.revoked())));
        row("In " + year, z.standsAt(year) ? "standing" : z.approved() != null && z.approved().year() > year ? "not yet approved" : "not standing");
        row("City", given(z.city()));
        if (z.province() != null) row("Province", esc(z.province()));
        row("Country", z.iso3() == null ? "<span class=\"missing\">not given</span>" : countryLink(z.iso3()));
        row("Location", coords(z.location()) + (z.location() == null ? "" : " <span class=\"muted\">(approximate city centre)</span>"));
        if (z.locationNote() != null && !z.locationNote().isBlank()) row("Location note", esc(z.locationNote()));
        out.append("</table>");
        notes(z.note());
        h2("Related events");
        List<Event> related = new ArrayList<>();
        for (Event e : data.events()) if (e.relatedIds().contains(z.id())) related.add(e);
        eventList(sorted(related), "No event in the pack names this zone.");
        if (z.batch() != null) {
            List<String> same = new ArrayList<>();
            for (Zone o : data.zones()) if (o != z && o.kind() == z.kind() && z.batch().equals(o.batch())) same.add(o.id());
            if (!same.isEmpty()) {
                h2("Same batch (" + (same.size() + 1) + " zones)");
                linkList(same, "more zones of this batch");
            }
        }
        sources();
        return z.nameEn();
    }

    private String event(Event e) {
        header(Labels.category(e.category()) + " \u00b7 event", e.title(), null,
                "<span class=\"date\">" + esc(DateLabels.labelWithPrecision(e.date())) + "</span> " + cite(e.sources(), e.confidence(), true));
        if (e.description() != null && !e.description().isBlank()) out.append("<p class=\"description\">").append(esc(e.description())).append("</p>");
        out.append("<table class=\"facts\">");
        row("Date", esc(DateLabels.label(e.date())) + " <span class=\"muted\">(" + esc(DateLabels.precisionWord(e.date())) + " precision)</span>");
        row("Category", esc(e.category().id()));
        row("Countries", countries(e.countries()));
        out.append("</table>");
        if (!e.relatedIds().isEmpty()) {
            h2("Concerns");
            linkList(e.relatedIds(), "more");
        }
        h2("Other events of these countries");
        List<Event> near = new ArrayList<>();
        for (Event o : data.events()) {
            if (o == e) continue;
            for (String iso : e.countries()) if (o.countries().contains(iso)) { near.add(o); break; }
        }
        List<Event> s = sorted(near);
        eventList(s.size() > LIST_LIMIT ? closest(s, e) : s, "No other event names these countries.");
        figuresOf(e.countries());
        sources();
        return e.title();
    }

    /** The events nearest in time to {@code e}, in date order, so a long list stays readable. */
    private static List<Event> closest(List<Event> events, Event e) {
        List<Event> l = new ArrayList<>(events);
        double t = e.date().decimalYear();
        l.sort(Comparator.comparingDouble(o -> Math.abs(o.date().decimalYear() - t)));
        return sorted(l.subList(0, LIST_LIMIT));
    }

    private String overview() {
        header("Overview", "Silk Road Atlas", null, "The Digital Silk Road: cables, SCO and ASEAN partners, pilot zones, events and figures.");
        out.append("<div class=\"cards\">");
        card(data.countries().size(), "countries");
        card(data.cables().size(), "cables");
        card(data.zones().size(), "zones");
        card(data.events().size(), "events");
        card(data.figures().size(), "figures");
        card(data.sources().size(), "sources");
        out.append("</div>");
        out.append("<p class=\"muted small\">Pack: ").append(esc(data.origin())).append("</p>");
        if (!data.problems().isEmpty()) {
            int n = data.problems().size();
            out.append("<div class=\"warning\">").append(n).append(n == 1 ? " problem was" : " problems were")
                    .append(" found while loading this pack; the records concerned are left out. Run <code>validate</code> for the list.</div>");
        }
        h2("In " + year);
        List<String> sco = new ArrayList<>(), asean = new ArrayList<>();
        for (Country c : data.countries()) {
            if (c.statusAt(Organisation.SCO, year) == MembershipStatus.MEMBER) sco.add(c.iso3());
            if (c.statusAt(Organisation.ASEAN, year) == MembershipStatus.MEMBER) asean.add(c.iso3());
        }
        int cables = 0, zones = 0;
        for (Cable c : data.cables()) if (c.inServiceBy(year)) cables++;
        for (Zone z : data.zones()) if (z.standsAt(year)) zones++;
        out.append("<table class=\"facts\">");
        row("SCO members", sco.size() + (sco.isEmpty() ? "" : ": " + countries(sco)));
        row("ASEAN members", asean.size() + (asean.isEmpty() ? "" : ": " + countries(asean)));
        row("Cables in service", cables + " <span class=\"muted\">(with a known ready-for-service date by 31 Dec " + year + ")</span>");
        row("Zones standing", Integer.toString(zones));
        out.append("</table>");
        h2("How to use");
        out.append("<ul class=\"howto\">")
                .append("<li>Click a country, cable or zone on the map, a mark on the timeline, or a bar in the figures to see it here.</li>")
                .append("<li>Move the year with the slider, the play button or the Left and Right keys; everything shows the state on 31 December of that year.</li>")
                .append("<li>Alt+Left and Alt+Right go back and forward through what you selected.</li>")
                .append("<li>Links in blue select within the atlas; addresses open in your browser.</li>")
                .append("</ul>");
        h2("About the data");
        out.append("<ul class=\"howto\">")
                .append("<li>Borders follow Natural Earth (de facto control); they imply no position on disputed territory.</li>")
                .append("<li>Cable routes are schematic, not the surveyed paths.</li>")
                .append("<li>Dates are shown at the precision the source gives (a day, a month, a quarter or a year).</li>")
                .append("<li>A value the sources do not give is left empty, never estimated.</li>")
                .append("</ul>");
        return "Overview";
    }

    private void card(int n, String what) {
        out.append("<div class=\"card count\"><div class=\"card-value\">").append(n).append("</div><div class=\"card-title\">")
                .append(esc(what)).append("</div></div>");
    }
}
