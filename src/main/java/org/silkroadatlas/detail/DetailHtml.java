package org.silkroadatlas.detail;

import static org.silkroadatlas.detail.Html.esc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
import org.silkroadatlas.text.Names;
import org.silkroadatlas.text.Tr;

/**
 * The detail page of a selection as an HTML document, built from the pack alone (no toolkit, no
 * network). Every value is escaped; every fact carries a numbered reference to its sources, listed
 * at the end with their confidence, publisher, date and address.
 */
public final class DetailHtml {
    private static final Tr TR = Tr.of(DetailHtml.class);
    private static final int LIST_LIMIT = 12;

    private final Dataset data;
    private final int year;
    private final LocalDate today;
    private final Locale locale;
    private final StringBuilder out = new StringBuilder(8192);
    private final Map<String, Integer> cited = new LinkedHashMap<>();

    private DetailHtml(Dataset data, int year, LocalDate today, Locale locale) {
        this.data = data;
        this.year = year;
        this.today = today;
        this.locale = locale;
    }

    /** The page for {@code selection} (an id of the pack, or null for the overview) as of {@code year}. */
    public static String render(Dataset data, String selection, int year) {
        return render(data, selection, year, Tr.ENGLISH);
    }

    /** The same page worded for {@code locale}; names come from the data, in that language where it has them. */
    public static String render(Dataset data, String selection, int year, Locale locale) {
        return render(data, selection, year, LocalDate.now(), locale);
    }

    static String render(Dataset data, String selection, int year, LocalDate today) {
        return render(data, selection, year, today, Tr.ENGLISH);
    }

    static String render(Dataset data, String selection, int year, LocalDate today, Locale locale) {
        DetailHtml r = new DetailHtml(data, year, today, locale);
        String title = r.body(selection);
        return "<!DOCTYPE html><html lang=\"" + esc(r.t("html.lang")) + "\"><head><meta charset=\"UTF-8\"><title>" + esc(title)
                + "</title></head><body>" + r.out + "</body></html>";
    }

    /** The page's words in its language; arguments go in as text, so years are never grouped. */
    private String t(String key, Object... args) {
        return TR.get(locale, key, args);
    }

    private boolean chinese() { return Tr.isChinese(locale); }

    private String year(int y) { return Integer.toString(y); }

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

