package org.silkroadatlas.data;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.LinkedHashMap;
import java.util.Map;

/** A pack held in memory, so the fuzzer can try many without touching the disk. */
final class MemoryPack implements PackLoader.PackInput {
    final Map<String, byte[]> files = new LinkedHashMap<>();

    static MemoryPack good() {
        MemoryPack m = new MemoryPack();
        TestPacks.goodFiles().forEach((k, v) -> m.files.put(k, v.getBytes(StandardCharsets.UTF_8)));
        return m;
    }

    @Override public long size(String file) { byte[] b = files.get(file); return b == null ? -1 : b.length; }

    @Override public InputStream open(String file) throws NoSuchFileException {
        byte[] b = files.get(file);
        if (b == null) throw new NoSuchFileException(file);
        return new ByteArrayInputStream(b);
    }

    @Override public String describe(String file) { return file; }
}
