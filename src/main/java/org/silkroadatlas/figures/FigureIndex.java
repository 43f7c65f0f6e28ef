package org.silkroadatlas.figures;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import org.silkroadatlas.model.Dataset;
import org.silkroadatlas.model.FigureValue;

/**
 * The pack's figures indexed by indicator, geography and year, built once per pack so that a
 * year step or a selection only does map lookups. Where a source gives two values for the same
 * geography and year (the SCO family of 26 and of 27) all are kept; charts use the first.
 */
public final class FigureIndex {
    private final Dataset data;
    private final Map<String, Map<String, NavigableMap<Integer, List<FigureValue>>>> byIndicator = new HashMap<>();
    private final Map<String, List<FigureValue>> undated = new java.util.LinkedHashMap<>();

    public FigureIndex(Dataset data) {
        this.data = data;
        for (FigureValue f : data.figures()) {
            if (f.year() == null) { // undated figures are no series; the headline list shows them
                undated.computeIfAbsent(f.indicator(), k -> new ArrayList<>()).add(f);
                continue;
            }
            byIndicator.computeIfAbsent(f.indicator(), k -> new HashMap<>())
                    .computeIfAbsent(f.geography(), k -> new TreeMap<>())
                    .computeIfAbsent(f.year(), k -> new ArrayList<>(1))
                    .add(f);
        }
    }

    public Dataset dataset() { return data; }

    /** Every value recorded for one geography, by year (several per year where sources differ). */
    public NavigableMap<Integer, List<FigureValue>> all(String indicator, String geography) {
        var geos = byIndicator.get(indicator);
        if (geos == null) return Collections.emptyNavigableMap();
        var m = geos.get(geography);
        return m == null ? Collections.emptyNavigableMap() : Collections.unmodifiableNavigableMap(m);
    }

    /**
     * The numeric value charted for a geography and year, or null (a gap). Where a year has several
     * (132 pilot zones after the February 2022 batch, 165 after November's), the pack lists them in
     * the order they came to hold, so the last is the state at the year's end; the table lists all.
     */
    public FigureValue value(String indicator, String geography, int year) {
        List<FigureValue> vs = all(indicator, geography).get(year);
        if (vs == null) return null;
        for (int i = vs.size() - 1; i >= 0; i--) if (vs.get(i).value() != null) return vs.get(i);
        return null;
    }

    /** Years to numbers for one geography; years without a number are absent (gaps, never zero). */
    public NavigableMap<Integer, Double> numbers(String indicator, String geography) {
        NavigableMap<Integer, Double> out = new TreeMap<>();
        for (var e : all(indicator, geography).entrySet()) {
            FigureValue v = value(indicator, geography, e.getKey());
            if (v != null) out.put(e.getKey(), v.value());
        }
        return out;
    }

    /** Geographies with any value for the indicator, in the pack's order of first appearance. */
    public Set<String> geographies(String indicator) {
        var geos = byIndicator.get(indicator);
        return geos == null ? Set.of() : Collections.unmodifiableSet(geos.keySet());
    }

    /** Geographies of the indicator that are countries of the pack (not groups such as SCO or WORLD). */
    public List<String> countryGeographies(String indicator) {
        List<String> out = new ArrayList<>();
        for (String g : geographies(indicator)) if (data.country(g).isPresent()) out.add(g);
        Collections.sort(out);
        return out;
    }

    /** True when the indicator has values for at least {@code min} countries: a series to rank and average. */
    public boolean isCountrySeries(String indicator, int min) {
        return countryGeographies(indicator).size() >= min;
    }

    /** Geographies of the indicator that are groups (SCO, ASEAN, WORLD, ...), sorted. */
    public List<String> groupGeographies(String indicator) {
        List<String> out = new ArrayList<>();
        for (String g : geographies(indicator)) if (data.country(g).isEmpty()) out.add(g);
        Collections.sort(out);
        return out;
    }

    /** First and last year with any value for the indicator, or null if it has none. */
    public int[] yearRange(String indicator) {
        int min = Integer.MAX_VALUE, max = Integer.MIN_VALUE;
        var geos = byIndicator.get(indicator);
        if (geos == null) return null;
        for (var m : geos.values()) {
            if (m.isEmpty()) continue;
            min = Math.min(min, m.firstKey());
            max = Math.max(max, m.lastKey());
        }
        return min == Integer.MAX_VALUE ? null : new int[] {min, max};
    }

    /** One bar of a ranking. */
    public record Ranked(String iso3, FigureValue figure) {
        public double value() { return figure.value(); }
    }

    /** Countries with a value in {@code year}, highest first (ties by ISO3 so the order is stable). */
    public List<Ranked> ranking(String indicator, int year) {
        List<Ranked> out = new ArrayList<>();
        for (String g : countryGeographies(indicator)) {
            FigureValue v = value(indicator, g, year);
            if (v != null) out.add(new Ranked(g, v));
        }
        out.sort(Comparator.comparingDouble(Ranked::value).reversed().thenComparing(Ranked::iso3));
        return out;
    }

    /** Countries that have values for the indicator in other years but none in {@code year}. */
    public List<String> missingIn(String indicator, int year) {
        List<String> out = new ArrayList<>();
        for (String g : countryGeographies(indicator)) if (value(indicator, g, year) == null) out.add(g);
        return out;
    }

    /** Indicators without a per-country series: single headline values such as "SCO family = 27". */
    public List<String> headlineIndicators() {
        Set<String> out = new LinkedHashSet<>();
        for (var ind : data.indicators()) {
            if ((byIndicator.containsKey(ind.id()) || undated.containsKey(ind.id())) && !isCountrySeries(ind.id(), 3)) out.add(ind.id());
        }
        for (String id : byIndicator.keySet()) if (!out.contains(id) && !isCountrySeries(id, 3)) out.add(id);
        for (String id : undated.keySet()) if (!out.contains(id) && !isCountrySeries(id, 3)) out.add(id);
        return new ArrayList<>(out);
    }

    /**
     * The latest values of each headline indicator, all geographies and all stated variants.
     * With {@code iso3} given, only those whose geography names that country.
     */
    public List<FigureValue> headlines(String iso3) {
        List<FigureValue> out = new ArrayList<>();
        for (String ind : headlineIndicators()) {
            for (String g : geographies(ind)) {
                if (iso3 != null && !List.of(g.split(";")).contains(iso3)) continue;
                var m = byIndicator.get(ind).get(g);
                if (!m.isEmpty()) out.addAll(m.lastEntry().getValue());
            }
            for (FigureValue f : undated.getOrDefault(ind, List.of())) {
                if (iso3 == null || List.of(f.geography().split(";")).contains(iso3)) out.add(f);
            }
        }
        return out;
    }
}
