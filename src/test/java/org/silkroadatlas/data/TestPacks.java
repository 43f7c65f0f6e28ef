package org.silkroadatlas.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small, valid pack written into a folder, one record per line so that tests can name the line
 * of a problem. Tests break one thing in one file and check the loader's words for it.
 */
public final class TestPacks {
    private TestPacks() { }

    public static final String SOURCES = """
            {
              "format": "dsr-atlas/1",
              "sources": [
                {"id": "src-sco", "title": "SCO Secretariat news", "publisher": "SCO", "date": "2025-09-01", "url": "https://eng.sectsco.org/", "note": null},
                {"id": "src-asean", "title": "ASEAN member states", "publisher": "ASEAN", "date": "2024", "url": "https://asean.org/", "note": null},
                {"id": "src-mofcom", "title": "MOFCOM: seven batches, 165 zones", "publisher": "MOFCOM", "date": "2023-02-23", "url": "http://www.mofcom.gov.cn/", "note": null},
                {"id": "src-tg", "title": null, "publisher": null, "date": null, "url": "https://www.submarinecablemap.com/", "note": "snapshot 2021-06"}
              ]
            }
            """;

    public static final String INDICATORS = """
            {
              "format": "dsr-atlas/1",
              "indicators": [
                {"id": "internet_users_pct", "name_en": "Internet users", "name_zh": "互联网用户", "unit": "percent of population", "definition": "ITU", "dataset": "ITU"}
              ]
            }
            """;

    public static final String COUNTRIES = """
            {
              "format": "dsr-atlas/1",
              "countries": [
                {"iso3": "CHN", "iso2": "CN", "name_en": "China", "name_zh": "中国", "capital": {"lat": 39.9, "lon": 116.4}, "sources": ["src-sco"], "memberships": [{"organisation": "sco", "status": "member", "start": "2001-06-15", "end": null, "event": "founding", "sources": ["src-sco"], "confidence": "high", "note": null}, {"organisation": "asean", "status": "dialogue_partner", "start": "1996", "end": null, "event": null, "sources": ["src-asean"], "confidence": "high", "note": null}]},
                {"iso3": "IND", "iso2": "IN", "name_en": "India", "name_zh": "印度", "capital": {"lat": 28.6, "lon": 77.2}, "sources": ["src-sco"], "memberships": [{"organisation": "sco", "status": "observer", "start": "2005-07-05", "end": "2017-06-09", "event": null, "sources": ["src-sco"], "confidence": "medium", "note": null}, {"organisation": "sco", "status": "member", "start": "2017-06-09", "end": null, "event": null, "sources": ["src-sco"], "confidence": "high", "note": null}]},
                {"iso3": "MNG", "iso2": "MN", "name_en": "Mongolia", "name_zh": "蒙古", "capital": {"lat": 47.9, "lon": 106.9}, "sources": ["src-sco"], "memberships": [{"organisation": "sco", "status": "observer", "start": "2004", "end": "2025-09-01", "event": null, "sources": ["src-sco"], "confidence": "high", "note": null}, {"organisation": "sco", "status": "partner", "start": "2025-09-01", "end": null, "event": "Tianjin merger", "sources": ["src-sco"], "confidence": "high", "note": null}]},
                {"iso3": "LAO", "iso2": "LA", "name_en": "Lao PDR", "name_zh": "老挝", "capital": null, "sources": ["src-asean"], "memberships": [{"organisation": "asean", "status": "member", "start": "1997-07-23", "end": null, "event": null, "sources": ["src-asean"], "confidence": "high", "note": null}, {"organisation": "sco", "status": "partner", "start": "2025-09-01", "end": null, "event": null, "sources": ["src-sco"], "confidence": "medium", "note": null}]},
                {"iso3": "TLS", "iso2": "TL", "name_en": "Timor-Leste", "name_zh": "东帝汶", "capital": {"lat": -8.56, "lon": 125.57}, "sources": ["src-asean"], "memberships": [{"organisation": "asean", "status": "member", "start": "2025-10-26", "end": null, "event": null, "sources": ["src-asean"], "confidence": "high", "note": null}]}
              ]
            }
            """;

    public static final String CABLES = """
            {
              "format": "dsr-atlas/1",
              "cables": [
                {"id": "l01-khunjerab", "name": "China-Pakistan fibre, Khunjerab", "kind": "terrestrial", "status": "in_service", "rfs": "2018-07-13", "length_km": 820, "countries": ["CHN", "PAK"], "owners": ["SCO", "China Telecom"], "landing_points": [{"name": "Khunjerab", "iso3": "CHN", "lat": 36.85, "lon": 75.43}], "route": [[[36.85, 75.43], [33.6, 73.05]]], "route_precision": "schematic", "sources": ["src-mofcom"], "confidence": "high", "note": null},
                {"id": "peace", "name": "PEACE Cable", "kind": "submarine", "status": "in_service", "rfs": "2022", "length_km": 15000, "countries": ["PAK", "EGY", "FRA"], "owners": [], "landing_points": [], "route": [[[24.8, 66.9], [12.0, 45.0]], [[12.0, 45.0], [43.3, 5.4]]], "route_precision": "schematic", "sources": ["src-tg"], "confidence": "medium", "note": null},
                {"id": "sea-me-we-6", "name": "SEA-ME-WE 6", "kind": "submarine", "status": "planned", "rfs": "2025-Q1", "length_km": null, "countries": ["SGP", "FRA"], "owners": [], "landing_points": [{"name": "Tuas", "iso3": "SGP", "lat": null, "lon": null}], "route": [], "route_precision": "endpoints_only", "sources": ["src-tg"], "confidence": null, "note": "planned, 2021 snapshot"}
              ]
            }
            """;

