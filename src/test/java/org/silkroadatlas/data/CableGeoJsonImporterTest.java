package org.silkroadatlas.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.silkroadatlas.model.Cable;
import org.silkroadatlas.model.CableKind;
import org.silkroadatlas.model.CableStatus;
import org.silkroadatlas.model.GeoPoint;
import org.silkroadatlas.model.Problem;
import org.silkroadatlas.model.RoutePrecision;

class CableGeoJsonImporterTest {
    @TempDir Path dir;

    private static Path shared() {
        return Path.of(System.getProperty("atlas.shared.dir", "../shared"));
    }

    @Test
    void importsTeleGeographysCableFileFromShared() {
        Path file = shared().resolve("sources/submarine-cables/cable-geo.json");
        CableGeoJsonImporter.Result r = new CableGeoJsonImporter().importFile(file, null);
        assertThat(r.problems()).extracting(Problem::toString).isEmpty();
        // 490 features, 484 distinct slugs (SOURCES.md): features of one slug make one cable.
        assertThat(r.cables()).hasSize(484);
        Map<String, Cable> byId = r.cables().stream().collect(Collectors.toMap(Cable::id, Function.identity()));
        Cable globenet = byId.get("import:globenet");
        assertThat(globenet.route().size()).isGreaterThan(1);
        assertThat(r.cables()).allSatisfy(c -> {
            assertThat(c.kind()).isEqualTo(CableKind.SUBMARINE);
            assertThat(c.status()).isEqualTo(CableStatus.UNKNOWN);
            assertThat(c.routePrecision()).isEqualTo(RoutePrecision.SCHEMATIC);
            assertThat(c.sources()).containsExactly("import:cable-geo.json");
            assertThat(c.route()).allSatisfy(line -> assertThat(line).hasSizeGreaterThanOrEqualTo(2));
        });
        assertThat(r.source().title()).isEqualTo("Cable routes imported from cable-geo.json");
        assertThat(r.source().url()).startsWith("file:").endsWith("cable-geo.json");
        // The first feature of the file starts at Portugal's coast: [lon, lat] became (lat, lon).
        GeoPoint first = r.cables().get(0).route().get(0).get(0);
        assertThat(first.lat()).isBetween(39.69, 39.70);
        assertThat(first.lon()).isBetween(-16.20, -16.19);
    }

    @Test
    void theUserMayStateAnotherPrecision() {
        Path file = shared().resolve("sources/submarine-cables/cable-geo.json");
        assertThat(new CableGeoJsonImporter().importFile(file, RoutePrecision.SURVEYED).cables())
                .allSatisfy(c -> assertThat(c.routePrecision()).isEqualTo(RoutePrecision.SURVEYED));
    }

    private CableGeoJsonImporter.Result importText(String text) throws IOException {
        Path f = dir.resolve("mine.geojson");
        Files.writeString(f, text);
        return new CableGeoJsonImporter().importFile(f, null);
    }

    @Test
    void aLineStringWithNameAndABadPoint() throws IOException {
        CableGeoJsonImporter.Result r = importText("""
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {"name": "My cable"}, "geometry": {"type": "LineString", "coordinates": [[100, 1], [200, 2], [101, 2], [102, 3]]}}
                ]}
                """);
        assertThat(r.problems()).extracting(Problem::toString).containsExactly(
                "mine.geojson:2:121: features[0].geometry.coordinates[1]: position [200, 2] is off the globe (GeoJSON is [lon, lat], lon within ±180, lat within ±90); point left out");
        assertThat(r.cables()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo("import:My cable");
            assertThat(c.name()).isEqualTo("My cable");
            assertThat(c.route()).singleElement().asList().hasSize(3);
        });
    }

    @Test
    void pointsAndFeaturesWithoutGeometryAreLeftOutWithAReason() throws IOException {
        CableGeoJsonImporter.Result r = importText("""
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {"slug": "a"}, "geometry": {"type": "Point", "coordinates": [100, 1]}},
                  {"type": "Feature", "properties": {"slug": "b"}},
                  {"type": "Feature", "properties": {}, "geometry": {"type": "MultiLineString", "coordinates": [[[1, 1], [2, 2]], [[3, 3]]]}},
                  {"type": "Feature", "properties": {"slug": "c"}, "geometry": {"type": "LineString", "coordinates": [[[1, 1], [2, 2]]]}}
                ]}
                """);
        assertThat(r.problems()).extracting(Problem::toString).containsExactly(
                "mine.geojson:2:64: features[0].geometry.type: expected LineString or MultiLineString, found \"Point\"; feature left out",
                "mine.geojson:3:3: features[1].geometry: no line geometry; feature left out",
                "mine.geojson:4:3: features[2].properties: no slug, id or name to tell the cable by; named \"feature-2\"",
                "mine.geojson:4:115: features[2].geometry.coordinates[1]: a line needs at least 2 valid positions, found 1; left out",
                "mine.geojson:5:102: features[3].geometry.coordinates: coordinates are not shaped as a LineString ([[lon, lat], ...]); feature left out");
        assertThat(r.cables()).extracting(Cable::id).containsExactly("import:feature-2");
    }

    @Test
    void notGeoJsonAtAll() throws IOException {
        assertThat(importText("{\"type\": \"Topology\", \"objects\": {}}").problems()).extracting(Problem::toString)
                .containsExactly("mine.geojson:1:10: type: expected a GeoJSON FeatureCollection, found type \"Topology\"");
        assertThat(importText("{\"type\": \"FeatureCollection\", \"features\": [").problems()).extracting(Problem::toString)
                .singleElement().asString().isEqualTo("mine.geojson:1:44: -: file ends too early (truncated?): Unexpected end-of-input: expected close marker for Array");
        assertThat(importText("").problems()).extracting(Problem::toString)
                .containsExactly("mine.geojson:0:0: -: empty file: expected a GeoJSON FeatureCollection");
        assertThat(new CableGeoJsonImporter().importFile(dir.resolve("nope.json"), null).problems()).extracting(Problem::toString)
                .containsExactly("nope.json:0:0: -: no such file: " + dir.resolve("nope.json").toAbsolutePath().normalize());
    }
}
