package org.silkroadatlas.timeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.silkroadatlas.model.Cable;
import org.silkroadatlas.model.Dataset;
import org.silkroadatlas.model.EntityKind;
import org.silkroadatlas.model.Event;
import org.silkroadatlas.model.EventCategory;
import org.silkroadatlas.model.PartialDate;
import org.silkroadatlas.model.Zone;
import org.silkroadatlas.text.DateLabels;
import org.silkroadatlas.text.Labels;
import org.silkroadatlas.text.Names;
import org.silkroadatlas.text.Tr;

/**
 * What the timeline shows, computed from a pack without any toolkit: the marks, and which of them
 * concern the current selection. Zones are grouped by batch (or by kind and approval date when
 * they have no batch), so the 190 pilot zones make a handful of marks rather than 190 dots.
 */
public final class TimelineModel {
    private static final Tr TR = Tr.of(TimelineModel.class);

    private final Dataset data;
    private final Locale locale;
    private final List<TimelineItem> items;
    private final Map<String, TimelineItem> byKey = new HashMap<>();
    private final Map<String, List<TimelineItem>> byStandId = new HashMap<>();

    public TimelineModel(Dataset data) {
        this(data, Tr.ENGLISH);
    }

    /** The marks with their titles worded for {@code locale}; keys and ids are the same in every language. */
    public TimelineModel(Dataset data, Locale locale) {
        this.data = data;
        this.locale = locale;
        List<TimelineItem> list = new ArrayList<>();
        for (Event e : data.events()) {
            list.add(new TimelineItem(e.id(), e.id(), e.title(), e.date(), Lane.of(e.category()),
                    TimelineItem.set(e.countries()), Set.of(e.id()), TimelineItem.set(e.relatedIds()), 1));
        }
        for (Cable c : data.cables()) {
            if (c.rfs() == null) continue;
            String title = TR.get(locale, "item.cable", Names.cable(c, locale), Labels.cableStatus(c.status(), locale),
                    DateLabels.label(c.rfs(), locale));
            list.add(new TimelineItem(c.id(), c.id(), title, c.rfs(), Lane.CABLE_RFS,
                    TimelineItem.set(c.countries()), Set.of(c.id()), Set.of(), 1));
        }
        list.addAll(zoneBatches(data, locale));
        list.sort(Comparator.comparing(TimelineItem::date).thenComparing(TimelineItem::key));
        items = Collections.unmodifiableList(list);
        for (TimelineItem i : items) {
            byKey.put(i.key(), i);
            for (String s : i.stands()) byStandId.computeIfAbsent(s, k -> new ArrayList<>()).add(i);
        }
    }

    private static List<TimelineItem> zoneBatches(Dataset data, Locale locale) {
        Map<String, List<Zone>> groups = new LinkedHashMap<>();
        for (Zone z : data.zones()) {
            if (z.approved() == null) continue;
            String key = "zones:" + z.kind().id() + ":" + (z.batch() != null ? "batch-" + z.batch() : z.approved().toString());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(z);
        }
        List<TimelineItem> out = new ArrayList<>();
        for (var g : groups.entrySet()) {
            List<Zone> zones = g.getValue();
            PartialDate first = zones.stream().map(Zone::approved).min(Comparator.naturalOrder()).orElseThrow();
            Set<String> ids = new TreeSet<>();
            Set<String> countries = new TreeSet<>();
            int revoked = 0;
            for (Zone z : zones) {
                ids.add(z.id());
                if (z.iso3() != null) countries.add(z.iso3());
                if (z.revoked() != null) revoked++;
            }
            Zone z0 = zones.get(0);
            String kind = Labels.zoneKind(z0.kind(), locale);
            String what = zones.size() == 1 ? TR.get(locale, "item.zone.one", Names.zone(z0, locale), kind)
                    : TR.get(locale, "item.zone.many", Integer.toString(zones.size()), kind);
            if (z0.batch() != null) what = TR.get(locale, "item.zone.batch", Integer.toString(z0.batch()), what);
            String title = TR.get(locale, "item.zone.approved", what, DateLabels.label(first, locale));
            if (revoked > 0) title = TR.get(locale, "item.zone.revoked", title, Integer.toString(revoked));
            String selectId = zones.size() == 1 ? z0.id() : coveringEvent(data, ids);
            if (selectId == null) selectId = z0.id();
            out.add(new TimelineItem(zones.size() == 1 ? z0.id() : g.getKey(), selectId, title, first, Lane.ZONE_APPROVALS,
                    countries, ids, Set.of(), zones.size()));
        }
        return out;
    }

