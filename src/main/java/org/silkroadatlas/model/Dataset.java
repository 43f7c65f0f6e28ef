package org.silkroadatlas.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The whole data pack as loaded: every valid record plus the problems found on the way.
 * Immutable. Lookups by id are indexed once because every panel resolves ids on each selection.
 */
public final class Dataset {
    private final List<Country> countries;
    private final List<Cable> cables;
    private final List<Zone> zones;
    private final List<Event> events;
    private final List<Indicator> indicators;
    private final List<FigureValue> figures;
    private final List<Source> sources;
    private final List<Problem> problems;
    private final String origin;

    private final Map<String, Country> countryById;
    private final Map<String, Cable> cableById;
    private final Map<String, Zone> zoneById;
    private final Map<String, Event> eventById;
    private final Map<String, Indicator> indicatorById;
    private final Map<String, Source> sourceById;

    public Dataset(List<Country> countries, List<Cable> cables, List<Zone> zones, List<Event> events,
                   List<Indicator> indicators, List<FigureValue> figures, List<Source> sources,
                   List<Problem> problems, String origin) {
        this.countries = List.copyOf(countries);
        this.cables = List.copyOf(cables);
        this.zones = List.copyOf(zones);
        this.events = List.copyOf(events);
        this.indicators = List.copyOf(indicators);
        this.figures = List.copyOf(figures);
        this.sources = List.copyOf(sources);
        this.problems = List.copyOf(problems);
        this.origin = origin;
        countryById = index(this.countries, Country::iso3);
        cableById = index(this.cables, Cable::id);
        zoneById = index(this.zones, Zone::id);
        eventById = index(this.events, Event::id);
        indicatorById = index(this.indicators, Indicator::id);
        sourceById = index(this.sources, Source::id);
    }

    public static Dataset empty() {
        return new Dataset(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), "(empty)");
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        Map<String, T> m = new LinkedHashMap<>();
        for (T t : items) m.putIfAbsent(id.apply(t), t);
        return m;
    }

    public List<Country> countries() { return countries; }
    public List<Cable> cables() { return cables; }
    public List<Zone> zones() { return zones; }
    public List<Event> events() { return events; }
    public List<Indicator> indicators() { return indicators; }
    public List<FigureValue> figures() { return figures; }
    public List<Source> sources() { return sources; }
    public List<Problem> problems() { return problems; }
    /** Where the pack was read from (a folder), for titles and messages. */
    public String origin() { return origin; }

    public Optional<Country> country(String iso3) { return Optional.ofNullable(countryById.get(iso3)); }
    public Optional<Cable> cable(String id) { return Optional.ofNullable(cableById.get(id)); }
    public Optional<Zone> zone(String id) { return Optional.ofNullable(zoneById.get(id)); }
    public Optional<Event> event(String id) { return Optional.ofNullable(eventById.get(id)); }
    public Optional<Indicator> indicator(String id) { return Optional.ofNullable(indicatorById.get(id)); }
    public Optional<Source> source(String id) { return Optional.ofNullable(sourceById.get(id)); }

    /** What kind of entity an id names, or empty if the pack has none with that id. */
    public Optional<EntityKind> kindOf(String id) {
        if (id == null) return Optional.empty();
        if (countryById.containsKey(id)) return Optional.of(EntityKind.COUNTRY);
        if (cableById.containsKey(id)) return Optional.of(EntityKind.CABLE);
        if (zoneById.containsKey(id)) return Optional.of(EntityKind.ZONE);
        if (eventById.containsKey(id)) return Optional.of(EntityKind.EVENT);
        return Optional.empty();
    }

    /** A new pack with these problems added (the loader collects them as it goes). */
    public Dataset withProblems(List<Problem> more) {
        List<Problem> all = new java.util.ArrayList<>(problems);
        all.addAll(more);
        return new Dataset(countries, cables, zones, events, indicators, figures, sources, all, origin);
    }
}
