package org.silkroadatlas.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir Path dir;

    @Test
    void writesTheNewContent() throws IOException {
        Path f = dir.resolve("deck.json");
        Files.writeString(f, "old");
        AtomicFile.write(f, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(f)).isEqualTo("new");
        assertThat(listing()).containsExactly("deck.json");
    }

    @Test
    void aWriterThatFailsHalfwayLeavesThePreviousFileWholeAndNoLitter() throws IOException {
        Path f = dir.resolve("deck.json");
        Files.writeString(f, "{\"the\": \"previous deck\"}");
        assertThatThrownBy(() -> AtomicFile.write(f, out -> {
            out.write("{\"half\": ".getBytes(StandardCharsets.UTF_8));
            out.flush();
            throw new IOException("disk full (simulated)");
        })).isInstanceOf(IOException.class).hasMessageContaining("disk full");
        assertThat(Files.readString(f)).isEqualTo("{\"the\": \"previous deck\"}");
        assertThat(listing()).containsExactly("deck.json");
    }

    @Test
    void createsMissingFolders() throws IOException {
        Path f = dir.resolve("a/b/deck.json");
        AtomicFile.write(f, out -> out.write(1));
        assertThat(Files.size(f)).isEqualTo(1);
    }

    private java.util.List<String> listing() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
