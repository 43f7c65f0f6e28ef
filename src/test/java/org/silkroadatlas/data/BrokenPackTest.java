package org.silkroadatlas.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.silkroadatlas.model.Dataset;
import org.silkroadatlas.model.Problem;

/** One small broken pack per case: the loader must name the problem, its file, line and column. */
class BrokenPackTest {
    @TempDir Path dir;

    static Stream<Arguments> cases() {
        return Stream.of(
            c("JSON syntax: missing comma", "zones.json", "\"city\": \"Tianjin\", \"province\"", "\"city\": \"Tianjin\" \"province\"", "zones.json:5:109: -: invalid JSON: Unexpected character ('\"' (code 34)): was expecting comma to separate Object entries"),
            c("wrong type: number as string", "countries.json", "\"lat\": 39.9", "\"lat\": \"39.9\"", "countries.json:4:91: capital.lat: expected a number, found a string \"39.9\""),
            c("wrong type: object for a list", "events.json", "\"countries\": [\"CHN\", \"PAK\"]", "\"countries\": {\"a\": 1}", "events.json:4:139: countries: expected an array of strings, found an object"),
            c("wrong type: whole number expected", "figures.json", "\"year\": 2023, \"value\": 77.5", "\"year\": 2023.5, \"value\": 77.5", "figures.json:4:69: year: expected a whole number, found a number 2023.5"),
            c("missing required field", "cables.json", "\"kind\": \"submarine\", \"status\": \"planned\"", "\"status\": \"planned\"", "cables.json:6:5: kind: missing required field"),
            c("required field null", "zones.json", "\"name_en\": \"Tianjin\"", "\"name_en\": null", "zones.json:5:36: name_en: required, must not be null"),
            c("required field empty", "events.json", "\"title\": \"SCO merges observers and dialogue partners\"", "\"title\": \"  \"", "events.json:5:57: title: must not be empty"),
            c("latitude out of range", "countries.json", "\"lat\": 47.9", "\"lat\": 147.9", "countries.json:6:94: capital.lat: latitude must be within -90..90, found 147.9"),
            c("longitude out of range", "zones.json", "\"lon\": 120.15", "\"lon\": 200.15", "zones.json:4:172: lon: longitude must be within -180..180, found 200.15"),
            c("latitude without longitude", "zones.json", "\"lat\": 39.13, \"lon\": 117.2", "\"lat\": 39.13, \"lon\": null", "zones.json:5:169: lon: latitude given without longitude; the point is left out"),
            c("route point swapped", "cables.json", "[33.6, 73.05]", "[133.6, 73.05]", "cables.json:4:319: route[0]: a polyline needs at least 2 valid points, found 1; left out",
                "cables.json:4:336: route[0][1]: latitude must be within -90..90, found 133.6 (pairs are [lat, lon])"),
            c("route point not a pair", "cables.json", "[12.0, 45.0], [43.3, 5.4]", "[12.0, 45.0], [43.3]", "cables.json:5:236: route[1]: a polyline needs at least 2 valid points, found 1; left out",
                "cables.json:5:251: route[1][1]: expected a [lat, lon] pair, found 1 numbers"),
            c("year before 1900", "events.json", "\"date\": \"2025-09-01\"", "\"date\": \"1850\"", "events.json:5:34: date: year must be within 1900..2100, found 1850"),
            c("figure year after 2100", "figures.json", "\"year\": 2023, \"value\": null", "\"year\": 3023, \"value\": null", "figures.json:5:71: year: must be within 1900..2100, found 3023"),
            c("impossible date", "zones.json", "\"approved\": \"2016-01\"", "\"approved\": \"2016-13\"", "zones.json:5:211: approved: not a valid date: \"2016-13\" (month out of range: 13)"),
            c("date in another form", "cables.json", "\"rfs\": \"2022\"", "\"rfs\": \"March 2022\"", "cables.json:5:96: rfs: expected a date as YYYY, YYYY-MM, YYYY-Qn or YYYY-MM-DD, found \"March 2022\""),
            c("length not positive", "cables.json", "\"length_km\": 820", "\"length_km\": -820", "cables.json:4:153: length_km: must be greater than 0, found -820"),
            c("batch out of range", "zones.json", "\"batch\": 2", "\"batch\": 0", "zones.json:5:231: batch: must be within 1..99, found 0"),
            c("unknown enum value", "cables.json", "\"status\": \"planned\"", "\"status\": \"active\"", "cables.json:6:81: status: expected one of in_service, planned, under_construction, not_interconnected, feasibility, unknown, found \"active\""),
            c("unknown confidence", "events.json", "\"confidence\": \"high\"}\n  ]", "\"confidence\": \"certain\"}\n  ]", "events.json:5:263: confidence: expected one of high, medium, low, found \"certain\""),
            c("unknown membership status", "countries.json", "\"status\": \"observer\", \"start\": \"2004\"", "\"status\": \"guest\", \"start\": \"2004\"", "countries.json:6:189: memberships[0].status: expected one of member, partner, observer, dialogue_partner, found \"guest\""),
            c("duplicate id across kinds", "zones.json", "\"id\": \"SRE-SH\"", "\"id\": \"peace\"", "zones.json:7:5: id: duplicate id \"peace\" (already used at cables.json:5; ids are unique across countries, cables, zones and events); this record is left out"),
            c("duplicate country", "countries.json", "\"iso3\": \"TLS\", \"iso2\": \"TL\"", "\"iso3\": \"CHN\", \"iso2\": \"CN\"", "countries.json:8:5: iso3: duplicate id \"CHN\" (already used at countries.json:4; ids are unique across countries, cables, zones and events); this record is left out"),
            c("duplicate source id", "sources.json", "\"id\": \"src-tg\"", "\"id\": \"src-sco\"", "sources.json:7:5: id: duplicate id \"src-sco\"; this record is left out",
                "cables.json:5:310: sources[0]: unknown source \"src-tg\": no such id in sources.json",
                "cables.json:6:313: sources[0]: unknown source \"src-tg\": no such id in sources.json"),
            c("unknown source reference", "zones.json", "\"batch\": 2, \"revoked\": null, \"sources\": [\"src-mofcom\"]", "\"batch\": 2, \"revoked\": null, \"sources\": [\"src-mofcon\"]", "zones.json:5:263: sources[0]: unknown source \"src-mofcon\": no such id in sources.json"),
            c("unknown ISO3 code", "cables.json", "\"countries\": [\"SGP\", \"FRA\"]", "\"countries\": [\"SGP\", \"FRX\"]", "cables.json:6:150: countries[1]: unknown ISO 3166 alpha-3 code \"FRX\""),
            c("unknown country id", "countries.json", "\"iso3\": \"TLS\"", "\"iso3\": \"TMP\"", "countries.json:8:14: iso3: unknown ISO 3166 alpha-3 code \"TMP\""),
            c("iso2 does not match", "countries.json", "\"iso2\": \"MN\"", "\"iso2\": \"MG\"", "countries.json:6:29: iso2: \"MG\" is not the alpha-2 code of MNG (MN)"),
            c("unknown related id", "events.json", "\"related_ids\": [\"ev-khunjerab\"]", "\"related_ids\": [\"ev-khunjerab\", \"CBEC-9-99\"]", "events.json:5:203: related_ids[1]: unknown zone, cable, event or country \"CBEC-9-99\": no such id in zones.json, cables.json, events.json or countries.json"),
            c("unknown indicator", "figures.json", "\"indicator\": \"internet_users_pct\", \"geography\": \"ASEAN\"", "\"indicator\": \"internet_user_pct\", \"geography\": \"ASEAN\"", "figures.json:5:19: indicator: unknown indicator \"internet_user_pct\": no such id in indicators.json"),
            c("unknown geography", "figures.json", "\"geography\": \"CHN\"", "\"geography\": \"CHI\"", "figures.json:4:54: geography: unknown geography \"CHI\": neither an ISO 3166 alpha-3 code nor a group (EUU, SCO, WLD)"),
            c("figure without value", "figures.json", "\"value_text\": \">70\"", "\"value_text\": null", "figures.json:5:86: value: no value: a figure needs a number in value or the stated text in value_text"),
            c("record without source", "cables.json", "\"sources\": [\"src-mofcom\"]", "\"sources\": []", "cables.json:4:396: sources: no source: every record must name at least one source id"),
            c("spell ends before it starts", "countries.json", "\"end\": \"2017-06-09\"", "\"end\": \"2001-06-09\"", "countries.json:5:227: memberships[0].end: ends (2001-06-09) before it starts (2005-07-05)"),
            c("overlapping spells", "countries.json", "\"end\": \"2025-09-01\"", "\"end\": null", "countries.json:6:154: memberships: two SCO spells overlap: observer from 2004 and partner from 2025-09-01"),
            c("revoked before approved", "zones.json", "\"revoked\": \"2025-04\"", "\"revoked\": \"2017-04\"", "zones.json:6:242: revoked: revoked (2017-04) before it was approved (2018-07)"),
            c("unknown field is a warning", "zones.json", "\"location_note\": \"no point\"", "\"location_note\": \"no point\", \"colour\": \"red\"", "zones.json:7:255: colour: warning: unknown field, ignored"),
            c("duplicate field", "sources.json", "\"date\": \"2024\"", "\"date\": \"2024\", \"date\": \"2023\"", "sources.json:5:103: date: duplicate field; the last value is used"),
            c("record is not an object", "events.json", "\"events\": [", "\"events\": [\"ev-0\",", "events.json:3:14: events[0]: expected a record (a JSON object), found a string \"ev-0\""),
            c("wrong format", "indicators.json", "\"format\": \"dsr-atlas/1\"", "\"format\": \"dsr-atlas/2\"", "indicators.json:2:13: format: unsupported format \"dsr-atlas/2\", expected \"dsr-atlas/1\""),
            c("missing format", "indicators.json", "\"format\": \"dsr-atlas/1\",", "", "indicators.json:1:1: format: missing required field (expected \"dsr-atlas/1\")"),
            c("missing array", "figures.json", "\"figures\": [", "\"figure\": [", "figures.json:1:1: figures: missing required field: the array of figures",
                "figures.json:3:13: figure: warning: unknown field, ignored"),
            c("root is not an object", "figures.json", "{\n  \"format\": \"dsr-atlas/1\",\n  \"figures\": [", "[\n  \"format\", \"dsr-atlas/1\",\n  [", "figures.json:1:1: -: expected a JSON object with \"format\" and \"figures\", found an array"),
            c("content after the end", "zones.json", "  ]\n}\n", "  ]\n}\n{}\n", "zones.json:10:1: -: unexpected content after the end of the JSON object"),
            c("source with nothing to show", "sources.json", "\"title\": null, \"publisher\": null, \"date\": null, \"url\": \"https://www.submarinecablemap.com/\"", "\"title\": null, \"publisher\": null, \"date\": null, \"url\": null", "sources.json:7:5: title: a source needs at least a title, a publisher or a url"),
            c("unterminated string", "events.json", "\"description\": \"820 km\"", "\"description\": \"820 km", "events.json:4:214: -: invalid JSON: Unexpected character ('s' (code 115)): was expecting comma to separate Object entries")
        );
    }

    private static Arguments c(String what, String file, String from, String to, String... expected) {
        return Arguments.of(what, file, from, to, List.of(expected));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsTheProblemWhereItIs(String what, String file, String from, String to, List<String> expected) {
        Dataset ds = new PackLoader().load(TestPacks.writeWith(dir, file, from, to));
        List<String> lines = ds.problems().stream().map(Problem::toString).toList();
        assertThat(lines).containsExactlyElementsOf(expected);
    }
}
