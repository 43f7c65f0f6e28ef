package org.silkroadatlas.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.silkroadatlas.model.Dataset;
import org.silkroadatlas.model.Problem;

class GoodPackTest {
    @TempDir Path dir;

    @Test
    void aGoodPackLoadsEveryRecordWithoutProblems() {
        Dataset ds = new PackLoader().load(TestPacks.write(dir));
        assertThat(ds.problems()).extracting(Problem::toString).isEmpty();
        assertThat(ds.sources()).hasSize(4);
        assertThat(ds.indicators()).hasSize(1);
        assertThat(ds.countries()).hasSize(5);
        assertThat(ds.cables()).hasSize(3);
        assertThat(ds.zones()).hasSize(4);
        assertThat(ds.events()).hasSize(2);
        assertThat(ds.figures()).hasSize(2);
        assertThat(ds.country("IND").orElseThrow().memberships()).hasSize(2);
        assertThat(ds.cable("peace").orElseThrow().route()).hasSize(2);
    }
}
