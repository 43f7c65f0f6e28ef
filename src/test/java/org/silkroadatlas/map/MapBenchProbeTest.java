package org.silkroadatlas.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.silkroadatlas.model.Cable;
import org.silkroadatlas.model.Dataset;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The probe works and draws what it claims to; its timings are printed, never asserted (issue 8: targets live in the bench). */
class MapBenchProbeTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void syntheticCablesHaveRealisticShapes() {
        Dataset d = MapBenchProbe.syntheticCables(70, 200, 1);
        assertThat(d.cables()).hasSize(70);
        assertThat(d.cables()).allSatisfy(c -> assertThat(c.route().get(0)).hasSize(200));
        long crossing = d.cables().stream().filter(MapBenchProbeTest::crossesAntimeridian).count();
        assertThat(crossing).as("some routes cross the antimeridian").isPositive();
    }

    private static boolean crossesAntimeridian(Cable c) {
        var line = c.route().get(0);
        for (int i = 1; i < line.size(); i++) if (Math.abs(line.get(i).lon() - line.get(i - 1).lon()) > 180) return true;
        return false;
    }

    /** 700 by default; environment MAP_BENCH_CABLES=7000 for a look at ten times as many (not part of the build). */
    private static final int CABLES = System.getenv("MAP_BENCH_CABLES") == null ? 700 : Integer.parseInt(System.getenv("MAP_BENCH_CABLES"));

    @Test
    void measuresAPanStepWithCablesDrawn() throws Exception {
        Dataset d = MapBenchProbe.syntheticCables(CABLES, 200, 7);
        MapBenchProbe.Result r = WaitForAsyncUtils.asyncFx(() -> MapBenchProbe.measurePanStep(d, 1280, 800, 20, 60)).get(60, TimeUnit.SECONDS);
        System.out.printf("map pan step, %d cables x 200 points: median %.2f ms, p95 %.2f ms, %d cables drawn%n",
                CABLES, r.medianNanos() / 1e6, r.p95Nanos() / 1e6, r.cablesDrawn());
        assertThat(r.medianNanos()).isPositive();
        assertThat(r.p95Nanos()).isGreaterThanOrEqualTo(r.medianNanos());
        assertThat(r.cablesDrawn()).as("the default view shows many of them").isGreaterThan(CABLES / 7).isLessThanOrEqualTo(CABLES);
    }

    @Test
    void measuresAYearStepThatRedrawsTheLayers() throws Exception {
        Dataset d = MapBenchProbe.syntheticCables(CABLES, 200, 7);
        int[] redraws = new int[2];
        MapBenchProbe.Result r = WaitForAsyncUtils.asyncFx(() -> {
            var state = new org.silkroadatlas.state.ExplorerState(d);
            MapPanel panel = MapBenchProbe.panelFor(state, 1280, 800);
            redraws[0] = panel.cableLayer().fullRedraws();
            MapBenchProbe.Result result = MapBenchProbe.measureYearStep(panel, state, 5, 20);
            redraws[1] = panel.cableLayer().fullRedraws();
            return result;
        }).get(60, TimeUnit.SECONDS);
        System.out.printf("map year step, %d cables x 200 points: median %.2f ms, p95 %.2f ms%n", CABLES, r.medianNanos() / 1e6, r.p95Nanos() / 1e6);
        assertThat(redraws[1] - redraws[0]).as("every year step redrew the cables").isEqualTo(25);
    }
}
