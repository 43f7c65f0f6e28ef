package org.silkroadatlas.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import org.silkroadatlas.model.Country;
import org.silkroadatlas.model.Dataset;
import org.silkroadatlas.model.EntityKind;
import org.silkroadatlas.model.FigureValue;
import org.silkroadatlas.model.Indicator;
import org.silkroadatlas.model.MembershipStatus;
import org.silkroadatlas.model.Organisation;
import org.silkroadatlas.text.Labels;

/**
 * What the figures panel shows for one pack, indicator and selection, computed without a toolkit:
 * the chart lines, the table rows (every value with its source), and the headline figures.
 * The ranking, which follows the year, is computed separately by {@link #ranking}.
 */
public final class FiguresContent {
    public static final String COMPUTED_SOURCE = "computed here from the members' values in this pack";

    private final FigureIndex index;
    private final Indicator indicator;
    private final String focusIso;
    private final boolean focusFromSelection;
    private final List<ChartLine> lines = new ArrayList<>();
    private final List<FigureRow> rows = new ArrayList<>();
    private final List<FigureValue> headlines;

    public FiguresContent(FigureIndex index, String indicatorId, String selection) {
        this.index = index;
        Dataset d = index.dataset();
        this.indicator = indicatorId == null ? null : d.indicator(indicatorId).orElse(null);
        String focus = null;
        boolean direct = false;
        if (indicator != null) {
            EntityKind kind = d.kindOf(selection).orElse(null);
            if (kind == EntityKind.COUNTRY) {
                focus = selection;
                direct = true;
            } else if (kind == EntityKind.EVENT || kind == EntityKind.CABLE) {
                List<String> named = kind == EntityKind.EVENT ? d.event(selection).orElseThrow().countries() : d.cable(selection).orElseThrow().countries();
                for (String iso : named) {
                    if (!iso.equals("CHN") && !index.numbers(indicator.id(), iso).isEmpty()) { focus = iso; break; }
                }
            }
        }
        focusIso = focus;
        focusFromSelection = direct;
        if (indicator != null) build();
        boolean focusHasSeries = focusIso != null && !index.all(indicator.id(), focusIso).isEmpty();
        if (indicator == null || !focusHasSeries) {
            String iso = d.kindOf(selection).orElse(null) == EntityKind.COUNTRY ? selection : null;
            List<FigureValue> h = iso == null ? List.of() : index.headlines(iso);
            headlines = h.isEmpty() ? index.headlines(null) : h;
        } else {
            headlines = List.of();
        }
    }

    private void build() {
        String id = indicator.id();
        Dataset d = index.dataset();
        if (focusIso != null && !focusIso.equals("CHN")) {
            String label = countryName(d, focusIso) + (focusFromSelection ? "" : " (named in the selection)");
            addCountry(label, focusIso, "country");
        }
        addCountry(countryName(d, "CHN"), "CHN", focusIso != null && focusIso.equals("CHN") ? "country" : "china");
        for (String g : index.groupGeographies(id)) {
            NavigableMap<Integer, Double> values = index.numbers(id, g);
            String label = groupName(g) + " (source figure)";
            if (!values.isEmpty()) lines.add(new ChartLine(label, groupColour(g), ChartLine.Kind.SOURCE_GROUP, values));
            addRows(label, g);
        }
        int[] range = index.yearRange(id);
        if (range != null && index.isCountrySeries(id, 3)) {
            FigureSeries.Aggregation agg = FigureSeries.aggregationFor(indicator.unit());
            for (Organisation org : Organisation.values()) {
                var points = FigureSeries.group(index, id, org, agg, range[0], range[1]);
                var values = FigureSeries.numbers(points);
                if (values.isEmpty()) continue;
                String label = FigureSeries.groupLabel(org, agg);
                lines.add(new ChartLine(label, org == Organisation.SCO ? "sco" : "asean", ChartLine.Kind.COMPUTED_GROUP, values));
                for (int i = points.size() - 1; i >= 0; i--) {
                    var p = points.get(i);
                    if (p.value() == null) continue;
                    rows.add(new FigureRow(label, Labels.organisation(org), p.year(), FigureFormat.number(p.value()), indicator.unit(),
                            COMPUTED_SOURCE, "", (agg == FigureSeries.Aggregation.AVERAGE ? "unweighted mean of " : "sum of ") + p.coverage()));
                }
            }
        }
    }

