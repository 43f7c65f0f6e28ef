package org.silkroadatlas.data.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silkroadatlas.cli.Cli;
import org.silkroadatlas.model.Source;

/** The converter's small parts, each on its own. */
class ConverterPartsTest {

    @Test
    void sourcesKeepOnlyWhatTheStringStates() {
        SourceRegistry r = new SourceRegistry();
        List<String> ids = r.idsFor("https://tass.com/world/2010381/amp ; Jing Ji Ri Bao 2025-10-23 ; article 'Digital Silk Road' 2024-04-13");
        assertThat(ids).hasSize(3);
        Map<String, Source> byId = new java.util.HashMap<>();
        r.all().forEach(s -> byId.put(s.id(), s));
        Source web = byId.get(ids.get(0));
        assertThat(web.url()).isEqualTo("https://tass.com/world/2010381/amp");
        assertThat(web.publisher()).isEqualTo("tass.com");
        assertThat(web.title()).isNull();
        assertThat(web.date()).isNull();
        Source paper = byId.get(ids.get(1));
        assertThat(paper.publisher()).isEqualTo("Jing Ji Ri Bao");
        assertThat(paper.date()).isEqualTo("2025-10-23");
        assertThat(paper.title()).isNull();
        Source article = byId.get(ids.get(2));
        assertThat(article.title()).isEqualTo("Digital Silk Road");
        assertThat(article.publisher()).isNull();
        assertThat(r.idsFor("Jing Ji Ri Bao 2025-10-23")).containsExactly(ids.get(1));
        assertThat(r.all()).hasSize(3);
    }

    @Test
    void csvHandlesQuotesCommasAndLineBreaks() {
        var rows = Csv.parse("a,b,c\n1,\"x, y\",\"say \"\"hi\"\"\"\n2,\"two\nlines\",\n", ',', "t.csv");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("b", "x, y").containsEntry("c", "say \"hi\"");
        assertThat(rows.get(1)).containsEntry("b", "two\nlines").containsEntry("c", "");
        assertThatThrownBy(() -> Csv.parse("a,b\n1,2,3\n", ',', "bad.csv")).hasMessageContaining("bad.csv").hasMessageContaining("row 2");
        assertThatThrownBy(() -> Csv.parse("a\n\"open\n", ',', "q.csv")).hasMessageContaining("unterminated");
    }

    @Test
    void anOverrideWithoutAReasonIsRefused(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("overrides.json");
        Files.writeString(f, "{\"zone_revocations\": [{\"id\": \"CBEC-3-11\", \"revoked\": \"2025-04\"}]}");
        assertThatThrownBy(() -> Overrides.read(f)).hasMessageContaining("has no reason");
        Files.writeString(f, "{\"zone_revocations\": [{\"id\": \"CBEC-3-11\", \"revoked\": \"2025-04\", \"reason\": \"batch 8\"}]}");
        assertThat(Overrides.read(f).list("zone_revocations")).hasSize(1);
    }

    @Test
    void snapshotDatesAndStatuses() {
        assertThat(CableBuilder.rfsOf("2021 Q4")).isEqualTo("2021-Q4");
        assertThat(CableBuilder.rfsOf("2017 June")).isEqualTo("2017-06");
        assertThat(CableBuilder.rfsOf("2016")).isEqualTo("2016");
        assertThat(CableBuilder.rfsOf("n.a.")).isNull();
        assertThat(CableBuilder.statusFromSnapshot("2020")).isEqualTo("in_service");
        assertThat(CableBuilder.statusFromSnapshot("2021-Q1")).isEqualTo("in_service");
        assertThat(CableBuilder.statusFromSnapshot("2021-06")).isEqualTo("unknown");
        assertThat(CableBuilder.statusFromSnapshot("2021")).isEqualTo("unknown");
        assertThat(CableBuilder.statusFromSnapshot("2021-Q3")).isEqualTo("planned");
        assertThat(CableBuilder.statusFromSnapshot(null)).isEqualTo("unknown");
    }

    @Test
    void slugsAreStableAndPlain() {
        assertThat(Slugs.slug("Xiong'an New Área, 2020!", 60)).isEqualTo("xiong-an-new-area-2020");
        assertThat(Slugs.slug("a very long title indeed", 10)).isEqualTo("a-very-lon");
        assertThat(Slugs.hash("x", 8)).isEqualTo(Slugs.hash("x", 8)).hasSize(8);
    }

    @Test
    void convertSaysWhatIsMissingInsteadOfAStackTrace(@TempDir Path empty) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = Cli.run(new String[] {"convert", "--shared", empty.toString(), "--out", empty.resolve("out").toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no fact base").doesNotContain("Exception");
    }
}
