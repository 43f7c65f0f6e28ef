package org.silkroadatlas.map;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.paint.Color;
import org.silkroadatlas.model.Country;
import org.silkroadatlas.model.Dataset;
import org.silkroadatlas.model.FigureValue;
import org.silkroadatlas.model.Indicator;
import org.silkroadatlas.model.MembershipStatus;
import org.silkroadatlas.model.Organisation;
import org.silkroadatlas.state.MapFilters;
import org.silkroadatlas.text.Labels;
import org.silkroadatlas.text.Names;
import org.silkroadatlas.text.Tr;

/**
 * What the partners layer draws for each country, and the legend of exactly that: both come from
 * this one computation, so the legend cannot drift from the map. Pure (no scene graph), so it is
 * tested without a toolkit.
 */
public final class PartnerLooks {
    private static final Tr TR = Tr.of(PartnerLooks.class);

    /** How ASEAN standing is marked on top of the SCO fill. */
    public enum AseanMark { NONE, MEMBER_HATCH, OBSERVER_DASHED, PARTNER_DOTTED }

    /**
     * The look of one country: a fill (null for none), an ASEAN mark, whether it is China (drawn
     * with its own colour and a heavy outline), and whether it stands for "no data" (hatched grey).
     */
    public record Look(Color fill, AseanMark asean, boolean china, boolean noData) {
        public static final Look NONE = new Look(null, AseanMark.NONE, false, false);
        public boolean drawn() { return fill != null || asean != AseanMark.NONE || china || noData; }
    }

    /** One line of the legend: the look of its swatch and its label. */
    public record LegendEntry(Look look, String label) { }

    private final Map<String, Look> byIso3;
    private final Map<String, FigureValue> values;
    private final List<LegendEntry> legend;
    private final String title;
    private final String note;
    private final int year;
    private final Indicator indicator;
    private final Locale locale;

    private PartnerLooks(Map<String, Look> byIso3, Map<String, FigureValue> values, List<LegendEntry> legend,
                         String title, String note, int year, Indicator indicator, Locale locale) {
        this.byIso3 = byIso3;
        this.values = values;
        this.legend = List.copyOf(legend);
        this.title = title;
        this.note = note;
        this.year = year;
        this.indicator = indicator;
        this.locale = locale;
    }

    /**
     * @param byIndicator colour by {@code indicatorId} instead of by organisation; ignored (with a
     *                    note) when the pack has no such indicator
     */
    public static PartnerLooks compute(Dataset data, int year, MapFilters filters, boolean byIndicator, String indicatorId) {
        return compute(data, year, filters, byIndicator, indicatorId, Tr.ENGLISH);
    }

    /** As above, with the legend and tooltips worded and numbered for {@code locale}. */
    public static PartnerLooks compute(Dataset data, int year, MapFilters filters, boolean byIndicator, String indicatorId,
                                       Locale locale) {
        Indicator ind = byIndicator && indicatorId != null ? data.indicator(indicatorId).orElse(null) : null;
        return ind != null ? byIndicator(data, year, ind, locale) : byOrganisation(data, year, filters, locale);
    }

