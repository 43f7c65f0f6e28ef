package org.silkroadatlas.data.convert;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Converts the fact base and sources in {@code ../shared} into the data pack files
 * (everything in {@code data/} except the basemap). Same input, same bytes out.
 */
public final class PackConverter {
    /** File name to its rendered text, in the order written. */
    public record Result(Map<String, String> files, String summary, List<String> warnings) { }

    private PackConverter() { }

    public static Result convert(Path shared, Path overridesFile) throws IOException {
        Path facts = shared.resolve("facts");
        Overrides overrides = Overrides.read(overridesFile);
        Gazetteers gaz = Gazetteers.load(shared);
        SourceRegistry sources = new SourceRegistry();

        CountryBuilder countries = new CountryBuilder(gaz, sources);
        countries.readSco(facts.resolve("sco_members.csv"));
        countries.readAsean(facts.resolve("asean_members.csv"));

        ZoneBuilder zoneBuilder = new ZoneBuilder(gaz, sources, overrides);
        List<ObjectNode> zones = zoneBuilder.build(facts.resolve("pilot_zones.csv"));


        FigureBuilder figureBuilder = new FigureBuilder(sources, overrides);
        List<ObjectNode> figures = figureBuilder.build(facts.resolve("figures.csv"));
        List<ObjectNode> indicators = figureBuilder.indicators();

        CableBuilder cableBuilder = new CableBuilder(shared, gaz, sources, overrides, countries.scoCountries, countries.aseanMembers);
        List<ObjectNode> cables = cableBuilder.build();

        java.util.Set<String> cableIds = new java.util.HashSet<>();
        cables.forEach(c -> cableIds.add(c.get("id").asText()));
        EventBuilder eventBuilder = new EventBuilder(sources);
        List<ObjectNode> events = eventBuilder.build(facts.resolve("timeline_events.csv"), zoneBuilder.ids, countries.nonIsoAseanRows,
                cableIds, overrides);
        SigningEvents signings = new SigningEvents(eventBuilder, sources, overrides);
        signings.add(events, facts, SigningEvents.DSR_MOUS);
        signings.add(events, facts, SigningEvents.ECOMMERCE_PARTNERS);
        signings.checkAllTitlesUsed();

        Set<String> iso3s = new TreeSet<>(countries.withStatus());
        iso3s.addAll(zoneBuilder.countries);
        iso3s.addAll(eventBuilder.countries);
        iso3s.addAll(cableBuilder.countries);
        for (String geo : figureBuilder.geographies) {
            for (String part : Csv.split(geo, ";")) if (gaz.isIso3(part)) iso3s.add(part);
        }
        List<ObjectNode> countryRecords = countries.build(iso3s);

        List<ObjectNode> sourceRecords = sources.all().stream().map(s -> {
            ObjectNode n = PackFile.object();
            n.put("id", s.id());
            Nodes.text(n, "title", s.title());
            Nodes.text(n, "publisher", s.publisher());
            Nodes.text(n, "date", s.date());
            Nodes.text(n, "url", s.url());
            Nodes.text(n, "note", s.note());
            return n;
        }).toList();

        Map<String, String> files = new LinkedHashMap<>();
        files.put("sources.json", PackFile.render("sources", sourceRecords));
        files.put("countries.json", PackFile.render("countries", countryRecords));
        files.put("cables.json", PackFile.render("cables", cables));
        files.put("zones.json", PackFile.render("zones", zones));
        files.put("events.json", PackFile.render("events", events));
        files.put("indicators.json", PackFile.render("indicators", indicators));
        files.put("figures.json", PackFile.render("figures", figures));
        String summary = String.format("%d sources, %d countries, %d cables, %d zones, %d events, %d indicators, %d figures",
                sourceRecords.size(), countryRecords.size(), cables.size(), zones.size(), events.size(), indicators.size(), figures.size());
        List<String> notes = new java.util.ArrayList<>(cableBuilder.warnings);
        notes.addAll(signings.notes);
        return new Result(files, summary, List.copyOf(notes));
    }

    public static void write(Result result, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        for (Map.Entry<String, String> f : result.files().entrySet()) {
            Files.writeString(outDir.resolve(f.getKey()), f.getValue(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