    public static final String ZONES = """
            {
              "format": "dsr-atlas/1",
              "zones": [
                {"id": "CBEC-1-01", "name_en": "Hangzhou", "name_zh": "杭州", "kind": "cbec_pilot_zone", "city": "Hangzhou", "province": "Zhejiang", "iso3": "CHN", "lat": 30.27, "lon": 120.15, "location_note": "city centre", "approved": "2015-03", "batch": 1, "revoked": null, "sources": ["src-mofcom"], "confidence": "high", "note": null},
                {"id": "CBEC-2-01", "name_en": "Tianjin", "name_zh": "天津", "kind": "cbec_pilot_zone", "city": "Tianjin", "province": "Tianjin", "iso3": "CHN", "lat": 39.13, "lon": 117.2, "location_note": null, "approved": "2016-01", "batch": 2, "revoked": null, "sources": ["src-mofcom"], "confidence": "high", "note": null},
                {"id": "CBEC-3-05", "name_en": "Haikou", "name_zh": "海口", "kind": "cbec_pilot_zone", "city": "Haikou", "province": "Hainan", "iso3": "CHN", "lat": 20.04, "lon": 110.2, "location_note": null, "approved": "2018-07", "batch": 3, "revoked": "2025-04", "sources": ["src-mofcom"], "confidence": "high", "note": "merged into Hainan island-wide zone"},
                {"id": "SRE-SH", "name_en": "Shanghai Silk Road E-commerce zone", "name_zh": "丝路电商合作先行区", "kind": "silk_road_ecommerce_zone", "city": "Shanghai", "province": "Shanghai", "iso3": "CHN", "lat": null, "lon": null, "location_note": "no point", "approved": "2023-10-17", "batch": null, "revoked": null, "sources": ["src-mofcom"], "confidence": "high", "note": null}
              ]
            }
            """;

    public static final String EVENTS = """
            {
              "format": "dsr-atlas/1",
              "events": [
                {"id": "ev-khunjerab", "date": "2018-07-13", "title": "Khunjerab fibre inaugurated", "category": "infrastructure/cable", "countries": ["CHN", "PAK"], "related_ids": ["l01-khunjerab"], "description": "820 km", "sources": ["src-mofcom"], "confidence": "high"},
                {"id": "ev-tianjin", "date": "2025-09-01", "title": "SCO merges observers and dialogue partners", "category": "organisation/membership", "countries": ["MNG", "LAO"], "related_ids": ["ev-khunjerab"], "description": null, "sources": ["src-sco"], "confidence": "high"}
              ]
            }
            """;

    public static final String FIGURES = """
            {
              "format": "dsr-atlas/1",
              "figures": [
                {"indicator": "internet_users_pct", "geography": "CHN", "year": 2023, "value": 77.5, "value_text": null, "dataset_version": "2024", "sources": ["src-sco"], "confidence": "high", "note": null},
                {"indicator": "internet_users_pct", "geography": "ASEAN", "year": 2023, "value": null, "value_text": ">70", "dataset_version": null, "sources": ["src-asean"], "confidence": "low", "note": null}
              ]
            }
            """;

    public static Map<String, String> goodFiles() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("sources.json", SOURCES);
        m.put("indicators.json", INDICATORS);
        m.put("countries.json", COUNTRIES);
        m.put("cables.json", CABLES);
        m.put("zones.json", ZONES);
        m.put("events.json", EVENTS);
        m.put("figures.json", FIGURES);
        return m;
    }

    /** Writes the good pack into {@code dir} and returns it. */
    public static Path write(Path dir) {
        return write(dir, goodFiles());
    }

    public static Path write(Path dir, Map<String, String> files) {
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, String> e : files.entrySet()) {
                Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The good pack with {@code from} replaced by {@code to} (exactly once) in one file. */
    public static Path writeWith(Path dir, String file, String from, String to) {
        Map<String, String> files = goodFiles();
        String text = files.get(file);
        int at = text.indexOf(from);
        if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new IllegalArgumentException("\"" + from + "\" is not in " + file + " exactly once");
        files.put(file, text.substring(0, at) + to + text.substring(at + from.length()));
        return write(dir, files);
    }
}
