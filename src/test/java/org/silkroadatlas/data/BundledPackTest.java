package org.silkroadatlas.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.silkroadatlas.model.Dataset;
import org.silkroadatlas.model.Organisation;
import org.silkroadatlas.model.Problem;
import org.silkroadatlas.model.ZoneKind;

/** The pack the app ships must pass every rule, and answer the questions the issue names. */
class BundledPackTest {
    @Test
    void theBundledPackHasNoProblemsAtAll() throws Exception {
        Dataset ds = new PackLoader().load(DataPaths.bundled());
        assertThat(ds.problems()).extracting(Problem::toString).isEmpty();
        assertThat(ds.countries()).isNotEmpty();
        assertThat(ds.cables()).isNotEmpty();
        // Seven batches, 165 cities by the end of 2022 (MOFCOM 2023-02-23, per the fact base).
        assertThat(ds.zones().stream().filter(z -> z.kind() == ZoneKind.CBEC_PILOT_ZONE && z.standsAt(2022)).count()).isEqualTo(165);
        List<String> members2024 = ds.countries().stream().filter(c -> c.statusAt(Organisation.SCO, 2024).id().equals("member"))
                .map(c -> c.iso3()).sorted().toList();
        assertThat(members2024).containsExactly("BLR", "CHN", "IND", "IRN", "KAZ", "KGZ", "PAK", "RUS", "TJK", "UZB");
    }

    @Test
    void dataPathsPreferThePropertyThenTheWorkingFolder(@TempDir Path tmp) throws Exception {
        String before = System.getProperty(DataPaths.PROPERTY);
        try {
            System.setProperty(DataPaths.PROPERTY, tmp.toString());
            assertThat(DataPaths.bundled()).isEqualTo(tmp.toAbsolutePath().normalize());
            System.setProperty(DataPaths.PROPERTY, tmp.resolve("absent").toString());
            // Under Maven the working folder is the project, whose data/ holds countries.json.
            Path cwdData = Path.of("data").toAbsolutePath().normalize();
            if (Files.isRegularFile(cwdData.resolve("countries.json"))) assertThat(DataPaths.bundled()).isEqualTo(cwdData);
            assertThat(DataPaths.resolve(tmp.toString())).isEqualTo(tmp.toAbsolutePath().normalize());
        } finally {
            if (before == null) System.clearProperty(DataPaths.PROPERTY);
            else System.setProperty(DataPaths.PROPERTY, before);
        }
    }
}
