package org.silkroadatlas.data.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The committed {@code data/} is exactly what the converter makes of {@code ../shared}, every time. */
class PackConverterTest {
    private static PackConverter.Result first;

    @BeforeAll
    static void convertOnce() throws IOException {
        first = PackConverter.convert(BundledPack.SHARED, BundledPack.DATA.resolve("overrides.json"));
    }

    @Test
    void committedPackEqualsAFreshConversionOfShared() throws IOException {
        assertThat(first.files().keySet()).containsExactly("sources.json", "countries.json", "cables.json", "zones.json",
                "events.json", "indicators.json", "figures.json");
        for (Map.Entry<String, String> f : first.files().entrySet()) {
            String committed = Files.readString(BundledPack.DATA.resolve(f.getKey()), StandardCharsets.UTF_8);
            assertThat(committed).as("data/%s is stale: run the convert command and commit the result", f.getKey()).isEqualTo(f.getValue());
        }
    }

    @Test
    void conversionIsDeterministic() throws IOException {
        PackConverter.Result second = PackConverter.convert(BundledPack.SHARED, BundledPack.DATA.resolve("overrides.json"));
        assertThat(second.files()).isEqualTo(first.files());
    }

    @Test
    void everyFileHasTheFormatMarkerAndOneRecordPerLine() {
        for (Map.Entry<String, String> f : first.files().entrySet()) {
            String text = f.getValue();
            assertThat(text).startsWith("{\n  \"format\": \"dsr-atlas/1\",\n").endsWith("\n}\n").doesNotContain("\r");
        }
    }

    @Test
    void undatedSigningsAreReportedNotInvented() {
        assertThat(first.warnings()).anySatisfy(w -> assertThat(w).startsWith("dsr_mous.csv row 4 (Turkey, TUR, confidence high): no signed_date"));
        assertThat(first.warnings().stream().filter(w -> w.startsWith("silk_road_ecommerce_partners.csv row ")))
                .hasSize(3).allSatisfy(w -> assertThat(w).contains("not in events.json"));
    }

    @Test
    void cablesFileStaysSmall() {
        assertThat(first.files().get("cables.json").getBytes(StandardCharsets.UTF_8).length).isLessThan(3_000_000);
    }
}