    private void addCountry(String label, String iso, String colour) {
        NavigableMap<Integer, Double> values = index.numbers(indicator.id(), iso);
        if (values.isEmpty() && index.all(indicator.id(), iso).isEmpty()) return;
        if (!values.isEmpty()) lines.add(new ChartLine(label, colour, ChartLine.Kind.COUNTRY, values));
        addRows(label, iso);
    }

    private void addRows(String label, String geography) {
        for (var e : index.all(indicator.id(), geography).descendingMap().entrySet()) {
            for (FigureValue f : e.getValue()) {
                rows.add(new FigureRow(label, geography, f.year(), FigureFormat.exact(f), indicator.unit(),
                        sourceLabel(index.dataset(), f.sources()), Labels.confidence(f.confidence()), f.note()));
            }
        }
    }

    static String sourceLabel(Dataset d, List<String> ids) {
        List<String> out = new ArrayList<>();
        for (String id : ids) out.add(d.source(id).map(s -> s.label()).orElse(id));
        return out.isEmpty() ? "no source given" : String.join(" ; ", out);
    }

    static String countryName(Dataset d, String iso) {
        return d.country(iso).map(Country::nameEn).orElse(iso);
    }

    static String groupName(String g) {
        return switch (g) {
            case "SCO" -> "SCO";
            case "ASEAN" -> "ASEAN";
            case "WORLD" -> "World";
            case "WB_EAST_ASIA_PACIFIC" -> "East Asia & Pacific (World Bank)";
            default -> g.replace(";", ", ");
        };
    }

    static String groupColour(String g) {
        return switch (g) {
            case "SCO" -> "sco";
            case "ASEAN" -> "asean";
            case "WORLD" -> "world";
            default -> "other";
        };
    }

    public Indicator indicator() { return indicator; }

    /** The country charted against China and the groups, or null. */
    public String focusIso() { return focusIso; }

    public List<ChartLine> lines() { return lines; }

    public List<FigureRow> rows() { return rows; }

    /** Single values to show when the selection has no series of this indicator (empty otherwise). */
    public List<FigureValue> headlines() { return headlines; }

    /** The ranking for {@code year}, and the palette entry of each bar (its membership in that year). */
    public record Ranking(int year, List<FigureIndex.Ranked> bars, Map<String, String> colours, List<String> missing, String message) { }

    public Ranking ranking(int year) {
        if (indicator == null) return new Ranking(year, List.of(), Map.of(), List.of(), "Choose an indicator.");
        String id = indicator.id();
        if (!index.isCountrySeries(id, 2)) {
            return new Ranking(year, List.of(), Map.of(), List.of(), "This indicator has no per-country values to rank.");
        }
        List<FigureIndex.Ranked> bars = index.ranking(id, year);
        Map<String, String> colours = new LinkedHashMap<>();
        Dataset d = index.dataset();
        for (var b : bars) {
            Country c = d.country(b.iso3()).orElseThrow();
            colours.put(b.iso3(), c.statusAt(Organisation.SCO, year) == MembershipStatus.MEMBER ? "sco"
                    : c.statusAt(Organisation.ASEAN, year) == MembershipStatus.MEMBER ? "asean" : "other");
        }
        List<String> missing = bars.isEmpty() ? List.of() : index.missingIn(id, year);
        String message = "";
        if (bars.isEmpty()) {
            int[] r = index.yearRange(id);
            int latest = Integer.MIN_VALUE;
            for (String g : index.countryGeographies(id)) {
                var m = index.numbers(id, g);
                if (!m.isEmpty() && m.firstKey() <= year) latest = Math.max(latest, m.floorKey(year) == null ? Integer.MIN_VALUE : m.floorKey(year));
            }
            message = "No country values for " + year + (latest != Integer.MIN_VALUE ? "; the latest year with values is " + latest + "."
                    : r != null ? "; values run " + r[0] + "\u2013" + r[1] + "." : ".");
        }
        return new Ranking(year, bars, colours, missing, message);
    }

    /** Rows sorted as the table shows them: series in chart order, latest year first. */
    static Comparator<FigureRow> tableOrder(List<String> seriesOrder) {
        return Comparator.<FigureRow>comparingInt(r -> seriesOrder.indexOf(r.series())).thenComparing(FigureRow::year, Comparator.reverseOrder());
    }
}
