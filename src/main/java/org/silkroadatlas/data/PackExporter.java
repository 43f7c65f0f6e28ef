package org.silkroadatlas.data;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.silkroadatlas.model.Cable;
import org.silkroadatlas.model.Confidence;
import org.silkroadatlas.model.Country;
import org.silkroadatlas.model.Dataset;
import org.silkroadatlas.model.Event;
import org.silkroadatlas.model.FigureValue;
import org.silkroadatlas.model.Indicator;
import org.silkroadatlas.model.LandingPoint;
import org.silkroadatlas.model.Membership;
import org.silkroadatlas.model.Organisation;
import org.silkroadatlas.model.PartialDate;
import org.silkroadatlas.model.Source;
import org.silkroadatlas.model.Zone;

/**
 * Writes one kind of record of a pack as CSV, JSON or GeoJSON, as it stood on 31 December of a
 * year (or on a given day), every row with its sources as readable labels and their addresses.
 */
public final class PackExporter {
    public enum Kind {
        COUNTRIES, CABLES, ZONES, EVENTS, FIGURES, SOURCES;

        public String id() { return name().toLowerCase(Locale.ROOT); }

        public static Kind fromId(String s) {
            for (Kind k : values()) if (k.id().equals(s)) return k;
            return null;
        }

        public boolean hasGeometry() { return this == COUNTRIES || this == CABLES || this == ZONES; }
    }

    public enum Format {
        CSV, JSON, GEOJSON;

        public String id() { return name().toLowerCase(Locale.ROOT); }

        public static Format fromId(String s) {
            for (Format f : values()) if (f.id().equals(s)) return f;
            return null;
        }
    }

    private final Dataset ds;

    public PackExporter(Dataset ds) { this.ds = ds; }

    /**
     * Writes {@code kind} to {@code out} (left open). With a {@code year}, only what stood on 31 December
     * of that year (for figures: the values for that year); without, everything as of {@code today}.
     */
    public void export(Kind kind, Integer year, LocalDate today, Format format, OutputStream out) throws IOException {
        if (format == Format.GEOJSON && !kind.hasGeometry()) {
            throw new IllegalArgumentException("geojson is for countries, cables and zones; " + kind.id() + " have no geometry");
        }
        if (kind == Kind.SOURCES && year != null) throw new IllegalArgumentException("sources have no year; leave out --year");
        ExportTable t = table(kind, year, today);
        LocalDate asOf = year == null ? today : LocalDate.of(year, 12, 31);
        switch (format) {
            case CSV -> ExportWriter.csv(t, out);
            case JSON -> ExportWriter.json(t, asOf, year, out);
            case GEOJSON -> ExportWriter.geojson(t, asOf, year, out);
        }
    }

    ExportTable table(Kind kind, Integer year, LocalDate today) {
        LocalDate day = year == null ? today : LocalDate.of(year, 12, 31);
        return switch (kind) {
            case COUNTRIES -> countries(day);
            case CABLES -> cables(year);
            case ZONES -> zones(year, today);
            case EVENTS -> events(year);
            case FIGURES -> figures(year);
            case SOURCES -> sources();
        };
    }

    private ExportTable countries(LocalDate day) {
        ExportTable t = new ExportTable("countries", true, "iso3", "iso2", "name_en", "name_zh", "sco_status", "sco_since",
                "asean_status", "asean_since", "capital_lat", "capital_lon", "confidence", "source", "source_url");
        for (Country c : ds.countries()) {
            Membership sco = spell(c, Organisation.SCO, day), asean = spell(c, Organisation.ASEAN, day);
            List<String> src = new ArrayList<>(c.sources());
            // The weakest confidence of the spells shown: a row is no surer than its least sure status.
            Confidence confidence = null;
            for (Membership m : new Membership[] {sco, asean}) {
                if (m == null) continue;
                src.addAll(m.sources());
                if (m.confidence() != null && (confidence == null || m.confidence().ordinal() > confidence.ordinal())) confidence = m.confidence();
            }
            t.add(new Object[] {c.iso3(), c.iso2(), c.nameEn(), c.nameZh(),
                    c.statusOn(Organisation.SCO, day).id(), sco == null ? null : sco.start().toString(),
                    c.statusOn(Organisation.ASEAN, day).id(), asean == null ? null : asean.start().toString(),
                    c.capital() == null ? null : c.capital().lat(), c.capital() == null ? null : c.capital().lon(),
                    confidence == null ? null : confidence.id(), labels(src), urls(src)}, c.capital(), null);
        }
        return t;
    }

    private static Membership spell(Country c, Organisation org, LocalDate day) {
        for (Membership m : c.memberships()) if (m.organisation() == org && m.holdsOn(day)) return m;
        return null;
    }

