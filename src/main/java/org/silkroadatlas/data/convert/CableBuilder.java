package org.silkroadatlas.data.convert;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Cables: the terrestrial links of cross-border-links-asia.csv drawn through their located
 * waypoints, and the submarine cables of the June-2021 TeleGeography snapshot that land in China
 * (with Hong Kong and Macao), an SCO member or partner, or an ASEAN member, updated and extended
 * from submarine_cables_recent.csv. Facts only from TeleGeography (CC BY-NC-SA 3.0); routes from
 * {@link SeaRouter}, never from TeleGeography's geometry.
 */
final class CableBuilder {
    private static final String SNAPSHOT_DAY = "2021-06-28";
    private static final String ROUTE_NOTE = "Route: schematic, drawn by the project's own sea-lane routing between the landing points "
            + "(not TeleGeography's drawing, not a surveyed path).";
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("January", 1), Map.entry("February", 2),
            Map.entry("March", 3), Map.entry("April", 4), Map.entry("May", 5), Map.entry("June", 6), Map.entry("July", 7),
            Map.entry("August", 8), Map.entry("September", 9), Map.entry("October", 10), Map.entry("November", 11), Map.entry("December", 12));

    private final Path shared;
    private final Gazetteers gaz;
    private final SourceRegistry sources;
    private final Overrides overrides;
    private final Set<String> scope = new TreeSet<>();
    private LandMask hongKong;
    final Set<String> countries = new TreeSet<>();
    final List<String> warnings = new ArrayList<>();

    CableBuilder(Path shared, Gazetteers gaz, SourceRegistry sources, Overrides overrides, Set<String> sco, Set<String> aseanMembers) {
        this.shared = shared;
        this.gaz = gaz;
        this.sources = sources;
        this.overrides = overrides;
        scope.addAll(List.of("CHN", "HKG", "MAC"));
        scope.addAll(sco);
        scope.addAll(aseanMembers);
    }

    List<ObjectNode> build() throws IOException {
        List<ObjectNode> out = new ArrayList<>(terrestrial());
        out.addAll(submarine());
        return out;
    }

    // ---------------------------------------------------------------- terrestrial

    private List<ObjectNode> terrestrial() throws IOException {
        Path dir = shared.resolve("sources/terrestrial");
        Map<String, List<Map<String, String>>> waypoints = new LinkedHashMap<>();
        for (Map<String, String> w : Csv.read(dir.resolve("cross-border-links-asia-waypoints.csv"))) {
            waypoints.computeIfAbsent(w.get("link_id"), k -> new ArrayList<>()).add(w);
        }
        Map<String, String> statusOf = new HashMap<>();
        Map<String, String> statusReason = new HashMap<>();
        for (JsonNode e : overrides.list("terrestrial_status")) {
            statusOf.put(e.get("id").asText(), e.get("status").asText());
            statusReason.put(e.get("id").asText(), e.get("reason").asText());
        }
        List<ObjectNode> out = new ArrayList<>();
        for (Map<String, String> r : Csv.read(dir.resolve("cross-border-links-asia.csv"))) {
            String id = r.get("link_id");
            String status = statusOf.get(id);
            if (status == null) throw new IllegalArgumentException("overrides.json terrestrial_status has no entry for " + id);
            ObjectNode c = PackFile.object();
            c.put("id", id);
            c.put("name", r.get("name"));
            c.put("kind", "terrestrial");
            c.put("status", status);
            Nodes.date(c, "rfs", r.get("rfs_year"));
            Nodes.number(c, "length_km", r.get("length_km").isEmpty() ? null : Double.valueOf(r.get("length_km").replace(",", "")));
            List<String> cs = Csv.split(r.get("countries_iso3"), ";");
            for (String iso : cs) if (!gaz.isIso3(iso)) throw new IllegalArgumentException(id + ": not an ISO3 code " + iso);
            countries.addAll(cs);
            Nodes.strings(c, "countries", cs);
            Nodes.strings(c, "owners", Csv.split(r.get("operators_owners"), ";"));
            List<String> src = new ArrayList<>(sources.idsFor(r.get("sources")));
            ArrayNode lps = c.putArray("landing_points");
            List<double[]> located = new ArrayList<>();
            boolean gazetteer = false;
            for (Map<String, String> w : waypoints.getOrDefault(id, List.of())) {
                ObjectNode lp = lps.addObject();
                lp.put("name", w.get("place_as_in_source"));
                List<String> wc = Csv.split(w.get("country_iso3"), ";");
                if (wc.size() == 1) lp.put("iso3", wc.get(0)); else lp.putNull("iso3");
                countries.addAll(wc);
                if (w.get("lat").isEmpty()) { lp.putNull("lat"); lp.putNull("lon"); }
                else {
                    double la = Double.parseDouble(w.get("lat")), lo = Double.parseDouble(w.get("lon"));
                    lp.put("lat", la); lp.put("lon", lo);
                    located.add(new double[] {la, lo});
                    gazetteer = true;
                }
                for (String s : sources.idsFor(w.get("fact_source"))) if (!src.contains(s)) src.add(s);
            }
            if (gazetteer) src.add(CountryBuilder.SRC_GEONAMES);
            ArrayNode route = c.putArray("route");
            String routeNote;
            if (located.size() >= 3) {
                ArrayNode line = route.addArray();
                located.forEach(p -> line.addArray().add(p[0]).add(p[1]));
                c.put("route_precision", "schematic");
                routeNote = "Route: schematic straight lines through the " + located.size() + " located waypoints in the order the sources name them; "
                        + "waypoints without coordinates are skipped. Not a surveyed path.";
            } else if (located.size() == 2) {
                ArrayNode line = route.addArray();
                located.forEach(p -> line.addArray().add(p[0]).add(p[1]));
                c.put("route_precision", "endpoints_only");
                routeNote = "Route: only two located points, joined by a straight line. Not a surveyed path.";
            } else {
                c.put("route_precision", "endpoints_only");
                routeNote = "Route: not drawn, because fewer than two of the places the sources name have coordinates"
                        + (located.size() == 1 ? " (one waypoint is located)." : ".");
            }
            Nodes.strings(c, "sources", src);
            c.putNull("confidence");
            StringBuilder note = new StringBuilder();
            append(note, "Kind as reported", r.get("kind"));
            append(note, "Border crossing as stated", r.get("border_crossing_as_stated"));
            append(note, "Ends as stated", join(r.get("endpoint_a"), r.get("endpoint_b")));
            append(note, "Via as stated", r.get("route_via_as_stated"));
            append(note, "Status as reported", r.get("status_as_reported"));
            append(note, "Status mapping", statusReason.get(id));
            append(note, "Length", r.get("length_note"));
            append(note, "Capacity", r.get("capacity"));
            append(note, "Cost", r.get("cost"));
            append(note, "Notes", r.get("notes"));
            note.append(routeNote);
            c.put("note", note.toString());
            out.add(c);
        }
        return out;
    }

    private static String join(String a, String b) {
        if (a.isEmpty() && b.isEmpty()) return "";
        return (a.isEmpty() ? "(not stated)" : a) + " - " + (b.isEmpty() ? "(not stated)" : b);
    }

    private static void append(StringBuilder sb, String label, String value) {
        if (value == null || value.isBlank()) return;
        String v = value.trim();
        sb.append(label).append(": ").append(v).append(v.endsWith(".") ? " " : ". ");
    }

    // ---------------------------------------------------------------- submarine

    private record Landing(String name, String iso3, Double lat, Double lon) { }

    private List<ObjectNode> submarine() throws IOException {
        Path dir = shared.resolve("sources/submarine-cables");
        Map<String, String> aliases = new HashMap<>();
        for (JsonNode e : overrides.list("country_aliases")) aliases.put(e.get("name").asText(), Overrides.text(e, "iso3"));
        Map<String, String> statusOverride = new HashMap<>();
        Map<String, String> statusReason = new HashMap<>();
        for (JsonNode e : overrides.list("cable_status")) {
            statusOverride.put(e.get("id").asText(), e.get("status").asText());
            statusReason.put(e.get("id").asText(), e.get("reason").asText());
        }
        JsonNode attrs = new ObjectMapper().readTree(dir.resolve("cables-attributes.json").toFile());
        // TeleGeography labels Hong Kong landings "China"; the pack codes them HKG (as the fact base does),
        // judged by Natural Earth's Hong Kong outline, within about 2 km for points on the shore.
        hongKong = LandMask.load(shared.resolve("sources/basemap/world-atlas/countries-50m.json"), "344");
        Set<String> unknownNames = new TreeSet<>();
        // Landing points of the 2021 table by normalised place name and ISO3, for the recent cables.
        Map<String, Landing> landingIndex = new HashMap<>();
        for (Map<String, String> lp : Csv.read(dir.resolve("landing-points.csv"))) {
            String iso = countryCode(lp.get("country"), aliases, unknownNames);
            if (iso == null || "true".equals(lp.get("is_tbd"))) continue;
            String place = placeOf(lp.get("name"), lp.get("country"));
            double la = Double.parseDouble(lp.get("lat")), lo = Double.parseDouble(lp.get("lon"));
            iso = recode(iso, la, lo);
            landingIndex.putIfAbsent(norm(place) + "|" + iso, new Landing(place, iso, la, lo));
        }

        Map<String, ObjectNode> byId = new TreeMap<>();
        Map<String, List<Landing>> landingsById = new HashMap<>();
        Map<String, List<String>> notesById = new HashMap<>();
        Map<String, String> snapshotFile = new HashMap<>();
        for (JsonNode cable : attrs) {
            List<Landing> landings = new ArrayList<>();
            for (JsonNode lp : cable.get("landing_points")) {
                String iso = countryCode(lp.get("country").asText(), aliases, unknownNames);
                boolean tbd = lp.get("is_tbd").asBoolean();
                if (!tbd) iso = recode(iso, lp.get("lat").asDouble(), lp.get("lon").asDouble());
                landings.add(new Landing(placeOf(lp.get("name").asText(), lp.get("country").asText()), iso,
                        tbd ? null : lp.get("lat").asDouble(), tbd ? null : lp.get("lon").asDouble()));
            }
            String id = cable.get("id").asText();
            ObjectNode c = PackFile.object();
            c.put("id", id);
            c.put("name", cable.get("name").asText());
            c.put("kind", "submarine");
            String rfs = rfsOf(cable.get("rfs_raw").asText());
            c.put("status", statusFromSnapshot(rfs));
            Nodes.date(c, "rfs", rfs);
            Nodes.number(c, "length_km", cable.get("length_km").isNull() ? null : cable.get("length_km").asDouble());
            List<String> owners = new ArrayList<>();
            cable.get("owners").forEach(o -> { if (!o.asText().isBlank()) owners.add(o.asText().trim()); });
            Nodes.strings(c, "owners", owners);
            Nodes.strings(c, "sources", List.of("src-telegeography-2021-" + Slugs.slug(id, 70)));
            snapshotFile.put(id, cable.get("file").asText());
            byId.put(id, c);
            landingsById.put(id, landings);
            List<String> notes = new ArrayList<>();
            notes.add("Status derived from the ready-for-service date in TeleGeography's June-2021 snapshot (a past date means in service then); not re-checked since.");
            if (tbdCount(landings) > 0) notes.add(tbdCount(landings) + " landing site(s) marked 'to be determined' by TeleGeography have no coordinates here.");
            notesById.put(id, notes);
        }
        if (!unknownNames.isEmpty()) {
            throw new IllegalArgumentException("TeleGeography country names with no ISO3 code (add country_aliases entries): " + unknownNames);
        }

        Set<String> recentIds = new LinkedHashSet<>();
        for (Map<String, String> r : Csv.read(shared.resolve("facts/submarine_cables_recent.csv"))) {
            String id = r.get("id");
            recentIds.add(id);
            ObjectNode old = byId.get(id);
            List<Landing> previous = landingsById.getOrDefault(id, List.of());
            List<Landing> landings = new ArrayList<>();
            List<String> unlocated = new ArrayList<>();
            for (String lp : Csv.split(r.get("landing_points"), ";")) {
                int colon = lp.lastIndexOf(':');
                String place = lp.substring(0, colon).trim(), iso = lp.substring(colon + 1).trim();
                if (!gaz.isIso3(iso)) throw new IllegalArgumentException(id + ": landing point code is not ISO3: " + lp);
                Landing hit = null;
                for (Landing p : previous) if (p.lat() != null && iso.equals(p.iso3()) && norm(p.name()).equals(norm(place))) hit = p;
                if (hit == null) hit = landingIndex.get(norm(place) + "|" + iso);
                if (hit == null) { landings.add(new Landing(place, iso, null, null)); unlocated.add(place + " (" + iso + ")"); }
                else landings.add(new Landing(place, iso, hit.lat(), hit.lon()));
            }
            ObjectNode c = PackFile.object();
            c.put("id", id);
            c.put("name", r.get("name"));
            c.put("kind", "submarine");
            c.put("status", r.get("status"));
            Nodes.date(c, "rfs", r.get("rfs_date"));
            Nodes.number(c, "length_km", r.get("length_km").isEmpty() ? null : Double.valueOf(r.get("length_km").replace(",", "")));
            Nodes.strings(c, "owners", Csv.split(r.get("owners"), ";"));
            List<String> src = new ArrayList<>(sources.idsFor(r.get("source")));
            if (old != null) old.get("sources").forEach(s -> { if (!src.contains(s.asText())) src.add(s.asText()); });
            Nodes.strings(c, "sources", src);
            Nodes.confidence(c, r.get("confidence"));
            List<String> notes = new ArrayList<>();
            if (!r.get("note").isEmpty()) notes.add(r.get("note"));
            notes.add(old == null ? "Not in the June-2021 TeleGeography snapshot; facts from the early-2024 copy (submarine_cables_recent.csv)."
                    : "Facts updated from submarine_cables_recent.csv (early-2024 TeleGeography copy and later reports) over the June-2021 snapshot.");
            if (!r.get("suppliers").isEmpty()) notes.add("Suppliers: " + r.get("suppliers") + ".");
            if (!unlocated.isEmpty()) notes.add("No coordinates for landing points not found by name in the 2021 landing-point table: " + String.join(", ", unlocated) + ".");
            byId.put(id, c);
            landingsById.put(id, landings);
            notesById.put(id, notes);
        }

        LandMask land = LandMask.load(shared.resolve("sources/basemap/world-atlas/land-50m.json"));
        SeaRouter router = new SeaRouter(land);
        warnings.addAll(router.warnings());
        List<ObjectNode> out = new ArrayList<>();
        for (Map.Entry<String, ObjectNode> e : byId.entrySet()) {
            String id = e.getKey();
            List<Landing> landings = landingsById.get(id);
            boolean inScope = recentIds.contains(id);
            for (Landing l : landings) if (l.iso3() != null && scope.contains(l.iso3())) inScope = true;
            if (!inScope) continue;
            ObjectNode src = e.getValue();
            // Only cables in the pack get a source record for their 2021 snapshot file.
            for (JsonNode s : src.get("sources")) {
                if (!s.asText().startsWith("src-telegeography-2021-")) continue;
                String file = snapshotFile.get(id);
                sources.define(s.asText(), null, "TeleGeography", SNAPSHOT_DAY,
                        "https://github.com/telegeography/www.submarinecablemap.com/blob/85198ba3de4d7e4f2dbd6327cdaad031acc0685f/" + file,
                        "Submarine Cable Map API v2 record, snapshot of 2021-06-28. CC BY-NC-SA 3.0 (attribution TeleGeography, non-commercial, share-alike).");
            }
            ObjectNode c = PackFile.object();
            for (String f : List.of("id", "name", "kind", "status", "rfs", "length_km")) c.set(f, src.get(f));
            if (statusOverride.containsKey(id)) c.put("status", statusOverride.get(id));
            Set<String> cs = new TreeSet<>();
            for (Landing l : landings) if (l.iso3() != null) cs.add(l.iso3());
            countries.addAll(cs);
            Nodes.strings(c, "countries", cs);
            c.set("owners", src.get("owners"));
            ArrayNode lps = c.putArray("landing_points");
            List<double[]> points = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            for (Landing l : landings) {
                ObjectNode lp = lps.addObject();
                lp.put("name", l.name());
                Nodes.text(lp, "iso3", l.iso3());
                if (l.lat() == null) { lp.putNull("lat"); lp.putNull("lon"); continue; }
                lp.put("lat", l.lat()); lp.put("lon", l.lon());
                if (seen.add(Nodes.round5(l.lat()) + "," + Nodes.round5(l.lon()))) points.add(new double[] {l.lat(), l.lon()});
            }
            List<String> notes = new ArrayList<>(notesById.get(id));
            if (statusReason.containsKey(id)) notes.add("Status set to " + statusOverride.get(id) + ": " + statusReason.get(id));
            ArrayNode route = c.putArray("route");
            if (points.size() < 2) {
                c.put("route_precision", "endpoints_only");
                notes.add("Route: not drawn, because fewer than two landing points have coordinates.");
            } else {
                SeaRouter.Routed routed = router.route(points);
                for (List<double[]> line : routed.polylines()) {
                    ArrayNode l = route.addArray();
                    for (double[] p : line) l.addArray().add(p[0]).add(p[1]);
                }
                if (routed.polylines().isEmpty()) {
                    c.put("route_precision", "endpoints_only");
                    notes.add("Route: not drawn, because the sea routing could join none of the landing points (all inland or in separate seas).");
                } else {
                    c.put("route_precision", "schematic");
                    notes.add(ROUTE_NOTE);
                }
                if (!routed.unreached().isEmpty()) {
                    List<String> names = new ArrayList<>();
                    for (int i : routed.unreached()) names.add(Nodes.round5(points.get(i)[0]) + "," + Nodes.round5(points.get(i)[1]));
                    notes.add("Landing points the sea routing could not join (inland or in a separate sea): " + String.join("; ", names) + ".");
                    warnings.add(id + ": unreached " + names);
                }
            }
            c.set("sources", src.get("sources"));
            c.set("confidence", src.has("confidence") ? src.get("confidence") : c.nullNode());
            c.put("note", String.join(" ", notes));
            out.add(c);
        }
        return out;
    }

    private String recode(String iso, double lat, double lon) {
        if (!"CHN".equals(iso)) return iso;
        for (double dLat = -0.02; dLat <= 0.021; dLat += 0.02) {
            for (double dLon = -0.02; dLon <= 0.021; dLon += 0.02) if (hongKong.isLand(lat + dLat, lon + dLon)) return "HKG";
        }
        return iso;
    }

    private static int tbdCount(List<Landing> landings) {
        int n = 0;
        for (Landing l : landings) if (l.lat() == null) n++;
        return n;
    }

    private String countryCode(String teleGeographyName, Map<String, String> aliases, Set<String> unknown) {
        if (aliases.containsKey(teleGeographyName)) return aliases.get(teleGeographyName);
        String iso = gaz.iso3ByEnglishName.get(teleGeographyName.toLowerCase(Locale.ROOT));
        if (iso == null) unknown.add(teleGeographyName);
        return iso;
    }

    private static String placeOf(String fullName, String country) {
        String suffix = ", " + country;
        return fullName.endsWith(suffix) ? fullName.substring(0, fullName.length() - suffix.length()) : fullName;
    }

    private static String norm(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
    }

    /** "2021 Q4" to "2021-Q4", "2017 June" to "2017-06", "2016" stays, "n.a." to null. */
    static String rfsOf(String raw) {
        String s = raw.trim();
        if (s.matches("\\d{4}")) return s;
        if (s.matches("\\d{4} Q[1-4]")) return s.substring(0, 4) + "-" + s.substring(5);
        String[] p = s.split(" ");
        if (p.length == 2 && p[0].matches("\\d{4}") && MONTHS.containsKey(p[1])) return String.format("%s-%02d", p[0], MONTHS.get(p[1]));
        return null;
    }

    /** In service if ready before the snapshot day, planned if after, unknown if the RFS cannot tell. */
    static String statusFromSnapshot(String rfs) {
        if (rfs == null) return "unknown";
        org.silkroadatlas.model.PartialDate d = org.silkroadatlas.model.PartialDate.parse(rfs);
        java.time.LocalDate snap = java.time.LocalDate.parse(SNAPSHOT_DAY);
        if (d.end().isBefore(snap)) return "in_service";
        if (d.start().isAfter(snap)) return "planned";
        return "unknown";
    }
}
