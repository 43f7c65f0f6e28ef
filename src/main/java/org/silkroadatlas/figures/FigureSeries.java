package org.silkroadatlas.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.silkroadatlas.model.Country;
import org.silkroadatlas.model.FigureValue;
import org.silkroadatlas.model.MembershipStatus;
import org.silkroadatlas.model.Organisation;
import org.silkroadatlas.text.Labels;
import org.silkroadatlas.text.Tr;

/**
 * Group figures computed from the member list as it stood in each year, and the splitting of a
 * series into unbroken runs so that a missing year is drawn as a gap, never as zero.
 */
public final class FigureSeries {
    private static final Tr TR = Tr.of(FigureSeries.class);

    private FigureSeries() { }

    /** How a group value is formed from its members' values. */
    public enum Aggregation {
        /** Rates (% of population, per 100 people): the plain mean of members, not weighted by population. */
        AVERAGE,
        /** Amounts and counts: the sum, only when every member has a value. */
        TOTAL
    }

    /** Rates are averaged, amounts are summed: decided by the indicator's unit. */
    public static Aggregation aggregationFor(String unit) {
        String u = unit == null ? "" : unit.toLowerCase(Locale.ROOT);
        if (u.contains("percent") || u.contains("%") || u.startsWith("per ") || u.contains(" per ")) return Aggregation.AVERAGE;
        return Aggregation.TOTAL;
    }

    /** "SCO members' average (unweighted, as of each year)" or "ASEAN members' total (as of each year)". */
    public static String groupLabel(Organisation org, Aggregation agg) {
        return groupLabel(org, agg, Tr.ENGLISH);
    }

    public static String groupLabel(Organisation org, Aggregation agg, Locale locale) {
        return TR.get(locale, agg == Aggregation.AVERAGE ? "group.average" : "group.total", Labels.organisation(org, locale));
    }

    /**
     * One computed group value. {@code value} is null (a gap) when too few members have a value:
     * fewer than half for an average, any missing for a total.
     */
    public record GroupPoint(int year, Double value, int membersWithValue, int members, List<String> memberIds) {
        public GroupPoint {
            memberIds = List.copyOf(memberIds);
        }

        /** "6 of 9 members" for tables and tooltips. */
        public String coverage() { return coverage(Tr.ENGLISH); }

        public String coverage(Locale locale) {
            return TR.get(locale, "coverage", Integer.toString(membersWithValue), Integer.toString(members));
        }
    }

    /** The members of {@code org} on 31 December of {@code year}, among the pack's countries. */
    public static List<String> membersAt(List<Country> countries, Organisation org, int year) {
        List<String> out = new ArrayList<>();
        for (Country c : countries) if (c.statusAt(org, year) == MembershipStatus.MEMBER) out.add(c.iso3());
        return out;
    }

    /** The group's computed series from {@code from} to {@code to} inclusive, one point per year. */
    public static List<GroupPoint> group(FigureIndex index, String indicator, Organisation org, Aggregation agg, int from, int to) {
        List<GroupPoint> out = new ArrayList<>();
        List<Country> countries = index.dataset().countries();
        for (int y = from; y <= to; y++) {
            List<String> members = membersAt(countries, org, y);
            double sum = 0;
            int n = 0;
            for (String m : members) {
                FigureValue v = index.value(indicator, m, y);
                if (v != null) { sum += v.value(); n++; }
            }
            Double value = null;
            if (!members.isEmpty() && n > 0) {
                if (agg == Aggregation.AVERAGE && n * 2 >= members.size()) value = sum / n;
                if (agg == Aggregation.TOTAL && n == members.size()) value = sum;
            }
            out.add(new GroupPoint(y, value, n, members.size(), members));
        }
        return out;
    }

    /** The computed group values as year to number, gaps left out. */
    public static NavigableMap<Integer, Double> numbers(List<GroupPoint> points) {
        NavigableMap<Integer, Double> out = new TreeMap<>();
        for (GroupPoint p : points) if (p.value() != null) out.put(p.year(), p.value());
        return out;
    }

    /**
     * Splits a yearly series into runs of consecutive years. A run of one year is kept (drawn as
     * a lone point); a missing year ends a run, so no line is ever drawn across a gap.
     */
    public static List<NavigableMap<Integer, Double>> runs(NavigableMap<Integer, Double> series) {
        List<NavigableMap<Integer, Double>> out = new ArrayList<>();
        NavigableMap<Integer, Double> run = null;
        Integer last = null;
        for (var e : series.entrySet()) {
            if (e.getValue() == null || !Double.isFinite(e.getValue())) { last = null; continue; }
            if (last == null || e.getKey() != last + 1) {
                run = new TreeMap<>();
                out.add(run);
            }
            run.put(e.getKey(), e.getValue());
            last = e.getKey();
        }
        return out;
    }
}
