package org.silkroadatlas.model;

import java.util.List;
import java.util.Objects;

/**
 * A dated event. {@code countries} are ISO3 codes; {@code relatedIds} are ids of zones, cables or
 * other events in the pack (already expanded: no wildcards).
 */
public record Event(String id, PartialDate date, String title, EventCategory category, List<String> countries,
                    List<String> relatedIds, String description, List<String> sources, Confidence confidence) {
    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(category, "category");
        countries = List.copyOf(countries == null ? List.of() : countries);
        relatedIds = List.copyOf(relatedIds == null ? List.of() : relatedIds);
        sources = List.copyOf(sources == null ? List.of() : sources);
    }
}
