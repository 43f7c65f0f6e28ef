package org.silkroadatlas.data.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Submarine routes in the committed pack stay at sea, except for the coastal approach at a landing. */
class SeaRoutesTest {
    private static LandMask land;

    @BeforeAll
    static void loadLand() throws IOException {
        land = LandMask.load(BundledPack.SHARED.resolve("sources/basemap/world-atlas/land-50m.json"));
    }

    @Test
    void theLandTestSeesLandAndSea() {
        assertThat(land.isLand(30.0, 100.0)).isTrue();   // Sichuan
        assertThat(land.isLand(15.0, 115.0)).isFalse();  // South China Sea
        assertThat(land.isLand(-17.8, 178.0)).isTrue();  // Viti Levu, next to the antimeridian
        assertThat(land.isLand(-16.0, -179.5)).isFalse();
        // A straight line from Singapore to Marseille crosses thousands of kilometres of land.
        assertThat(land.landKm(1.29, 103.85, 43.3, 5.37, SeaRouter.COAST_KM, SeaRouter.COAST_KM)).isGreaterThan(3000);
        assertThat(land.landKm(5.0, 108.0, 10.0, 112.0, 0, 0)).isZero();
    }

    @Test
    void noSubmarineRouteSegmentCrossesLandBeyondTheCoastalApproach() {
        List<String> failures = new ArrayList<>();
        int segments = 0;
        for (JsonNode c : BundledPack.records("cables.json", "cables")) {
            if (!c.get("kind").asText().equals("submarine")) continue;
            for (JsonNode line : c.get("route")) {
                int n = line.size();
                for (int i = 0; i + 1 < n; i++) {
                    double la1 = line.get(i).get(0).asDouble(), lo1 = line.get(i).get(1).asDouble();
                    double la2 = line.get(i + 1).get(0).asDouble(), lo2 = line.get(i + 1).get(1).asDouble();
                    if (SeaRouter.isPassageSegment(la1, lo1, la2, lo2)) continue;
                    double allowStart = i == 0 ? SeaRouter.COAST_KM : 0, allowEnd = i + 2 == n ? SeaRouter.COAST_KM : 0;
                    double km = land.landKm(la1, lo1, la2, lo2, allowStart, allowEnd);
                    segments++;
                    if (km > 0) failures.add(c.get("id").asText() + " " + la1 + "," + lo1 + " -> " + la2 + "," + lo2 + ": " + Math.round(km) + " km on land");
                }
            }
        }
        assertThat(segments).isGreaterThan(1000);
        assertThat(failures).isEmpty();
    }

    @Test
    void routesAreSchematicWithLongitudesWithinRangeAndShortSteps() {
        for (JsonNode c : BundledPack.records("cables.json", "cables")) {
            String kind = c.get("kind").asText();
            if (kind.equals("submarine") && c.get("route").size() > 0) assertThat(c.get("route_precision").asText()).isEqualTo("schematic");
            assertThat(c.get("route_precision").asText()).isNotEqualTo("surveyed");
            for (JsonNode line : c.get("route")) {
                assertThat(line.size()).isGreaterThanOrEqualTo(2);
                for (int i = 0; i < line.size(); i++) {
                    assertThat(line.get(i).get(1).asDouble()).isBetween(-180.0, 180.0);
                    if (i == 0 || !kind.equals("submarine")) continue;
                    double dLon = Math.abs(line.get(i).get(1).asDouble() - line.get(i - 1).get(1).asDouble());
                    if (dLon > 180) dLon = 360 - dLon; // across the antimeridian: the short way round
                    assertThat(dLon).as(c.get("id").asText()).isLessThan(60);
                }
            }
        }
    }

    @Test
    void aTransPacificCableCrossesTheAntimeridianTheShortWay() {
        JsonNode plcn = BundledPack.records("cables.json", "cables").stream()
                .filter(c -> c.get("id").asText().equals("pacific-light-cable-network-plcn")).findFirst().orElseThrow();
        boolean crosses = false;
        for (JsonNode line : plcn.get("route")) {
            for (int i = 1; i < line.size(); i++) {
                if (Math.abs(line.get(i).get(1).asDouble() - line.get(i - 1).get(1).asDouble()) > 180) crosses = true;
            }
        }
        assertThat(crosses).as("PLCN joins Asia and California across the Pacific").isTrue();
    }

    @Test
    void terrestrialLinksAllPresentWithHonestRoutes() {
        List<JsonNode> terrestrial = BundledPack.records("cables.json", "cables").stream()
                .filter(c -> c.get("kind").asText().equals("terrestrial")).toList();
        assertThat(terrestrial).hasSize(23);
        for (JsonNode c : terrestrial) {
            int located = 0;
            for (JsonNode lp : c.get("landing_points")) if (!lp.get("lat").isNull()) located++;
            if (located < 2) {
                assertThat(c.get("route").size()).as(c.get("id").asText()).isZero();
                assertThat(c.get("route_precision").asText()).isEqualTo("endpoints_only");
                assertThat(c.get("note").asText()).contains("Route: not drawn");
            }
        }
    }
}
