package org.silkroadatlas.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silkroadatlas.data.convert.BasemapConverter;
import org.silkroadatlas.model.Basemap;
import org.silkroadatlas.model.CountryShape;

class BasemapLoaderTest {
    static final Path DATA = Path.of(System.getProperty("atlas.data.dir", "data"));
    static final Path SHARED = Path.of(System.getProperty("atlas.shared.dir", "../shared"));

    @Test
    void bundledBasemapsLoadWithEveryCountryAndIso3() throws IOException {
        Basemap small = BasemapLoader.load(DATA, "110m");
        Basemap large = BasemapLoader.load(DATA, "50m");
        assertThat(small.scale()).isEqualTo("110m");
        assertThat(small.countries()).hasSize(177);
        // Vatican and Ashmore and Cartier Is. are single points in the source: no outline to draw.
        assertThat(large.countries()).hasSize(240);
        assertThat(large.countries()).extracting(CountryShape::iso3)
                .contains("CHN", "PAK", "IND", "LAO", "SGP", "HKG", "MAC", "TWN", "KAS", "UKR", "RUS")
                .doesNotHaveDuplicates();
        CountryShape china = large.countries().stream().filter(c -> c.iso3().equals("CHN")).findFirst().orElseThrow();
        assertThat(china.minLon()).isBetween(73.0, 74.0);
        assertThat(china.maxLon()).isBetween(134.0, 135.5);
        assertThat(china.maxLat()).isBetween(53.0, 54.0);
    }

    @Test
    void committedFilesAreWhatTheConverterMakesFromShared(@TempDir Path out) throws IOException {
        BasemapConverter.convert(SHARED, out);
        for (String scale : new String[] {"110m", "50m"}) {
            assertThat(Files.readString(BasemapLoader.file(out, scale)))
                    .as("data/basemap/countries-%s.json is stale: run convert-basemap", scale)
                    .isEqualTo(Files.readString(BasemapLoader.file(DATA, scale)));
        }
    }

    @Test
    void missingFileSaysWhichAndHow(@TempDir Path empty) {
        assertThatThrownBy(() -> BasemapLoader.load(empty, "50m"))
                .isInstanceOf(IOException.class).hasMessageContaining("countries-50m.json").hasMessageContaining("convert");
    }

    @Test
    void malformedFilesStopWithALocatedMessage() {
        assertThat(problem("{\"format\":\"dsr-atlas/1\",\"scale\":\"50m\",\"unit\":0.0001,\"countries\":[\n"
                + "{\"iso3\":\"AAA\",\"rings\":[[1,2,3,4,5]]}]}")).startsWith("t.json:2:").contains("odd number");
        assertThat(problem("{\"format\":\"dsr-atlas/1\",\"scale\":\"50m\",\"unit\":0.0001,\"countries\":[\n"
                + "{\"iso3\":\"AAA\",\"rings\":[[1,2,3,4]]}]}")).contains("at least 3 points");
        assertThat(problem("{\"format\":\"other/9\",\"scale\":\"50m\",\"unit\":0.0001,\"countries\":[]}")).contains("format");
        assertThat(problem("{\"format\":\"dsr-atlas/1\",\"scale\":\"110m\",\"unit\":0.0001,\"countries\":[]}")).contains("expected \"50m\"");
        assertThat(problem("{\"format\":\"dsr-atlas/1\",\"scale\":\"50m\",\"unit\":0.0001,\"countries\":[\n"
                + "{\"iso3\":\"AAA\",\"rings\":[[1,2,3,4.5,6,7]]}]}")).contains("whole numbers");
        assertThat(problem("{\"format\":\"dsr-atlas/1\",\"scale\":\"50m\",\"unit\":0.0001,\"countries\":[\n"
                + "{\"iso3\":\"AAA\",\"rings\":[[1900000,0,1,1,1,1]]}]}")).contains("off the globe");
        assertThat(problem("{\"format\":\"dsr-atlas/1\",\"scale\":\"50m\",\"unit\":0.0001,\"countries\":[\n"
                + "{\"iso3\":\"AAAA\",\"rings\":[[0,0,1,1,1,1]]}]}")).contains("3-letter");
        assertThat(problem("{\"format\":\"dsr-atlas/1\",\"scale\":\"50m\",\"unit\":0.0001,\"countries\":[\n"
                + "{\"iso3\":\"AAA\",\"rings\":[[0,0,1,1,1,1]]}")).contains("t.json:");
        assertThat(problem("")).contains("t.json:");
    }

    private static String problem(String json) {
        try {
            BasemapLoader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.json", "50m");
        } catch (IOException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected a failure for " + json);
    }
}
