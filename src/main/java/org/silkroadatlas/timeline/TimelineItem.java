package org.silkroadatlas.timeline;

import java.util.List;
import java.util.Set;
import org.silkroadatlas.model.PartialDate;

/**
 * One mark on the timeline: an event, a cable's ready-for-service date, or a batch of zones
 * approved together. {@code key} is unique on the timeline; {@code selectId} is the entity a click
 * selects; {@code stands} are the ids the mark stands for (the event, the cable, every zone of a batch).
 */
public record TimelineItem(String key, String selectId, String title, PartialDate date, Lane lane,
                           Set<String> countries, Set<String> stands, Set<String> relatedIds, int count) {
    public TimelineItem {
        countries = Set.copyOf(countries);
        stands = Set.copyOf(stands);
        relatedIds = Set.copyOf(relatedIds);
    }

    /** True for a mark that stands for several entities (a zone batch). */
    public boolean isGroup() { return count > 1; }

    static Set<String> set(List<String> ids) { return Set.copyOf(ids); }
}
