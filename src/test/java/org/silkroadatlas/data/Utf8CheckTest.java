package org.silkroadatlas.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.silkroadatlas.model.Dataset;
import org.silkroadatlas.model.Problem;

/** Byte sequences Jackson would let through or guess at; the check names each with its offset. */
class Utf8CheckTest {
    private static List<String> loadSourcesWith(byte[] bad) {
        MemoryPack pack = MemoryPack.good();
        byte[] head = "{\"format\": \"dsr-atlas/1\", \"sources\": [{\"id\": \"s\", \"title\": \"".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\"}]}".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + bad.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        System.arraycopy(tail, 0, all, head.length + bad.length, tail.length);
        pack.files.put("sources.json", all);
        Dataset ds = new PackLoader().load("mem", pack);
        return ds.problems().stream().filter(p -> p.file().equals("sources.json")).map(Problem::toString).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"C0AF", "E08080", "EDA080", "F4908080", "F8", "80"})
    void overlongSurrogateOutOfRangeAndStrayBytesAreRefused(String hex) {
        byte[] b = new byte[hex.length() / 2];
        for (int i = 0; i < b.length; i++) b[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        assertThat(loadSourcesWith(b)).containsExactly("sources.json:1:61: -: not UTF-8: byte 0x" + hex.substring(0, 2)
                + " at byte offset 60 is not valid UTF-8; save the file as UTF-8");
    }

    @Test
    void wellFormedTextOfEveryLengthPasses() {
        assertThat(loadSourcesWith("é中😀".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void aFileCutInsideACharacter() {
        MemoryPack pack = MemoryPack.good();
        byte[] text = "{\"format\": \"dsr-atlas/1\", \"sources\": [{\"id\": \"中".getBytes(StandardCharsets.UTF_8);
        pack.files.put("sources.json", java.util.Arrays.copyOf(text, text.length - 1));
        List<String> problems = new PackLoader().load("mem", pack).problems().stream()
                .filter(p -> p.file().equals("sources.json")).map(Problem::toString).toList();
        assertThat(problems).containsExactly("sources.json:1:47: -: not UTF-8: the file ends inside a UTF-8 character that starts with byte 0xE4 at byte offset 46 (truncated?)");
    }
}
