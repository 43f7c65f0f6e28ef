package org.silkroadatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.silkroadatlas.data.Csv;
import org.silkroadatlas.data.TestPacks;

/** The command-line face: exit codes, the exact lines, and exports that answer the users' questions. */
class ValidateAndExportCommandTest {
    @TempDir Path dir;

    record Run(int code, String out, String err) { }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void noStackTrace(Run r) {
        assertThat(r.out() + r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void validatePassesAGoodPackWithOneSummaryLine() {
        TestPacks.write(dir);
        Run r = run("validate", "--data", dir.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("ok: " + dir.toAbsolutePath().normalize()
                + ": 5 countries, 3 cables, 4 zones, 2 events, 1 indicators, 2 figures, 4 sources\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void validateFailsWithOneLinePerProblem() {
        TestPacks.writeWith(dir, "zones.json", "\"lon\": 120.15", "\"lon\": 200.15");
        java.nio.file.Path zones = dir.resolve("events.json");
        try { java.nio.file.Files.delete(zones); } catch (java.io.IOException e) { throw new AssertionError(e); }
        Run r = run("validate", "--data", dir.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out().lines()).containsExactly(
                "zones.json:4:172: lon: longitude must be within -180..180, found 200.15",
                "events.json:0:0: -: missing file: the pack has no events.json (looked for " + zones.toAbsolutePath().normalize() + ")");
        assertThat(r.err()).isEqualTo("dsr-explorer validate: " + dir.toAbsolutePath().normalize() + ": 2 problems\n");
        noStackTrace(r);
    }

    @Test
    void validatePassesWithWarningsOnStderr() {
        TestPacks.writeWith(dir, "sources.json", "\"note\": \"snapshot 2021-06\"", "\"note\": \"snapshot 2021-06\", \"licence\": \"CC BY-NC-SA\"");
        Run r = run("validate", "--data", dir.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).endsWith("4 sources (1 warning)\n");
        assertThat(r.err()).startsWith("sources.json:7:").contains("licence: warning: unknown field, ignored");
    }

    @Test
    void validateOfAFolderThatIsNotThere() {
        Run r = run("validate", "--data", dir.resolve("none").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).startsWith(dir.resolve("none").toAbsolutePath().normalize() + ":0:0: -: no such folder");
        noStackTrace(r);
    }

    @Test
    void validateOfBinaryJunkNeverShowsAStackTrace() throws Exception {
        TestPacks.write(dir);
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        for (String f : List.of("countries.json", "cables.json")) java.nio.file.Files.write(dir.resolve(f), junk);
        Run r = run("validate", "--data", dir.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out().lines()).allMatch(l -> l.matches("[a-z]+\\.json:\\d+:\\d+: \\S+: .+"));
        noStackTrace(r);
    }

    @Test
    void wrongArgumentsExitWith2() {
        assertThat(run("validate", "--datum", "x").code()).isEqualTo(2);
        assertThat(run("export").code()).isEqualTo(2);
        assertThat(run("export", "ships").code()).isEqualTo(2);
        assertThat(run("export", "zones", "--format", "xml").code()).isEqualTo(2);
        assertThat(run("export", "events", "--format", "geojson").code()).isEqualTo(2);
        assertThat(run("export", "zones", "--year", "1850").code()).isEqualTo(2);
        Run r = run("export", "zones", "--year", "soon");
        assertThat(r.err()).contains("--year expects a whole number, found \"soon\"");
        noStackTrace(r);
    }

    private List<Map<String, String>> exportCsv(String... args) {
        TestPacks.write(dir);
        String[] full = new String[args.length + 2];
        System.arraycopy(args, 0, full, 0, args.length);
        full[args.length] = "--data";
        full[args.length + 1] = dir.toString();
        Run r = run(full);
        assertThat(r.code()).as(r.err()).isZero();
        return Csv.records(r.out());
    }

    private static List<String> where(List<Map<String, String>> rows, String column, String value, String key) {
        return rows.stream().filter(m -> value.equals(m.get(column))).map(m -> m.get(key)).toList();
    }

    @Test
    void countriesAnswerWhoWasAnScoMemberOrPartnerInAYear() {
        List<Map<String, String>> y2016 = exportCsv("export", "countries", "--year", "2016", "--format", "csv");
        assertThat(y2016.get(0).keySet()).containsSubsequence("iso3", "name_en", "name_zh", "sco_status", "asean_status", "source");
        assertThat(where(y2016, "sco_status", "member", "iso3")).containsExactly("CHN");
        assertThat(where(y2016, "sco_status", "observer", "iso3")).containsExactly("IND", "MNG");
        assertThat(where(y2016, "asean_status", "member", "iso3")).containsExactly("LAO");
        assertThat(where(y2016, "asean_status", "dialogue_partner", "iso3")).containsExactly("CHN");

        List<Map<String, String>> y2025 = exportCsv("export", "countries", "--year", "2025");
        assertThat(where(y2025, "sco_status", "member", "iso3")).containsExactly("CHN", "IND");
        assertThat(where(y2025, "sco_status", "partner", "iso3")).containsExactly("MNG", "LAO");
        assertThat(where(y2025, "sco_status", "observer", "iso3")).isEmpty();
        assertThat(where(y2025, "asean_status", "member", "iso3")).containsExactly("LAO", "TLS");
        assertThat(where(y2025, "iso3", "TLS", "sco_status")).containsExactly("none");
        assertThat(where(y2025, "iso3", "CHN", "source")).containsExactly("SCO Secretariat news; ASEAN member states");
        assertThat(where(y2025, "iso3", "CHN", "name_zh")).containsExactly("中国");
    }

    @Test
    void zonesAnswerHowManyPilotZonesStoodAtTheEndOfAYear() {
        assertThat(where(exportCsv("export", "zones", "--year", "2015"), "kind", "cbec_pilot_zone", "id")).containsExactly("CBEC-1-01");
        assertThat(where(exportCsv("export", "zones", "--year", "2018"), "kind", "cbec_pilot_zone", "id")).hasSize(3);
        List<Map<String, String>> y2025 = exportCsv("export", "zones", "--year", "2025");
        // Haikou was revoked in April 2025: it no longer stood at the end of that year.
        assertThat(where(y2025, "kind", "cbec_pilot_zone", "id")).containsExactly("CBEC-1-01", "CBEC-2-01");
        assertThat(where(y2025, "kind", "silk_road_ecommerce_zone", "id")).containsExactly("SRE-SH");
        assertThat(y2025.get(0).keySet()).containsSubsequence("id", "name_en", "name_zh", "kind", "city", "iso3", "lat", "lon", "approved", "batch", "status", "source");
        assertThat(y2025.get(0)).containsEntry("lat", "30.27").containsEntry("approved", "2015-03").containsEntry("batch", "1")
                .containsEntry("status", "active").containsEntry("source", "MOFCOM: seven batches, 165 zones");
        assertThat(where(y2025, "id", "SRE-SH", "lat")).containsExactly("");
    }

    @Test
    void cablesAnswerWhichWereInService() {
        assertThat(where(exportCsv("export", "cables", "--year", "2017"), "status", "in_service", "id")).isEmpty();
        List<Map<String, String>> y2020 = exportCsv("export", "cables", "--year", "2020");
        assertThat(y2020).extracting(m -> m.get("id")).containsExactly("l01-khunjerab");
        assertThat(y2020.get(0).keySet()).containsSubsequence("id", "name", "kind", "status", "rfs_year", "length_km", "countries", "route_precision", "source");
        assertThat(y2020.get(0)).containsEntry("name", "China-Pakistan fibre, Khunjerab").containsEntry("kind", "terrestrial")
                .containsEntry("rfs_year", "2018").containsEntry("length_km", "820").containsEntry("countries", "CHN;PAK")
                .containsEntry("route_precision", "schematic");
        assertThat(exportCsv("export", "cables", "--year", "2024")).extracting(m -> m.get("id")).containsExactly("l01-khunjerab", "peace");
        List<Map<String, String>> all = exportCsv("export", "cables");
        assertThat(all).extracting(m -> m.get("status")).containsExactly("in_service", "in_service", "planned");
        // A source with no title is shown by its address, never by a bare id.
        assertThat(all.get(1)).containsEntry("source", "https://www.submarinecablemap.com/");
    }

    @Test
    void csvQuotesCommasQuotesAndLineBreaks() {
        TestPacks.writeWith(dir, "events.json", "\"description\": \"820 km\"", "\"description\": \"said \\\"820 km\\\",\\nthen more\"");
        Run r = run("export", "events", "--data", dir.toString());
        assertThat(r.out()).contains("\"said \"\"820 km\"\",\nthen more\"");
        assertThat(Csv.records(r.out()).get(0)).containsEntry("description", "said \"820 km\",\nthen more");
    }

    @Test
    void exportOfAPackWithProblemsStillExportsAndSaysSo() {
        TestPacks.writeWith(dir, "zones.json", "\"lon\": 120.15", "\"lon\": 200.15");
        Run r = run("export", "zones", "--data", dir.toString());
        assertThat(r.code()).isZero();
        assertThat(Csv.records(r.out())).hasSize(4);
        assertThat(r.err()).contains("has 1 problem; exporting its valid records (run validate to list them)");
    }
}