    private static PartnerLooks byOrganisation(Dataset data, int year, MapFilters filters, Locale locale) {
        boolean sco = filters.organisations().contains(Organisation.SCO);
        boolean asean = filters.organisations().contains(Organisation.ASEAN);
        Map<String, Look> looks = new HashMap<>();
        for (Country c : data.countries()) {
            Color fill = sco ? scoFill(c.statusAt(Organisation.SCO, year)) : null;
            AseanMark mark = asean ? aseanMark(c.statusAt(Organisation.ASEAN, year)) : AseanMark.NONE;
            boolean china = "CHN".equals(c.iso3());
            Look look = new Look(china ? MapColours.current().china() : fill, mark, china, false);
            if (look.drawn()) looks.put(c.iso3(), look);
        }
        List<LegendEntry> legend = new ArrayList<>();
        legend.add(new LegendEntry(new Look(MapColours.current().china(), AseanMark.NONE, true, false), TR.get(locale, "partners.china")));
        if (sco) {
            legend.add(new LegendEntry(new Look(MapColours.current().scoMember(), AseanMark.NONE, false, false), TR.get(locale, "partners.sco.member")));
            legend.add(new LegendEntry(new Look(MapColours.current().scoObserver(), AseanMark.NONE, false, false), TR.get(locale, "partners.sco.observer")));
            legend.add(new LegendEntry(new Look(MapColours.current().scoPartner(), AseanMark.NONE, false, false), TR.get(locale, "partners.sco.partner")));
        }
        if (asean) {
            legend.add(new LegendEntry(new Look(null, AseanMark.MEMBER_HATCH, false, false), TR.get(locale, "partners.asean.member")));
            legend.add(new LegendEntry(new Look(null, AseanMark.OBSERVER_DASHED, false, false), TR.get(locale, "partners.asean.observer")));
            legend.add(new LegendEntry(new Look(null, AseanMark.PARTNER_DOTTED, false, false), TR.get(locale, "partners.asean.partner")));
        }
        String y = Integer.toString(year);
        String title = TR.get(locale, sco && asean ? "partners.title.both" : sco ? "partners.title.sco"
                : asean ? "partners.title.asean" : "partners.title.none", y);
        return new PartnerLooks(looks, Map.of(), legend, title, TR.get(locale, "partners.note", y), year, null, locale);
    }

    static Color scoFill(MembershipStatus s) {
        return switch (s) {
            case MEMBER -> MapColours.current().scoMember();
            case OBSERVER -> MapColours.current().scoObserver();
            case DIALOGUE_PARTNER -> MapColours.current().scoPartner();
            case PARTNER -> MapColours.current().scoPartner();
            case NONE -> null;
        };
    }

    static AseanMark aseanMark(MembershipStatus s) {
        return switch (s) {
            case MEMBER -> AseanMark.MEMBER_HATCH;
            case OBSERVER -> AseanMark.OBSERVER_DASHED;
            case PARTNER, DIALOGUE_PARTNER -> AseanMark.PARTNER_DOTTED;
            case NONE -> AseanMark.NONE;
        };
    }

    private static PartnerLooks byIndicator(Dataset data, int year, Indicator ind, Locale locale) {
        // The latest plain number at or before the year, per country; groups (SCO, WORLD) are not countries.
        Map<String, FigureValue> latest = new HashMap<>();
        for (FigureValue f : data.figures()) {
            if (!f.indicator().equals(ind.id()) || f.year() > year || f.value() == null) continue;
            if (data.country(f.geography()).isEmpty()) continue;
            FigureValue had = latest.get(f.geography());
            if (had == null || f.year() > had.year()) latest.put(f.geography(), f);
        }
        double[][] classes = classes(latest.values().stream().mapToDouble(FigureValue::value).toArray());
        Map<String, Look> looks = new HashMap<>();
        for (Country c : data.countries()) {
            FigureValue v = latest.get(c.iso3());
            looks.put(c.iso3(), v == null ? noDataLook()
                    : new Look(MapColours.current().ramp(rampIndex(classOf(v.value(), classes), classes.length)), AseanMark.NONE, false, false));
        }
        List<LegendEntry> legend = new ArrayList<>();
        for (int k = 0; k < classes.length; k++) {
            double lo = classes[k][0], hi = classes[k][1];
            String label = lo == hi ? format(lo, locale) : format(lo, locale) + " \u2013 " + format(hi, locale);
            legend.add(new LegendEntry(new Look(MapColours.current().ramp(rampIndex(k, classes.length)), AseanMark.NONE, false, false), label));
        }
        legend.add(new LegendEntry(noDataLook(), TR.get(locale, "indicator.noData")));
        String y = Integer.toString(year);
        String title = TR.get(locale, "indicator.title", Names.indicator(ind, locale), ind.unit());
        String note = TR.get(locale, latest.isEmpty() ? "indicator.note.empty" : "indicator.note", y);
        return new PartnerLooks(looks, latest, legend, title, note, year, ind, locale);
    }

    /** A look for a basemap country the pack does not know: drawn as "no data" only in indicator mode. */
    public Look lookOfUnknown() { return indicator != null ? noDataLook() : Look.NONE; }

