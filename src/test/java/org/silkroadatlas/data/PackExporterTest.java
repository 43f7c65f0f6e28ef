package org.silkroadatlas.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.silkroadatlas.model.Dataset;

class PackExporterTest {
    @TempDir Path dir;
    private PackExporter exporter;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @BeforeEach
    void load() {
        Dataset ds = new PackLoader().load(TestPacks.write(dir));
        assertThat(ds.problems()).isEmpty();
        exporter = new PackExporter(ds);
    }

    private String export(PackExporter.Kind kind, Integer year, LocalDate today, PackExporter.Format format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(kind, year, today, format, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void withoutAYearStatusesAreTakenOnTheGivenDay() throws Exception {
        List<Map<String, String>> before = Csv.records(export(PackExporter.Kind.COUNTRIES, null, LocalDate.of(2025, 8, 31), PackExporter.Format.CSV));
        List<Map<String, String>> after = Csv.records(export(PackExporter.Kind.COUNTRIES, null, LocalDate.of(2025, 9, 1), PackExporter.Format.CSV));
        // The Tianjin merger of 1 September 2025 turned observers into partners.
        assertThat(before.stream().filter(m -> m.get("iso3").equals("MNG")).findFirst().orElseThrow()).containsEntry("sco_status", "observer").containsEntry("sco_since", "2004");
        assertThat(after.stream().filter(m -> m.get("iso3").equals("MNG")).findFirst().orElseThrow()).containsEntry("sco_status", "partner").containsEntry("sco_since", "2025-09-01");
    }

    @Test
    void zoneStatusTodayIsActiveRevokedOrNotYet() throws Exception {
        List<Map<String, String>> today = Csv.records(export(PackExporter.Kind.ZONES, null, TODAY, PackExporter.Format.CSV));
        assertThat(today).extracting(m -> m.get("id") + "=" + m.get("status"))
                .containsExactly("CBEC-1-01=active", "CBEC-2-01=active", "CBEC-3-05=revoked", "SRE-SH=active");
        List<Map<String, String>> early = Csv.records(export(PackExporter.Kind.ZONES, null, LocalDate.of(2016, 6, 1), PackExporter.Format.CSV));
        assertThat(early).extracting(m -> m.get("id") + "=" + m.get("status"))
                .containsExactly("CBEC-1-01=active", "CBEC-2-01=active", "CBEC-3-05=not_yet", "SRE-SH=not_yet");
    }

    @Test
    void jsonKeepsTypesAndLists() throws Exception {
        JsonNode root = new ObjectMapper().readTree(export(PackExporter.Kind.CABLES, 2024, TODAY, PackExporter.Format.JSON));
        assertThat(root.get("kind").asText()).isEqualTo("cables");
        assertThat(root.get("as_of").asText()).isEqualTo("2024-12-31");
        assertThat(root.get("count").asInt()).isEqualTo(2);
        JsonNode first = root.get("cables").get(0);
        assertThat(first.get("length_km").isNumber()).isTrue();
        assertThat(first.get("length_km").asDouble()).isEqualTo(820.0);
        assertThat(first.get("countries").isArray()).isTrue();
        assertThat(first.get("countries").get(1).asText()).isEqualTo("PAK");
        assertThat(first.get("source").get(0).asText()).isEqualTo("MOFCOM: seven batches, 165 zones");
        assertThat(root.get("cables").get(1).get("confidence").asText()).isEqualTo("medium");
    }

    @Test
    void geojsonPlacesCablesZonesAndCapitalsAsLonLat() throws Exception {
        ObjectMapper m = new ObjectMapper();
        JsonNode cables = m.readTree(export(PackExporter.Kind.CABLES, null, TODAY, PackExporter.Format.GEOJSON));
        assertThat(cables.get("type").asText()).isEqualTo("FeatureCollection");
        JsonNode peace = cables.get("features").get(1);
        assertThat(peace.get("geometry").get("type").asText()).isEqualTo("MultiLineString");
        assertThat(peace.get("geometry").get("coordinates").size()).isEqualTo(2);
        assertThat(peace.get("geometry").get("coordinates").get(0).get(0).toString()).isEqualTo("[66.9,24.8]");
        assertThat(peace.get("properties").get("id").asText()).isEqualTo("peace");
        // A cable with no route is still listed, with no geometry rather than an invented one.
        assertThat(cables.get("features").get(2).get("geometry").isNull()).isTrue();

        JsonNode zones = m.readTree(export(PackExporter.Kind.ZONES, 2024, TODAY, PackExporter.Format.GEOJSON));
        assertThat(zones.get("features").get(0).get("geometry").toString()).isEqualTo("{\"type\":\"Point\",\"coordinates\":[120.15,30.27]}");
        assertThat(zones.get("features").get(3).get("geometry").isNull()).isTrue();

        JsonNode countries = m.readTree(export(PackExporter.Kind.COUNTRIES, 2024, TODAY, PackExporter.Format.GEOJSON));
        assertThat(countries.get("features").get(0).get("geometry").get("coordinates").toString()).isEqualTo("[116.4,39.9]");
        assertThat(countries.get("features").get(0).get("properties").get("sco_status").asText()).isEqualTo("member");
    }

    @Test
    void figuresOfAYearWithIndicatorNameAndUnit() throws Exception {
        List<Map<String, String>> rows = Csv.records(export(PackExporter.Kind.FIGURES, 2023, TODAY, PackExporter.Format.CSV));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("indicator_name", "Internet users").containsEntry("unit", "percent of population")
                .containsEntry("value", "77.5").containsEntry("source", "SCO Secretariat news");
        assertThat(rows.get(1)).containsEntry("value", "").containsEntry("value_text", ">70");
        assertThat(Csv.records(export(PackExporter.Kind.FIGURES, 2022, TODAY, PackExporter.Format.CSV))).isEmpty();
    }

    @Test
    void sourcesAndEvents() throws Exception {
        List<Map<String, String>> sources = Csv.records(export(PackExporter.Kind.SOURCES, null, TODAY, PackExporter.Format.CSV));
        assertThat(sources).extracting(m -> m.get("id")).containsExactly("src-sco", "src-asean", "src-mofcom", "src-tg");
        List<Map<String, String>> events2020 = Csv.records(export(PackExporter.Kind.EVENTS, 2020, TODAY, PackExporter.Format.CSV));
        assertThat(events2020).extracting(m -> m.get("id")).containsExactly("ev-khunjerab");
        assertThat(events2020.get(0)).containsEntry("related_ids", "l01-khunjerab").containsEntry("countries", "CHN;PAK");
    }

    @Test
    void refusesWhatCannotBeExported() {
        assertThatThrownBy(() -> export(PackExporter.Kind.EVENTS, null, TODAY, PackExporter.Format.GEOJSON))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no geometry");
        assertThatThrownBy(() -> export(PackExporter.Kind.SOURCES, 2020, TODAY, PackExporter.Format.CSV))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sources have no year");
    }
}
