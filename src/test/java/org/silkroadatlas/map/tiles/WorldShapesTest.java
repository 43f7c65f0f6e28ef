package org.silkroadatlas.map.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.silkroadatlas.data.BasemapLoader;

class WorldShapesTest {
    static WorldShapes large;
    static WorldShapes small;

    @BeforeAll
    static void load() throws IOException {
        Path data = Path.of(System.getProperty("atlas.data.dir", "data"));
        large = new WorldShapes(BasemapLoader.load(data, "50m"));
        small = new WorldShapes(BasemapLoader.load(data, "110m"));
    }

    static String codeAt(WorldShapes s, double lat, double lon) {
        int c = s.countryAt(WorldShapes.x(lon), WorldShapes.y(lat));
        return c < 0 ? null : s.iso3(c);
    }

    @Test
    void disputedAreasFollowTheDocumentedBorderView() {
        assertThat(codeAt(large, 45.0, 34.2)).isEqualTo("UKR");     // Simferopol: UN view
        assertThat(codeAt(large, 35.0, 79.5)).isEqualTo("CHN");     // Aksai Chin: de facto
        assertThat(codeAt(large, 27.59, 91.86)).isEqualTo("IND");   // Tawang: de facto
        assertThat(codeAt(large, 34.08, 74.80)).isEqualTo("IND");   // Srinagar
        assertThat(codeAt(large, 35.92, 74.31)).isEqualTo("PAK");   // Gilgit
        assertThat(codeAt(large, 25.03, 121.56)).isEqualTo("TWN");  // Taipei
        assertThat(codeAt(large, 22.40, 114.10)).isEqualTo("HKG");  // New Territories
    }

    @Test
    void pointsFindTheirCountryAndTheSeaFindsNone() {
        assertThat(codeAt(large, 39.9, 116.4)).isEqualTo("CHN");
        assertThat(codeAt(small, 39.9, 116.4)).isEqualTo("CHN");
        assertThat(codeAt(large, 24.86, 67.0)).isEqualTo("PAK");    // Karachi
        assertThat(codeAt(large, 17.97, 102.6)).isEqualTo("LAO");   // Vientiane
        assertThat(codeAt(large, 1.35, 103.82)).isEqualTo("SGP");
        assertThat(codeAt(large, -29.5, 28.2)).isEqualTo("LSO");    // Lesotho, a hole in South Africa
        assertThat(codeAt(large, -26.2, 28.0)).isEqualTo("ZAF");
        assertThat(codeAt(large, 0, -150)).isNull();
        assertThat(codeAt(large, -20, 75)).isNull();
    }

    @Test
    void theIndexReturnsOnlyNearbyRingsAndEveryRingThatOverlaps() {
        double x0 = WorldShapes.x(100), x1 = WorldShapes.x(101), y0 = WorldShapes.y(36), y1 = WorldShapes.y(35);
        int[] found = large.ringsIn(x0, y0, x1, y1);
        assertThat(found.length).isBetween(1, 10);
        for (int r = 0; r < large.ringCount(); r++) {
            double[] b = large.ringBox(r);
            boolean overlaps = b[2] >= x0 && b[0] <= x1 && b[3] >= y0 && b[1] <= y1;
            assertThat(java.util.Arrays.binarySearch(found, r) >= 0).as("ring %d", r).isEqualTo(overlaps);
        }
    }

    @Test
    void simplifyKeepsEndsAndDropsSubTolerancePoints() {
        double[] ring = {0, 0, 0.001, 0, 1, 0, 1, 1, 0.5, 1.0005, 0, 1, 0, 0};
        double[] s = WorldShapes.simplify(ring, 0.01);
        assertThat(s).containsExactly(0, 0, 1, 0, 1, 1, 0.5, 1.0005, 0, 1, 0, 0);
        assertThat(WorldShapes.simplify(new double[] {0, 0, 1e-6, 0, 0, 1e-6, 1e-6, 1e-6, 0, 0}, 0.01)).isNull();
    }
}
