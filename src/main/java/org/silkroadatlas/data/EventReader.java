package org.silkroadatlas.data;

import java.io.IOException;
import java.util.List;

import org.silkroadatlas.model.Confidence;
import org.silkroadatlas.model.Event;
import org.silkroadatlas.model.EventCategory;
import org.silkroadatlas.model.PartialDate;

/** Reads one record of {@code events.json}. */
final class EventReader {
    private EventReader() { }

    static Event read(JsonFields r) throws IOException {
        String id = null, title = null, description = null;
        PartialDate date = null;
        EventCategory category = null;
        List<String> countries = List.of(), related = List.of(), sources = List.of();
        Confidence confidence = null;
        while (r.nextField()) {
            switch (r.name()) {
                case "id" -> id = r.nonBlank();
                case "date" -> date = r.date();
                case "title" -> title = r.nonBlank();
                case "category" -> category = r.choice(Ids::category, Ids.CATEGORIES);
                case "countries" -> countries = Places.iso3List(r);
                case "related_ids" -> related = r.references(References.Kind.ENTITY);
                case "description" -> description = r.string();
                case "sources" -> sources = r.references(References.Kind.SOURCE);
                case "confidence" -> confidence = r.confidence();
                default -> r.unknownField();
            }
        }
        r.required(id, "id");
        r.required(date, "date");
        r.required(title, "title");
        r.required(category, "category");
        if (sources.isEmpty() && !r.isInvalid("sources")) r.errorAtField("sources", "no source: every record must name at least one source id");
        return r.end() ? new Event(id, date, title, category, countries, related, description, sources, confidence) : null;
    }
}
