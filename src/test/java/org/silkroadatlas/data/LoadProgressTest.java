package org.silkroadatlas.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silkroadatlas.model.Dataset;

/** The pack loader and the cable importer report how far they got and stop when told to. */
class LoadProgressTest {
    private static final Path BUNDLED = Path.of(System.getProperty("atlas.data.dir", "data"));

    private static LoadProgress recording(List<long[]> reports, int cancelAfter) {
        return new LoadProgress() {
            @Override public void progress(long done, long total) { reports.add(new long[] {done, total}); }

            @Override public boolean cancelled() { return cancelAfter >= 0 && reports.size() >= cancelAfter; }
        };
    }

    @Test
    void reportsBytesReadUpToTheWholePack() {
        List<long[]> reports = new ArrayList<>();
        Dataset d = new PackLoader().load(BUNDLED, recording(reports, -1));
        assertThat(d.problems()).isEmpty();
        assertThat(reports).hasSizeGreaterThan(PackLoader.FILES.size());
        long total = reports.get(0)[1];
        assertThat(total).isPositive();
        long last = -1;
        for (long[] r : reports) {
            assertThat(r[1]).isEqualTo(total);
            assertThat(r[0]).isGreaterThanOrEqualTo(last).isLessThanOrEqualTo(total);
            last = r[0];
        }
        assertThat(last).isEqualTo(total);
    }

    @Test
    void stopsPartWayWhenCancelled() {
        List<long[]> reports = new ArrayList<>();
        assertThatThrownBy(() -> new PackLoader().load(BUNDLED, recording(reports, 5))).isInstanceOf(CancellationException.class);
        long[] last = reports.get(reports.size() - 1);
        assertThat(last[0]).isLessThan(last[1]);
        assertThat(reports).hasSize(5);
    }

    @Test
    void anInterruptedThreadStopsTheDefaultLoad() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> new PackLoader().load(BUNDLED)).isInstanceOf(CancellationException.class);
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void theCableImportStopsBetweenFeatures(@TempDir Path dir) throws Exception {
        StringBuilder json = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int i = 0; i < 200; i++) {
            if (i > 0) json.append(',');
            json.append("{\"type\":\"Feature\",\"properties\":{\"id\":\"c").append(i).append("\",\"name\":\"Cable ").append(i)
                    .append("\"},\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[100,1],[101,2]]}}");
        }
        Path file = Files.writeString(dir.resolve("cables.geojson"), json.append("]}").toString());
        AtomicInteger checks = new AtomicInteger();
        LoadProgress cancelSoon = new LoadProgress() {
            @Override public void progress(long done, long total) { }

            @Override public boolean cancelled() { return checks.incrementAndGet() > 3; }
        };
        assertThatThrownBy(() -> new CableGeoJsonImporter().importFile(file, null, cancelSoon)).isInstanceOf(CancellationException.class);
        assertThat(new CableGeoJsonImporter().importFile(file, null, LoadProgress.NONE).cables()).hasSize(200);
    }
}
