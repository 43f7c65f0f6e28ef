package org.silkroadatlas.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.silkroadatlas.model.Dataset;
import org.silkroadatlas.model.Problem;

/** Whole-file problems: missing, empty, truncated, not UTF-8, too large. The rest of the pack still loads. */
class FileProblemsTest {
    @TempDir Path dir;

    private static List<String> lines(Dataset ds) {
        return ds.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void aMissingFileIsNamedAndTheRestLoads() throws IOException {
        TestPacks.write(dir);
        Files.delete(dir.resolve("events.json"));
        Dataset ds = new PackLoader().load(dir);
        assertThat(lines(ds)).containsExactly("events.json:0:0: -: missing file: the pack has no events.json (looked for "
                + dir.toAbsolutePath().normalize().resolve("events.json") + ")");
        assertThat(ds.zones()).hasSize(4);
    }

    @Test
    void anEmptyFile() throws IOException {
        TestPacks.write(dir);
        Files.write(dir.resolve("zones.json"), new byte[0]);
        assertThat(lines(new PackLoader().load(dir))).containsExactly(
                "zones.json:0:0: -: empty file: expected a JSON object with \"format\" and \"zones\"");
    }

    @Test
    void aFileOfOnlyWhiteSpace() throws IOException {
        TestPacks.write(dir);
        Files.writeString(dir.resolve("zones.json"), " \n\n  \n");
        assertThat(lines(new PackLoader().load(dir))).containsExactly(
                "zones.json:0:0: -: empty file: only white space, expected a JSON object with \"format\" and \"zones\"");
    }

    @Test
    void aTruncatedFileKeepsTheRecordsBeforeTheCut() throws IOException {
        TestPacks.write(dir);
        String zones = TestPacks.ZONES;
        Files.writeString(dir.resolve("zones.json"), zones.substring(0, zones.indexOf("\"name_en\": \"Haikou\"")));
        Dataset ds = new PackLoader().load(dir);
        assertThat(lines(ds)).containsExactly(
                "zones.json:6:25: -: file ends too early (truncated?): Unexpected end-of-input within/between Object entries");
        assertThat(ds.zones()).extracting(z -> z.id()).containsExactly("CBEC-1-01", "CBEC-2-01");
    }

    @Test
    void aSyntaxErrorKeepsTheRecordsBeforeIt() {
        Dataset ds = new PackLoader().load(TestPacks.writeWith(dir, "zones.json", "\"batch\": 3,", "\"batch\": 3,,"));
        assertThat(lines(ds)).hasSize(1).first().asString().startsWith("zones.json:6:");
        assertThat(ds.zones()).extracting(z -> z.id()).containsExactly("CBEC-1-01", "CBEC-2-01");
        assertThat(ds.cables()).hasSize(3);
    }

    @Test
    void aByteThatIsNotUtf8IsNamedWithItsOffset() throws IOException {
        TestPacks.write(dir);
        byte[] good = TestPacks.ZONES.getBytes(StandardCharsets.UTF_8);
        String marker = "\"city\": \"Tianjin\"";
        int at = TestPacks.ZONES.substring(0, TestPacks.ZONES.indexOf(marker)).getBytes(StandardCharsets.UTF_8).length + 9;
        byte[] bad = good.clone();
        bad[at] = (byte) 0xFF;   // the T of "Tianjin", as Latin-1 "ÿ" would be written
        Files.write(dir.resolve("zones.json"), bad);
        Dataset ds = new PackLoader().load(dir);
        String line = TestPacks.ZONES.lines().filter(l -> l.contains("CBEC-2-01")).findFirst().orElseThrow();
        int col = line.indexOf(marker) + 9 + 1;
        assertThat(lines(ds)).containsExactly("zones.json:5:" + col + ": -: not UTF-8: byte 0xFF at byte offset " + at
                + " is not valid UTF-8; save the file as UTF-8");
        assertThat(ds.zones()).extracting(z -> z.id()).containsExactly("CBEC-1-01");
    }

    @Test
    void aUtf16FileIsRefusedRatherThanGuessed() throws IOException {
        TestPacks.write(dir);
        Files.write(dir.resolve("events.json"), TestPacks.EVENTS.getBytes(StandardCharsets.UTF_16LE));
        Dataset ds = new PackLoader().load(dir);
        assertThat(lines(ds)).containsExactly("events.json:1:2: -: not UTF-8: byte 0x00 (NUL) at byte offset 1: "
                + "a UTF-8 JSON file has none (is it UTF-16?); save it as UTF-8");
        assertThat(ds.events()).isEmpty();
    }

    @Test
    void aLatin1FileWithAnAccentIsNotUtf8() throws IOException {
        TestPacks.write(dir);
        String text = TestPacks.SOURCES.replace("SCO Secretariat news", "Secr\u00e9tariat");
        Files.write(dir.resolve("sources.json"), text.getBytes(StandardCharsets.ISO_8859_1));
        List<String> problems = lines(new PackLoader().load(dir));
        assertThat(problems.get(0)).isEqualTo("sources.json:4:37: -: not UTF-8: byte 0xE9 at byte offset 80 is not valid UTF-8; save the file as UTF-8");
    }

    @Test
    void aFileOfHundredsOfMegabytesIsRefusedUnread() throws IOException {
        TestPacks.write(dir);
        // Sparse: the test writes no 300 MB; the loader must not try to read them.
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve("figures.json").toFile(), "rw")) {
            f.setLength(300L * 1024 * 1024);
        }
        long t0 = System.nanoTime();
        Dataset ds = new PackLoader().load(dir);
        assertThat(lines(ds)).containsExactly(
                "figures.json:0:0: -: file too large: 300.0 MB, more than the 64.0 MB a pack file may have; not read");
        assertThat(ds.countries()).hasSize(5);
        assertThat((System.nanoTime() - t0) / 1e9).as("seconds, a sanity bound not a speed target").isLessThan(30);
    }

    @Test
    void aLargeFileUnderTheLimitIsStreamedNotHeld() throws IOException {
        TestPacks.write(dir);
        // 2 MB of one long junk array inside a figures file: streamed record by record, problems capped.
        Path f = dir.resolve("figures.json");
        try (var out = Files.newBufferedWriter(f)) {
            out.write("{\"format\": \"dsr-atlas/1\", \"figures\": [");
            for (int i = 0; i < 200_000; i++) out.write(i == 0 ? "1234567890" : ",123456789");
            out.write("]}");
        }
        Dataset ds = new PackLoader().load(dir);
        assertThat(ds.problems()).hasSize(ProblemLog.MAX_PER_FILE + 1);
        assertThat(ds.problems().get(0).toString()).isEqualTo("figures.json:1:39: figures[0]: expected a record (a JSON object), found a number 1234567890");
        assertThat(ds.problems().get(ProblemLog.MAX_PER_FILE).toString()).isEqualTo(
                "figures.json:0:0: -: and 199000 more problems in this file, not listed (only the first 1000 are)");
    }

    @Test
    void aFolderThatIsNotThere() {
        Path none = dir.resolve("nope");
        assertThat(lines(new PackLoader().load(none))).containsExactly(none.toAbsolutePath().normalize()
                + ":0:0: -: no such folder: a data pack is a folder of JSON files (sources.json, indicators.json, countries.json, cables.json, zones.json, events.json, figures.json)");
    }

    @Test
    void columnsCountCharactersNotBytes() {
        // Chinese names before the bad value: 3 bytes each in UTF-8, one column each for the reader.
        Dataset ds = new PackLoader().load(TestPacks.writeWith(dir, "zones.json", "\"confidence\": \"high\", \"note\": null},\n    {\"id\": \"CBEC-3-05\"",
                "\"confidence\": \"sure\", \"note\": null},\n    {\"id\": \"CBEC-3-05\""));
        String line = TestPacks.ZONES.lines().filter(l -> l.contains("CBEC-2-01")).findFirst().orElseThrow();
        int col = line.indexOf("\"high\"") + 1;
        assertThat(lines(ds)).containsExactly("zones.json:5:" + col + ": confidence: expected one of high, medium, low, found \"sure\"");
    }
}
