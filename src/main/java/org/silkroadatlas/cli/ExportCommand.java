package org.silkroadatlas.cli;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.silkroadatlas.data.DataPaths;
import org.silkroadatlas.data.PackExporter;
import org.silkroadatlas.data.PackLoader;
import org.silkroadatlas.data.PackProblems;
import org.silkroadatlas.model.Dataset;

/**
 * {@code export KIND [--year Y] [--format csv|json|geojson] [--data DIR]} to stdout. A pack with
 * problems still exports its valid records, with a note on stderr to run {@code validate}.
 */
public final class ExportCommand implements Command {
    private static final String KINDS = Arrays.stream(PackExporter.Kind.values()).map(PackExporter.Kind::id).collect(Collectors.joining(", "));

    private final LocalDate today;

    public ExportCommand() { this(null); }

    /** @param today the day statuses are taken on without --year (null: the real today) */
    ExportCommand(LocalDate today) { this.today = today; }

    @Override public String usage() {
        return "export KIND [--year Y] [--format csv|json|geojson] [--data DIR]   KIND: " + KINDS + "; to stdout";
    }

    @Override public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException, IOException {
        if (args.isEmpty() || args.get(0).startsWith("--")) throw new UsageException("say what to export: one of " + KINDS);
        PackExporter.Kind kind = PackExporter.Kind.fromId(args.get(0));
        if (kind == null) throw new UsageException("unknown kind \"" + args.get(0) + "\", expected one of " + KINDS);
        Args a = Args.parse(args.subList(1, args.size()), Set.of("--year", "--format", "--data"), Set.of());
        Integer year = a.has("--year") ? a.getInt("--year", 0, 1900, 2100) : null;
        PackExporter.Format format = PackExporter.Format.fromId(a.get("--format", "csv"));
        if (format == null) throw new UsageException("unknown format \"" + a.get("--format") + "\", expected csv, json or geojson");
        if (format == PackExporter.Format.GEOJSON && !kind.hasGeometry()) throw new UsageException("geojson is for countries, cables and zones, not " + kind.id());
        if (kind == PackExporter.Kind.SOURCES && year != null) throw new UsageException("sources have no year; leave out --year");
        Path dir;
        try {
            dir = DataPaths.resolve(a.get("--data"));
        } catch (FileNotFoundException e) {
            err.println("dsr-explorer export: " + e.getMessage());
            return 1;
        }
        Dataset ds = new PackLoader().load(dir);
        long errors = PackProblems.errorCount(ds.problems());
        if (errors > 0) {
            err.println("dsr-explorer export: " + dir + " has " + errors + (errors == 1 ? " problem" : " problems")
                    + "; exporting its valid records (run validate to list them)");
        }
        new PackExporter(ds).export(kind, year, today == null ? LocalDate.now() : today, format, out);
        return 0;
    }
}