    private ExportTable cables(Integer year) {
        ExportTable t = new ExportTable("cables", true, "id", "name", "kind", "status", "rfs", "rfs_year", "length_km", "countries",
                "owners", "landing_points", "route_precision", "confidence", "source", "source_url");
        for (Cable c : ds.cables()) {
            if (year != null && !c.inServiceBy(year)) continue;
            t.add(new Object[] {c.id(), c.name(), c.kind().id(), c.status().id(),
                    c.rfs() == null ? null : c.rfs().toString(), c.rfs() == null ? null : c.rfs().year(), c.lengthKm(),
                    new ExportTable.IdList(c.countries()), new ExportTable.TextList(c.owners()),
                    new ExportTable.TextList(c.landingPoints().stream().map(PackExporter::landing).toList()),
                    c.routePrecision().id(), c.confidence() == null ? null : c.confidence().id(),
                    labels(c.sources()), urls(c.sources())}, null, c.route());
        }
        return t;
    }

    private static String landing(LandingPoint p) {
        return p.iso3() == null ? p.name() : p.name() + " (" + p.iso3() + ")";
    }

    private ExportTable zones(Integer year, LocalDate today) {
        ExportTable t = new ExportTable("zones", true, "id", "name_en", "name_zh", "kind", "city", "province", "iso3", "lat", "lon",
                "approved", "batch", "revoked", "status", "confidence", "source", "source_url");
        for (Zone z : ds.zones()) {
            if (year != null && !z.standsAt(year)) continue;
            t.add(new Object[] {z.id(), z.nameEn(), z.nameZh(), z.kind().id(), z.city(), z.province(), z.iso3(),
                    z.location() == null ? null : z.location().lat(), z.location() == null ? null : z.location().lon(),
                    str(z.approved()), z.batch(), str(z.revoked()), year == null ? statusOn(z, today) : "active",
                    z.confidence() == null ? null : z.confidence().id(), labels(z.sources()), urls(z.sources())}, z.location(), null);
        }
        return t;
    }

    /** A zone's standing on a day; "unknown" when the pack gives no approval date. */
    static String statusOn(Zone z, LocalDate day) {
        if (z.revoked() != null && !z.revoked().start().isAfter(day)) return "revoked";
        if (z.approved() == null) return "unknown";
        return z.approved().start().isAfter(day) ? "not_yet" : "active";
    }

    private ExportTable events(Integer year) {
        ExportTable t = new ExportTable("events", false, "id", "date", "title", "category", "countries", "related_ids",
                "description", "confidence", "source", "source_url");
        for (Event e : ds.events()) {
            if (year != null && !e.date().byEndOf(year)) continue;
            t.add(new Object[] {e.id(), e.date().toString(), e.title(), e.category().id(), new ExportTable.IdList(e.countries()),
                    new ExportTable.IdList(e.relatedIds()), e.description(), e.confidence() == null ? null : e.confidence().id(),
                    labels(e.sources()), urls(e.sources())}, null, null);
        }
        return t;
    }

    private ExportTable figures(Integer year) {
        ExportTable t = new ExportTable("figures", false, "indicator", "indicator_name", "unit", "geography", "year", "value",
                "value_text", "dataset_version", "confidence", "note", "source", "source_url");
        Map<String, Indicator> byId = ds.indicators().stream().collect(Collectors.toMap(Indicator::id, Function.identity(), (a, b) -> a));
        for (FigureValue f : ds.figures()) {
            if (year != null && !year.equals(f.year())) continue;
            Indicator i = byId.get(f.indicator());
            t.add(new Object[] {f.indicator(), i == null ? null : i.nameEn(), i == null ? null : i.unit(), f.geography(), f.year(),
                    f.value(), f.valueText(), f.datasetVersion(), f.confidence() == null ? null : f.confidence().id(), f.note(),
                    labels(f.sources()), urls(f.sources())}, null, null);
        }
        return t;
    }

    private ExportTable sources() {
        ExportTable t = new ExportTable("sources", false, "id", "title", "publisher", "date", "url", "note");
        for (Source s : ds.sources()) t.add(new Object[] {s.id(), s.title(), s.publisher(), s.date(), s.url(), s.note()}, null, null);
        return t;
    }

    private static String str(PartialDate d) { return d == null ? null : d.toString(); }

    /** Readable labels of the sources, each once; an id the pack cannot resolve is shown as it is. */
    private ExportTable.TextList labels(List<String> ids) {
        Set<String> out = new LinkedHashSet<>();
        for (String id : ids) out.add(ds.source(id).map(Source::label).orElse(id));
        return new ExportTable.TextList(List.copyOf(out));
    }

    private ExportTable.TextList urls(List<String> ids) {
        Set<String> out = new LinkedHashSet<>();
        for (String id : ids) ds.source(id).map(Source::url).filter(u -> !u.isBlank()).ifPresent(out::add);
        return new ExportTable.TextList(List.copyOf(out));
    }
}
