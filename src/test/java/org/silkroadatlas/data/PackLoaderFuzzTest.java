package org.silkroadatlas.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import org.silkroadatlas.model.Dataset;
import org.silkroadatlas.model.Problem;

/**
 * Arbitrary bytes as one pack file (or as every file at once): the loader must answer with
 * problems only, never an exception, a hang or an "internal error". Under {@code mvn verify}
 * surefire sets JAZZER_FUZZ=1 and this fuzzes for {@code jazzer.max_duration}; otherwise it
 * replays the seeds in {@code PackLoaderFuzzTestInputs/fuzzPack}.
 */
class PackLoaderFuzzTest {
    private static final List<String> FILES = PackLoader.FILES;

    @FuzzTest(maxDuration = "20s")
    void fuzzPack(FuzzedDataProvider data) {
        MemoryPack pack = MemoryPack.good();
        int which = data.consumeInt(0, FILES.size());
        if (which == FILES.size()) {
            for (int i = 0; i < FILES.size(); i++) {
                int share = data.remainingBytes() / (FILES.size() - i);
                pack.files.put(FILES.get(i), data.consumeBytes(share));
            }
        } else {
            pack.files.put(FILES.get(which), data.consumeRemainingAsBytes());
        }
        // A small size limit lets the fuzzer reach the "too large" path too.
        Dataset ds = new PackLoader(64 * 1024).load("fuzz", pack);
        for (Problem p : ds.problems()) {
            assertThat(p.message()).as(p.toString()).doesNotStartWith("internal error").isNotBlank();
            assertThat(p.line()).isNotNegative();
            assertThat(p.column()).isNotNegative();
            assertThat(p.file()).isIn(FILES);
        }
    }
}
