package org.silkroadatlas.data;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.silkroadatlas.model.Basemap;
import org.silkroadatlas.model.CountryShape;

/** Whatever bytes a basemap file holds, the loader either reads it or says why in an IOException. */
class BasemapLoaderFuzzTest {
    // The pom passes jazzer.max_duration, but this Jazzer reads the annotation; keep the suite short.
    @FuzzTest(maxDuration = "20s")
    void anyInputLoadsOrFailsWithALocatedMessage(byte[] input) {
        try {
            Basemap b = BasemapLoader.read(new ByteArrayInputStream(input), "fuzz.json", null);
            for (CountryShape c : b.countries()) {
                if (c.iso3().length() != 3 || c.rings().isEmpty()) throw new AssertionError("accepted a bad country: " + c.iso3());
                for (float[] ring : c.rings()) if (ring.length < 6 || ring.length % 2 != 0) throw new AssertionError("accepted a bad ring");
            }
        } catch (IOException e) {
            if (e.getMessage() == null || !e.getMessage().startsWith("fuzz.json")) throw new AssertionError("message without location: " + e.getMessage(), e);
        }
    }
}
