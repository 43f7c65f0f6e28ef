package org.silkroadatlas.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.silkroadatlas.data.convert.BasemapConverter;
import org.silkroadatlas.data.convert.PackConverter;

/** {@code convert [--shared DIR] [--out DIR] [--overrides FILE]}: regenerates the data pack from ../shared. */
final class ConvertCommand implements Command {
    @Override public String usage() {
        return "convert [--shared DIR] [--out DIR] [--overrides FILE]   regenerate the data pack from the fact base";
    }

    @Override public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Args a = Args.parse(args, Set.of("--shared", "--out", "--overrides"), Set.of());
        Path shared = Path.of(a.get("--shared", System.getProperty("atlas.shared.dir", "../shared")));
        Path outDir = Path.of(a.get("--out", "data"));
        Path overrides = a.has("--overrides") ? Path.of(a.get("--overrides"))
                : Files.isRegularFile(outDir.resolve("overrides.json")) ? outDir.resolve("overrides.json") : Path.of("data", "overrides.json");
        if (!Files.isDirectory(shared.resolve("facts"))) {
            throw new UsageException("no fact base at " + shared.toAbsolutePath().normalize() + " (expected a facts/ folder); give --shared DIR");
        }
        if (!Files.isRegularFile(overrides)) {
            throw new UsageException("no overrides file at " + overrides.toAbsolutePath().normalize() + "; give --overrides FILE");
        }
        PackConverter.Result r = PackConverter.convert(shared, overrides);
        PackConverter.write(r, outDir);
        BasemapConverter.convert(shared, outDir);
        for (String w : r.warnings()) err.println("convert: note: " + w);
        out.println("convert: wrote " + r.files().size() + " files and the basemap to " + outDir.toAbsolutePath().normalize() + " (" + r.summary() + ")");
        return 0;
    }
}
