package org.silkroadatlas.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
import org.silkroadatlas.text.Names;
import org.silkroadatlas.text.Tr;

/**
 * What the figures panel shows for one pack, indicator and selection, computed without a toolkit:
 * the chart lines, the table rows (every value with its source), and the headline figures.
 * The ranking, which follows the year, is computed separately by {@link #ranking}.
 */
public final class FiguresContent {
    private static final Tr TR = Tr.of(FiguresContent.class);
    public static final String COMPUTED_SOURCE = "computed here from the members' values in this pack";

    private final FigureIndex index;
    private final Locale locale;
    private final Indicator indicator;
    private final String focusIso;
    private final boolean focusFromSelection;
    private final List<ChartLine> lines = new ArrayList<>();
    private final List<FigureRow> rows = new ArrayList<>();
    private final List<FigureValue> headlines;

    public FiguresContent(FigureIndex index, String indicatorId, String selection) {
        this(index, indicatorId, selection, Tr.ENGLISH);
    }

    /** The same content with its series, notes and messages worded for {@code locale}. */
    public FiguresContent(FigureIndex index, String indicatorId, String selection, Locale locale) {
        this.index = index;
        this.locale = locale;
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
            String name = countryName(d, focusIso, locale);
            String label = focusFromSelection ? name : TR.get(locale, "content.namedInSelection", name);
            addCountry(label, focusIso, "country");
        }
        addCountry(countryName(d, "CHN", locale), "CHN", focusIso != null && focusIso.equals("CHN") ? "country" : "china");
        for (String g : index.groupGeographies(id)) {
            NavigableMap<Integer, Double> values = index.numbers(id, g);
            String label = TR.get(locale, "content.sourceFigure", groupName(g, locale));
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
                String label = FigureSeries.groupLabel(org, agg, locale);
                lines.add(new ChartLine(label, org == Organisation.SCO ? "sco" : "asean", ChartLine.Kind.COMPUTED_GROUP, values));
                for (int i = points.size() - 1; i >= 0; i--) {
                    var p = points.get(i);
                    if (p.value() == null) continue;
                    rows.add(new FigureRow(label, Labels.organisation(org), p.year(), FigureFormat.number(p.value(), locale), indicator.unit(),
                            TR.get(locale, "content.computedSource"), "",
                            TR.get(locale, agg == FigureSeries.Aggregation.AVERAGE ? "content.meanOf" : "content.sumOf", p.coverage(locale))));
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
                        sourceLabel(index.dataset(), f.sources(), locale), Labels.confidence(f.confidence(), locale), f.note()));
            }
        }
    }

    static String sourceLabel(Dataset d, List<String> ids) { return sourceLabel(d, ids, Tr.ENGLISH); }

    static String sourceLabel(Dataset d, List<String> ids, Locale locale) {
        List<String> out = new ArrayList<>();
        for (String id : ids) out.add(d.source(id).map(s -> s.label()).orElse(id));
        return out.isEmpty() ? TR.get(locale, "content.noSource") : String.join(" ; ", out);
    }

    static String countryName(Dataset d, String iso) { return countryName(d, iso, Tr.ENGLISH); }

    /** The country's name in the reader's language, or its code when the pack does not know it. */
    static String countryName(Dataset d, String iso, Locale locale) {
        return d.country(iso).map(c -> Names.country(c, locale)).orElse(iso);
    }

    static String groupName(String g) { return groupName(g, Tr.ENGLISH); }

    static String groupName(String g, Locale locale) {
        return switch (g) {
            case "SCO" -> Labels.organisation(Organisation.SCO, locale);
            case "ASEAN" -> Labels.organisation(Organisation.ASEAN, locale);
            case "WORLD" -> TR.get(locale, "group.world");
            case "WB_EAST_ASIA_PACIFIC" -> TR.get(locale, "group.wbEap");
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
        if (indicator == null) return new Ranking(year, List.of(), Map.of(), List.of(), TR.get(locale, "ranking.choose"));
        String id = indicator.id();
        if (!index.isCountrySeries(id, 2)) {
            return new Ranking(year, List.of(), Map.of(), List.of(), TR.get(locale, "ranking.noCountries"));
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
            String y = Integer.toString(year);
            message = latest != Integer.MIN_VALUE ? TR.get(locale, "ranking.noValuesLatest", y, Integer.toString(latest))
                    : r != null ? TR.get(locale, "ranking.noValuesRange", y, Integer.toString(r[0]), Integer.toString(r[1]))
                    : TR.get(locale, "ranking.noValues", y);
        }
        return new Ranking(year, bars, colours, missing, message);
    }

    /** Rows sorted as the table shows them: series in chart order, latest year first. */
    static Comparator<FigureRow> tableOrder(List<String> seriesOrder) {
        return Comparator.<FigureRow>comparingInt(r -> seriesOrder.indexOf(r.series())).thenComparing(FigureRow::year, Comparator.reverseOrder());
    }
}