    private static Look noDataLook() { return new Look(null, AseanMark.NONE, false, true); }

    /**
     * Up to five classes of (nearly) equal counts, equal values never split; each class is the
     * [lowest, highest] value it actually holds, so the legend states only values that occur.
     */
    static double[][] classes(double[] values) {
        if (values.length == 0) return new double[0][];
        double[] v = values.clone();
        Arrays.sort(v);
        int n = (int) Math.min(MapColours.rampLength(), Arrays.stream(v).distinct().count());
        List<double[]> out = new ArrayList<>();
        int current = -1;
        for (int i = 0; i < v.length; i++) {
            int k = i > 0 && v[i] == v[i - 1] ? current : (int) ((long) i * n / v.length);
            if (k != current || out.isEmpty()) {
                out.add(new double[] {v[i], v[i]});
                current = k;
            } else {
                out.get(out.size() - 1)[1] = v[i];
            }
        }
        return out.toArray(new double[0][]);
    }

    /** The class holding a value (the first whose highest value is not below it). */
    static int classOf(double value, double[][] classes) {
        for (int k = 0; k < classes.length - 1; k++) if (value <= classes[k][1]) return k;
        return classes.length - 1;
    }

    /** Spreads fewer than five classes over the whole ramp, so two classes are still far apart. */
    static int rampIndex(int k, int classes) {
        if (classes <= 1) return MapColours.rampLength() / 2;
        return (int) Math.round((double) k * (MapColours.rampLength() - 1) / (classes - 1));
    }

    static String format(double v) { return format(v, Locale.ROOT); }

    static String format(double v, Locale locale) {
        double a = Math.abs(v);
        DecimalFormat f = new DecimalFormat(a >= 100 ? "#,##0" : a >= 10 ? "0.#" : "0.##", DecimalFormatSymbols.getInstance(locale));
        return f.format(v);
    }

    /** The look of a country of the pack; {@link Look#NONE} when nothing is drawn for it. */
    public Look lookOf(String iso3) { return byIso3.getOrDefault(iso3, Look.NONE); }

    public List<LegendEntry> legend() { return legend; }
    public String title() { return title; }
    public String note() { return note; }
    public boolean byIndicator() { return indicator != null; }

    /**
     * The tooltip lines for a country: its name, then its standing in the year (or the indicator
     * value with its year and unit, or "no data").
     */
    public String describe(Dataset data, String iso3, String fallbackName) {
        Country c = data.country(iso3).orElse(null);
        // The reader's name first, the other language's after it: a country is often known by both.
        String name = c == null || c.nameEn() == null ? fallbackName : Names.country(c, locale);
        StringBuilder sb = new StringBuilder(name);
        if (c != null) {
            String other = Tr.isChinese(locale) ? c.nameEn() : c.nameZh();
            if (other != null && !other.isBlank() && !other.equals(name)) sb.append("  ").append(other);
        }
        if (c == null) return sb.append('\n').append(TR.get(locale, "card.notInPack")).toString();
        String y = Integer.toString(year);
        if (indicator != null) {
            FigureValue v = values.get(iso3);
            String what = Names.indicator(indicator, locale);
            sb.append('\n');
            if (v == null) sb.append(TR.get(locale, "card.noDataBy", what, y));
            else sb.append(TR.get(locale, "card.value", what, format(v.value(), locale), indicator.unit(), Integer.toString(v.year())));
            return sb.toString();
        }
        sb.append('\n').append(TR.get(locale, "card.endOf", y));
        sb.append('\n').append(TR.get(locale, "card.status", Labels.organisation(Organisation.SCO, locale), label(c.statusAt(Organisation.SCO, year), locale)));
        sb.append('\n').append(TR.get(locale, "card.status", Labels.organisation(Organisation.ASEAN, locale), label(c.statusAt(Organisation.ASEAN, year), locale)));
        return sb.toString();
    }

    /** A status on the card; "none" rather than "no status", as the card's line already names the organisation. */
    static String label(MembershipStatus s, Locale locale) {
        return s == MembershipStatus.NONE ? TR.get(locale, "card.statusNone") : Labels.status(s, locale);
    }
}