    /** The title in the reader's language where the data has it, the other language's name beside it. */
    private void header(String kind, String en, String zh, String sub) {
        boolean zhFirst = chinese() && zh != null && !zh.isBlank();
        String title = zhFirst ? zh : en;
        String other = zhFirst ? en : zh;
        out.append("<header><div class=\"kind\">").append(esc(kind)).append("</div><h1>").append(esc(title));
        // Styled by the sheet's .zh rule, which is about the second name, whatever its language.
        if (other != null && !other.isBlank() && !other.equals(title)) {
            out.append(" <span class=\"zh\" lang=\"").append(zhFirst ? "en" : "zh").append("\">").append(esc(other)).append("</span>");
        }
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
            sb.append("<sup class=\"cite none\">[").append(esc(t("cite.none"))).append("]</sup>");
        }
        if (rated) {
            // The class names the level in English whatever the language, for the style sheet.
            sb.append(" <span class=\"conf conf-").append(esc(Labels.confidence(confidence).replace(' ', '-'))).append("\">")
                    .append(esc(Labels.confidence(confidence, locale))).append("</span>");
        }
        return sb.toString();
    }

    private void row(String label, String htmlValue) {
        out.append("<tr><th>").append(esc(label)).append("</th><td>").append(htmlValue).append("</td></tr>");
    }

    private String given(String s) {
        return s == null || s.isBlank() ? notGiven() : esc(s);
    }

    private String notGiven() {
        return missing(t("missing.notGiven"));
    }

    private static String missing(String text) {
        return "<span class=\"missing\">" + esc(text) + "</span>";
    }

    /** A date on one line with its precision under it, for table cells. */
    private String dateCell(PartialDate d) {
        return esc(DateLabels.label(d, locale)) + "<div class=\"muted small\">" + esc(DateLabels.precisionWord(d, locale)) + "</div>";
    }

    private String countryLink(String iso) {
        return data.country(iso).map(c -> Html.selectLink(iso, c.nameEn() == null ? iso : Names.country(c, locale))).orElse(esc(iso));
    }

    private String separator() { return chinese() ? "\u3001" : ", "; }

    private String countries(List<String> isos) {
        if (isos.isEmpty()) return missing(t("missing.noneNamed"));
        List<String> parts = new ArrayList<>();
        for (String iso : isos) parts.add(countryLink(iso));
        return String.join(separator(), parts);
    }

    private String coords(GeoPoint p) {
        if (p == null) return missing(t("missing.noCoords"));
        return esc(t("coords", String.format(Locale.ROOT, "%.2f", Math.abs(p.lat())), t(p.lat() >= 0 ? "dir.n" : "dir.s"),
                String.format(Locale.ROOT, "%.2f", Math.abs(p.lon())), t(p.lon() >= 0 ? "dir.e" : "dir.w")));
    }

    private String entityLink(String id) {
        var kind = data.kindOf(id).orElse(null);
        if (kind == null) return esc(id);
        return switch (kind) {
            case COUNTRY -> countryLink(id);
            case CABLE -> Html.selectLink(id, data.cable(id).orElseThrow().name());
            case ZONE -> Html.selectLink(id, Names.zone(data.zone(id).orElseThrow(), locale));
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
            out.append("<li><span class=\"date\">").append(esc(DateLabels.label(e.date(), locale))).append("</span> ")
                    .append(Html.selectLink(e.id(), e.title()))
                    .append(" <span class=\"cat\">").append(esc(Labels.category(e.category(), locale))).append("</span> ")
                    .append(cite(e.sources(), e.confidence(), false)).append("</li>");
        }
        out.append("</ul>");
    }

    private void linkList(List<String> ids, String moreKey) {
        out.append("<ul class=\"links\">");
        for (int i = 0; i < Math.min(LIST_LIMIT, ids.size()); i++) out.append("<li>").append(entityLink(ids.get(i))).append("</li>");
        if (ids.size() > LIST_LIMIT) out.append("<li class=\"more\">").append(esc(t(moreKey, Integer.toString(ids.size() - LIST_LIMIT)))).append("</li>");
        out.append("</ul>");
    }

    private static List<Event> sorted(List<Event> events) {
        List<Event> l = new ArrayList<>(events);
        l.sort(Comparator.comparing(Event::date));
        return l;
    }

    private void notes(String note) {
        if (note != null && !note.isBlank()) out.append("<p class=\"note\"><b>").append(esc(t("note.label"))).append("</b> ").append(esc(note)).append("</p>");
    }

    private void figuresFor(String iso) {
        Map<String, FigureValue> latest = new TreeMap<>();
        for (FigureValue f : data.figures()) {
            if (!List.of(f.geography().split(";")).contains(iso)) continue;
            FigureValue prev = latest.get(f.indicator());
            if (prev == null || (f.year() != null && (prev.year() == null || f.year() > prev.year()))) latest.put(f.indicator(), f);
        }
        h2(t("h.figures"));
        if (latest.isEmpty()) {
            out.append("<p class=\"missing\">").append(esc(t("figures.none"))).append("</p>");
            return;
        }
        out.append("<table class=\"facts figures\">");
        for (FigureValue f : latest.values()) {
            Indicator ind = data.indicator(f.indicator()).orElse(null);
            String name = ind == null ? f.indicator() : Names.indicator(ind, locale);
            String value = f.value() != null ? trim(f.value()) : f.valueText() == null ? "" : f.valueText();
            row(name, "<b>" + esc(value) + "</b> " + esc(ind == null ? "" : ind.unit()) + " <span class=\"muted\">(" + (f.year() == null ? esc(t("year.notStated")) : f.year())
                    + (f.geography().equals(iso) ? "" : ", " + esc(f.geography().replace(";", ", "))) + ")</span> "
                    + cite(f.sources(), f.confidence(), true));
        }
        out.append("</table><p class=\"muted small\">").append(esc(t("figures.latestNote"))).append("</p>");
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
        h2(t("h.figuresOf"));
        out.append("<table class=\"history\"><tr><th>").append(esc(t("th.country"))).append("</th>");
        for (Indicator ind : series) {
            out.append("<th>").append(esc(Names.indicator(ind, locale))).append(" <span class=\"small\">(")
                    .append(esc(ind.unit())).append(")</span></th>");
        }
        out.append("</tr>");
        for (String iso : shown) {
            out.append("<tr><td>").append(countryLink(iso)).append("</td>");
            for (Indicator ind : series) {
                FigureValue f = latest.getOrDefault(iso, Map.of()).get(ind.id());
                out.append("<td>").append(f == null ? missing(t("noValue"))
                        : "<b>" + esc(trim(f.value())) + "</b> <span class=\"muted small\">" + f.year() + "</span> " + cite(f.sources(), f.confidence(), false))
                        .append("</td>");
            }
            out.append("</tr>");
        }
        out.append("</table><p class=\"muted small\">").append(esc(t("figuresOf.note"))).append("</p>");
    }

    private static String trim(double v) {
        return new java.text.DecimalFormat("#,##0.####", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT)).format(v);
    }

    private void sources() {
        h2(t("h.sources"));
        if (cited.isEmpty()) {
            out.append("<p class=\"missing\">").append(esc(t("sources.none"))).append("</p>");
            return;
        }
        out.append("<ol class=\"sources\">");
        for (var e : cited.entrySet()) {
            Source s = data.source(e.getKey()).orElse(null);
            out.append("<li value=\"").append(e.getValue()).append("\">");
            if (s == null) {
                out.append(esc(e.getKey())).append(' ').append(missing(t("sources.undescribed")));
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
        // The bundle's own markup (<b>), written by us, not data: inserted as it is.
        out.append("</ol><p class=\"muted small\">").append(t("sources.legend")).append("</p>");
    }

    // ---- pages -------------------------------------------------------------------------------

    private String country(Country c) {
        String nameEn = c.nameEn() == null ? c.iso3() : c.nameEn();
        String name = Names.pick(nameEn, c.nameZh(), locale);
        String sub = esc(c.iso3()) + (c.iso2() == null ? "" : " \u00b7 " + esc(c.iso2()))
                + (c.capital() == null ? "" : " \u00b7 " + t("capital", coords(c.capital())));
        header(t("kind.country"), nameEn, c.nameZh(), sub + " " + cite(c.sources(), null, false));

        out.append("<div class=\"cards\">");
        for (Organisation org : Organisation.values()) {
            MembershipStatus inYear = c.statusAt(org, year);
            MembershipStatus now = c.statusOn(org, today);
            Membership spell = c.spellAt(org, year);
            out.append("<div class=\"card ").append(org == Organisation.SCO ? "sco" : "asean").append(" status-").append(inYear.id()).append("\">")
                    .append("<div class=\"card-title\">").append(esc(t("card.orgIn", Labels.organisation(org, locale), year(year)))).append("</div>")
                    .append("<div class=\"card-value\">").append(esc(Labels.status(inYear, locale))).append("</div>");
            if (spell != null) out.append("<div class=\"card-sub\">").append(esc(t("card.since", DateLabels.label(spell.start(), locale)))).append("</div>");
            if (now != inYear) out.append("<div class=\"card-sub\">").append(esc(t("card.today", Labels.status(now, locale)))).append("</div>");
            out.append("</div>");
        }
        out.append("</div>");

        h2(t("h.history"));
        if (c.memberships().isEmpty()) {
            out.append("<p class=\"missing\">").append(esc(t("history.none"))).append("</p>");
        } else {
            out.append("<table class=\"history\"><tr>");
            for (String th : new String[] {"th.body", "th.status", "th.from", "th.until", "th.source"}) out.append("<th>").append(esc(t(th))).append("</th>");
            out.append("</tr>");
            List<Membership> ms = new ArrayList<>(c.memberships());
            ms.sort(Comparator.comparing((Membership m) -> m.organisation()).thenComparing(Membership::start));
            for (Membership m : ms) {
                // One line for the body's name: a Chinese name would otherwise break after every character.
                out.append("<tr><td style=\"white-space: nowrap\">").append(esc(Labels.organisation(m.organisation(), locale))).append("</td><td>").append(esc(Labels.status(m.status(), locale)))
                        .append(m.event() == null || m.event().isBlank() ? "" : "<div class=\"muted small\">" + esc(m.event()) + "</div>")
                        .append("</td><td class=\"when\">").append(dateCell(m.start()))
                        .append("</td><td class=\"when\">").append(m.end() == null ? "<span class=\"muted\">" + esc(t("history.current")) + "</span>" : dateCell(m.end()))
                        .append("</td><td>").append(cite(m.sources(), m.confidence(), true))
                        .append(m.note() == null || m.note().isBlank() ? "" : "<div class=\"muted small\">" + esc(m.note()) + "</div>")
                        .append("</td></tr>");
            }
            out.append("</table>");
        }

        h2(t("h.events"));
        List<Event> events = new ArrayList<>();
        for (Event e : data.events()) if (e.countries().contains(c.iso3())) events.add(e);
        eventList(sorted(events), t("events.noneCountry"));

        List<String> cables = new ArrayList<>();
        for (Cable cb : data.cables()) if (cb.countries().contains(c.iso3())) cables.add(cb.id());
        h2(t("h.cables"));
        if (cables.isEmpty()) out.append("<p class=\"missing\">").append(esc(t("cables.none"))).append("</p>");
        else {
            out.append("<ul class=\"links\">");
            for (String id : cables.subList(0, Math.min(LIST_LIMIT, cables.size()))) {
                Cable cb = data.cable(id).orElseThrow();
                String sep = chinese() ? "\uff0c" : ", ";
                out.append("<li>").append(Html.selectLink(id, cb.name())).append(" <span class=\"muted\">").append(esc(Labels.cableKind(cb.kind(), locale)))
                        .append(sep).append(esc(Labels.cableStatus(cb.status(), locale)))
                        .append(cb.rfs() == null ? "" : sep + esc(t("rfs", DateLabels.label(cb.rfs(), locale))))
                        .append("</span></li>");
            }
            if (cables.size() > LIST_LIMIT) out.append("<li class=\"more\">").append(esc(t("more.cables", Integer.toString(cables.size() - LIST_LIMIT)))).append("</li>");
            out.append("</ul>");
        }

        List<Zone> zones = new ArrayList<>();
        for (Zone z : data.zones()) if (c.iso3().equals(z.iso3())) zones.add(z);
        if (!zones.isEmpty()) {
            h2(t("h.zones"));
            if (zones.size() > LIST_LIMIT) {
                Map<String, int[]> byKind = new TreeMap<>();
                for (Zone z : zones) {
                    int[] n = byKind.computeIfAbsent(Labels.zoneKind(z.kind(), locale), k -> new int[2]);
                    if (z.standsAt(year)) n[0]++;
                    n[1]++;
                }
                out.append("<ul>");
                for (var e : byKind.entrySet()) {
                    int all = e.getValue()[1];
                    out.append("<li>").append(esc(t(all == 1 ? "zones.kindCountOne" : "zones.kindCountMany", Integer.toString(all), e.getKey())))
                            .append(" <span class=\"muted\">").append(esc(t("zones.standing", Integer.toString(e.getValue()[0]), year(year))))
                            .append("</span></li>");
                }
                out.append("</ul><p class=\"muted small\">").append(esc(t("zones.groupNote"))).append("</p>");
            } else {
                List<String> ids = new ArrayList<>();
                for (Zone z : zones) ids.add(z.id());
                linkList(ids, "more.zones");
            }
        }

        figuresFor(c.iso3());
        sources();
        return name;
    }

    private String cable(Cable c) {
        header(t("cable.header", Labels.cableKind(c.kind(), locale)), Names.cable(c, locale), null,
                esc(Labels.cableStatus(c.status(), locale)) + " " + cite(c.sources(), c.confidence(), true));
        if (c.routePrecision() != RoutePrecision.SURVEYED) {
            out.append("<div class=\"warning\"><b>").append(esc(t("route.label"))).append("</b> ")
                    .append(esc(Labels.routePrecision(c.routePrecision(), locale))).append(chinese() ? "\u3002" : ".").append("</div>");
        }
        out.append("<table class=\"facts\">");
        row(t("row.status"), esc(Labels.cableStatus(c.status(), locale)) + " <span class=\"muted\">" + esc(t("status.asReported")) + "</span>");
        row(t("row.rfs"), c.rfs() == null ? notGiven() : esc(DateLabels.labelWithPrecision(c.rfs(), locale)));
        row(t("row.length"), c.lengthKm() == null ? notGiven() : esc(t("length", trim(c.lengthKm()))));
        row(t("row.owners"), c.owners().isEmpty() ? notGiven() : esc(String.join(", ", c.owners())));
        row(t("row.countries"), countries(c.countries()));
        out.append("</table>");
        h2(t("h.landing"));
        if (c.landingPoints().isEmpty()) out.append("<p class=\"missing\">").append(esc(t("landing.none"))).append("</p>");
        else {
            out.append("<table class=\"history\"><tr>");
            for (String th : new String[] {"th.place", "th.country", "th.location"}) out.append("<th>").append(esc(t(th))).append("</th>");
            out.append("</tr>");
            for (LandingPoint lp : c.landingPoints()) {
                out.append("<tr><td>").append(esc(lp.name())).append("</td><td>").append(lp.iso3() == null ? "" : countryLink(lp.iso3()))
                        .append("</td><td>").append(coords(lp.location())).append("</td></tr>");
            }
            out.append("</table>");
        }
        notes(c.note());
        h2(t("h.related"));
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
        eventList(sorted(related), t("related.noneCable"));
        figuresOf(c.countries());
        sources();
        return c.name();
    }

    private String zone(Zone z) {
        header(Labels.zoneKind(z.kind(), locale), z.nameEn(), z.nameZh(),
                esc(t(z.revoked() == null ? "zone.active" : "zone.revoked")) + " " + cite(z.sources(), z.confidence(), true));
        out.append("<table class=\"facts\">");
        row(t("row.kind"), esc(Labels.zoneKind(z.kind(), locale)));
        if (z.batch() != null) row(t("row.batch"), esc(t("batch.value", z.batch().toString())));
        row(t("row.approved"), z.approved() == null ? notGiven() : esc(DateLabels.labelWithPrecision(z.approved(), locale)));
        if (z.revoked() != null) row(t("row.revoked"), esc(DateLabels.labelWithPrecision(z.revoked(), locale)));
        row(t("row.inYear", year(year)), esc(t(z.standsAt(year) ? "zone.standing"
                : z.approved() != null && z.approved().year() > year ? "zone.notYet" : "zone.notStanding")));
        row(t("row.city"), given(z.city()));
        if (z.province() != null) row(t("row.province"), esc(z.province()));
        row(t("row.country"), z.iso3() == null ? missing(t("missing.notGivenShort")) : countryLink(z.iso3()));
        row(t("row.location"), coords(z.location()) + (z.location() == null ? "" : " <span class=\"muted\">" + esc(t("location.approx")) + "</span>"));
        if (z.locationNote() != null && !z.locationNote().isBlank()) row(t("row.locationNote"), esc(z.locationNote()));
        out.append("</table>");
        notes(z.note());
        h2(t("h.related"));
        List<Event> related = new ArrayList<>();
        for (Event e : data.events()) if (e.relatedIds().contains(z.id())) related.add(e);
        eventList(sorted(related), t("related.noneZone"));
        if (z.batch() != null) {
            List<String> same = new ArrayList<>();
            for (Zone o : data.zones()) if (o != z && o.kind() == z.kind() && z.batch().equals(o.batch())) same.add(o.id());
            if (!same.isEmpty()) {
                h2(t("h.sameBatch", Integer.toString(same.size() + 1)));
                linkList(same, "more.batch");
            }
        }
        sources();
        return Names.zone(z, locale);
    }

    private String event(Event e) {
        header(t("event.kind", Labels.category(e.category(), locale)), Names.event(e, locale), null,
                "<span class=\"date\">" + esc(DateLabels.labelWithPrecision(e.date(), locale)) + "</span> " + cite(e.sources(), e.confidence(), true));
        if (e.description() != null && !e.description().isBlank()) out.append("<p class=\"description\">").append(esc(e.description())).append("</p>");
        out.append("<table class=\"facts\">");
        row(t("row.date"), esc(DateLabels.label(e.date(), locale)) + " <span class=\"muted\">"
                + esc(t("date.precision", DateLabels.precisionWord(e.date(), locale))) + "</span>");
        // The category as the pack files it (its id), which is what the command line's exports carry.
        row(t("row.category"), esc(Tr.isChinese(locale) ? Labels.category(e.category(), locale) + "\uff08" + e.category().id() + "\uff09"
                : e.category().id()));
        row(t("row.countries"), countries(e.countries()));
        out.append("</table>");
        if (!e.relatedIds().isEmpty()) {
            h2(t("h.concerns"));
            linkList(e.relatedIds(), "more.items");
        }
        h2(t("h.otherEvents"));
        List<Event> near = new ArrayList<>();
        for (Event o : data.events()) {
            if (o == e) continue;
            for (String iso : e.countries()) if (o.countries().contains(iso)) { near.add(o); break; }
        }
        List<Event> s = sorted(near);
        eventList(s.size() > LIST_LIMIT ? closest(s, e) : s, t("other.none"));
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
        header(t("overview.kind"), t("overview.title"), null, esc(t("overview.sub")));
        out.append("<div class=\"cards\">");
        card(data.countries().size(), t("count.countries"));
        card(data.cables().size(), t("count.cables"));
        card(data.zones().size(), t("count.zones"));
        card(data.events().size(), t("count.events"));
        card(data.figures().size(), t("count.figures"));
        card(data.sources().size(), t("count.sources"));
        out.append("</div>");
        out.append("<p class=\"muted small\">").append(esc(t("pack"))).append(' ').append(esc(data.origin())).append("</p>");
        if (!data.problems().isEmpty()) {
            int n = data.problems().size();
            // The bundle's own markup (<code>) is inserted as written.
            out.append("<div class=\"warning\">").append(t(n == 1 ? "problems.one" : "problems.many", Integer.toString(n))).append("</div>");
        }
        h2(t("h.inYear", year(year)));
        List<String> sco = new ArrayList<>(), asean = new ArrayList<>();
        for (Country c : data.countries()) {
            if (c.statusAt(Organisation.SCO, year) == MembershipStatus.MEMBER) sco.add(c.iso3());
            if (c.statusAt(Organisation.ASEAN, year) == MembershipStatus.MEMBER) asean.add(c.iso3());
        }
        int cables = 0, zones = 0;
        for (Cable c : data.cables()) if (c.inServiceBy(year)) cables++;
        for (Zone z : data.zones()) if (z.standsAt(year)) zones++;
        String colon = chinese() ? "\uff1a" : ": ";
        out.append("<table class=\"facts\">");
        row(t("row.scoMembers"), sco.size() + (sco.isEmpty() ? "" : colon + countries(sco)));
        row(t("row.aseanMembers"), asean.size() + (asean.isEmpty() ? "" : colon + countries(asean)));
        row(t("row.cablesInService"), cables + " <span class=\"muted\">" + esc(t("cables.inServiceNote", year(year))) + "</span>");
        row(t("row.zonesStanding"), Integer.toString(zones));
        out.append("</table>");
        h2(t("h.howto"));
        out.append("<ul class=\"howto\">");
        for (int i = 1; i <= 4; i++) out.append("<li>").append(esc(t("howto." + i))).append("</li>");
        out.append("</ul>");
        h2(t("h.about"));
        out.append("<ul class=\"howto\">");
        for (int i = 1; i <= 4; i++) out.append("<li>").append(esc(t("about." + i))).append("</li>");
        out.append("</ul>");
        return t("overview.kind");
    }

    private void card(int n, String what) {
        out.append("<div class=\"card count\"><div class=\"card-value\">").append(n).append("</div><div class=\"card-title\">")
                .append(esc(what)).append("</div></div>");
    }
}