    /** The zone event that names most of these zones, so clicking a batch shows the decision behind it. */
    private static String coveringEvent(Dataset data, Set<String> zoneIds) {
        String best = null;
        int bestCount = 0;
        for (Event e : data.events()) {
            if (e.category() != EventCategory.ZONE) continue;
            int n = 0;
            for (String r : e.relatedIds()) if (zoneIds.contains(r)) n++;
            if (n > bestCount) { best = e.id(); bestCount = n; }
        }
        return best;
    }

    public Dataset dataset() { return data; }

    /** The language the titles are worded in. */
    public Locale locale() { return locale; }

    /** Every mark, in date order. */
    public List<TimelineItem> items() { return items; }

    public TimelineItem item(String key) { return byKey.get(key); }

    /**
     * The mark before ({@code direction} < 0) or after the mark {@code key} in time, for stepping
     * through the marks by keyboard; with no current mark, the nearest one on that side of {@code year}'s end.
     * Null past either end.
     */
    public TimelineItem neighbour(String key, int year, int direction) {
        int at = key == null ? -1 : items.indexOf(byKey.get(key));
        if (at < 0) {
            int i = 0;
            while (i < items.size() && items.get(i).date().year() <= year) i++;
            at = direction > 0 ? i - 1 : i;
        }
        int next = at + (direction > 0 ? 1 : -1);
        return next >= 0 && next < items.size() ? items.get(next) : null;
    }

    /** The marks that stand for an entity id (an event, a cable, a zone inside a batch). */
    public List<TimelineItem> itemsFor(String id) {
        List<TimelineItem> l = id == null ? null : byStandId.get(id);
        return l == null ? List.of() : l;
    }

    /** Keys of the marks that stand for the selection itself. */
    public Set<String> selectedKeys(String selection) {
        Set<String> out = new HashSet<>();
        for (TimelineItem i : itemsFor(selection)) out.add(i.key());
        return out;
    }

    /**
     * Keys of the marks that concern the selection: for a country, marks naming it; for an event,
     * the entities it relates to and marks sharing one of its countries; for a cable, events that
     * relate to it or cable news between the same countries; for a zone, events naming it.
     */
    public Set<String> relatedKeys(String selection) {
        Set<String> out = new HashSet<>();
        EntityKind kind = data.kindOf(selection).orElse(null);
        if (kind == null) return out;
        for (TimelineItem i : items) {
            if (i.stands().contains(selection)) continue;
            boolean related = i.relatedIds().contains(selection);
            switch (kind) {
                case COUNTRY -> related |= i.countries().contains(selection);
                case EVENT -> {
                    Event e = data.event(selection).orElseThrow();
                    for (String r : e.relatedIds()) related |= i.stands().contains(r);
                    for (String c : e.countries()) related |= i.countries().contains(c);
                }
                case CABLE -> {
                    Cable c = data.cable(selection).orElseThrow();
                    if (i.lane() == Lane.CABLE_EVENTS) {
                        int shared = 0;
                        for (String iso : c.countries()) if (i.countries().contains(iso)) shared++;
                        related |= shared >= Math.min(2, c.countries().size());
                    }
                }
                case ZONE -> { }
            }
            if (related) out.add(i.key());
        }
        return out;
    }
}
