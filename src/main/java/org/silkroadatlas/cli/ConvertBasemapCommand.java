package org.silkroadatlas.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.silkroadatlas.data.convert.BasemapConverter;

/** {@code convert-basemap}: rebuilds {@code data/basemap/} from the shared Natural Earth sources. */
final class ConvertBasemapCommand implements Command {
    @Override public String usage() {
        return "convert-basemap [--shared DIR] [--out DIR]   rebuild basemap/*.json of a pack from ../shared";
    }

    @Override public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Args a = Args.parse(args, Set.of("--shared", "--out"), Set.of());
        Path shared = Path.of(a.get("--shared", System.getProperty("atlas.shared.dir", "../shared")));
        Path dest = Path.of(a.get("--out", System.getProperty("atlas.data.dir", "data")));
        BasemapConverter.convert(shared, dest);
        out.println("basemap written to " + dest.resolve("basemap"));
        return 0;
    }
}
