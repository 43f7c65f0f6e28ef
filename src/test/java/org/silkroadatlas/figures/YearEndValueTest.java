package org.silkroadatlas.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.silkroadatlas.data.PackLoader;

/** Where the pack holds two values in one year, the chart shows the one that stood at the year's end. */
class YearEndValueTest {
    private final FigureIndex index = new FigureIndex(new PackLoader().load(Path.of(System.getProperty("atlas.data.dir", "data"))));

    @Test
    void pilotZonesAtTheEndOf2022Were165Not132() {
        assertThat(index.all("cbec_comprehensive_pilot_zones_cumulative", "CHN").get(2022)).hasSize(2);
        assertThat(index.value("cbec_comprehensive_pilot_zones_cumulative", "CHN", 2022).value()).isEqualTo(165.0);
        assertThat(index.numbers("cbec_comprehensive_pilot_zones_cumulative", "CHN").get(2022)).isEqualTo(165.0);
    }
}
