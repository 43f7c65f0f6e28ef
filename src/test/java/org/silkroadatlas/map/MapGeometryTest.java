package org.silkroadatlas.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.silkroadatlas.model.Dataset;
import org.silkroadatlas.state.MapViewport;

class MapGeometryTest {

    @Test void mercatorRoundTrips() {
        for (double lat : new double[] {-60, -10, 0, 23.5, 51.5, 80}) {
            assertThat(WebMercator.lat(WebMercator.y(lat))).isCloseTo(lat, within(1e-9));
        }
        assertThat(WebMercator.x(-180)).isZero();
        assertThat(WebMercator.x(180)).isEqualTo(WebMercator.WORLD);
        assertThat(WebMercator.y(0)).isCloseTo(WebMercator.WORLD / 2, within(1e-9));
    }

    @Test void unwrapContinuesAcrossTheAntimeridian() {
        double[] xy = CableGeometry.unwrap(List.of(MapFixtures.p(10, 170), MapFixtures.p(12, -175), MapFixtures.p(14, -160)));
        assertThat(xy[2]).isCloseTo(WebMercator.x(185), within(1e-9));
        assertThat(xy[4]).isCloseTo(WebMercator.x(200), within(1e-9));
        // and westwards: from -170 to 175 is a step of 15 degrees west, not 345 east
        double[] back = CableGeometry.unwrap(List.of(MapFixtures.p(0, -170), MapFixtures.p(0, 175)));
        assertThat(back[2]).isCloseTo(WebMercator.x(-185), within(1e-9));
    }

    @Test void simplifyKeepsEndsAndCorners() {
        double[] line = {0, 0, 1, 0.0001, 2, 0, 3, 5, 4, 0};
        double[] s = CableGeometry.simplify(line, 0.01);
        assertThat(s).containsExactly(0, 0, 2, 0, 3, 5, 4, 0);
        assertThat(CableGeometry.simplify(line, 100)).containsExactly(0, 0, 4, 0);
    }

    @Test void boundsOfEachKindOfId() {
        Dataset d = MapFixtures.dataset();
        GeoBounds pacific = MapPanel.boundsOf(d, "trans-pacific-test").orElseThrow();
        assertThat(pacific.west()).isCloseTo(139.95, within(1e-6));
        assertThat(pacific.east()).as("unwrapped past 180, not spanning the world").isCloseTo(360 - 157.85, within(1e-6));
        assertThat(pacific.south()).isCloseTo(21.3, within(1e-6));
        assertThat(pacific.north()).isCloseTo(35.0, within(1e-6));

        GeoBounds zone = MapPanel.boundsOf(d, "CBEC-1-01").orElseThrow();
        assertThat(zone.isPoint()).isTrue();
        assertThat(zone.centerLat()).isCloseTo(30.28, within(1e-6));

        assertThat(MapPanel.boundsOf(d, "CHN").orElseThrow().centerLon()).isCloseTo(116.4, within(1e-9));
        assertThat(MapPanel.boundsOf(d, "HUB-NOWHERE")).isEmpty();
        assertThat(MapPanel.boundsOf(d, "no-such-id")).isEmpty();

        GeoBounds event = MapPanel.boundsOf(d, "ev-test").orElseThrow();
        assertThat(event.west()).isCloseTo(74.59, within(1e-6));
        assertThat(event.north()).isCloseTo(43.8, within(1e-6));
    }

    @Test void frameFitsTheBoxInTheView() {
        GeoBounds b = new GeoBounds(20, 100, 40, 130);
        MapViewport v = MapPanel.frame(b, 1000, 700);
        double s = WebMercator.scale(v.zoom());
        double wPx = (WebMercator.x(130) - WebMercator.x(100)) * s;
        double hPx = (WebMercator.y(20) - WebMercator.y(40)) * s;
        assertThat(wPx).isLessThanOrEqualTo(1000 - 96 + 1e-6);
        assertThat(hPx).isLessThanOrEqualTo(700 - 96 + 1e-6);
        assertThat(Math.max(wPx / (1000 - 96), hPx / (700 - 96))).isCloseTo(1, within(1e-6));
        assertThat(v.centerLon()).isCloseTo(115, within(1e-9));
        assertThat(MapPanel.frame(GeoBounds.point(30, 120), 1000, 700).zoom()).isEqualTo(6);
    }

    @Test
    void frameNeverShowsTheWorldSmallerThanTheViewNorPastItsEdge() {
        // Cables from Europe across the Pacific: unwrapped they run past 180.
        MapViewport v = MapPanel.frame(new GeoBounds(-35, -10, 60, 240), 1000, 700);
        double s = WebMercator.scale(v.zoom());
        assertThat(WebMercator.WORLD * s).isGreaterThanOrEqualTo(1000 - 1e-6);
        double centreX = WebMercator.x(v.centerLon()) * s;
        assertThat(centreX - 500).as("left edge of the view inside the world").isGreaterThanOrEqualTo(-1e-6);
        assertThat(centreX + 500).as("right edge of the view inside the world").isLessThanOrEqualTo(WebMercator.WORLD * s + 1e-6);
        double centreY = WebMercator.y(v.centerLat()) * s;
        assertThat(centreY - 350).isGreaterThanOrEqualTo(-1e-6);
    }

    @Test void gridClustersGroupNearPointsAndExpandWhenZoomedIn() {
        double[] wx = {WebMercator.x(120.15), WebMercator.x(120.62), WebMercator.x(104.06)};
        double[] wy = {WebMercator.y(30.28), WebMercator.y(31.3), WebMercator.y(30.67)};
        List<ZoneClusters.Cluster> low = ZoneClusters.cluster(wx, wy, 3, 2, ZoneClusters.CELL_PX);
        assertThat(low).extracting(ZoneClusters.Cluster::size).containsExactlyInAnyOrder(2, 1);
        assertThat(ZoneClusters.cluster(wx, wy, 3, ZoneClusters.EXPAND_ZOOM, ZoneClusters.CELL_PX)).hasSize(3);
        int total = ZoneClusters.cluster(wx, wy, 3, 0, ZoneClusters.CELL_PX).stream().mapToInt(ZoneClusters.Cluster::size).sum();
        assertThat(total).isEqualTo(3);
    }
}
