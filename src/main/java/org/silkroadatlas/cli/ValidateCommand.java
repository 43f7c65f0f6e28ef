package org.silkroadatlas.cli;

import java.io.FileNotFoundException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.silkroadatlas.data.DataPaths;
import org.silkroadatlas.data.PackLoader;
import org.silkroadatlas.data.PackProblems;
import org.silkroadatlas.model.Dataset;
import org.silkroadatlas.model.Problem;

/**
 * {@code validate [--data DIR]}: exit 0 with a one-line count summary on stdout (warnings, if any,
 * on stderr), or exit 1 with one {@code file:line:column: field: problem} line per problem on stdout.
 */
public final class ValidateCommand implements Command {
    @Override public String usage() { return "validate [--data DIR]                 check a data pack"; }

    @Override public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        Args a = Args.parse(args, Set.of("--data"), Set.of());
        Path dir;
        try {
            dir = DataPaths.resolve(a.get("--data"));
        } catch (FileNotFoundException e) {
            err.println("dsr-explorer validate: " + e.getMessage());
            return 1;
        }
        Dataset ds = new PackLoader().load(dir);
        List<Problem> problems = ds.problems();
        long errors = PackProblems.errorCount(problems), warnings = PackProblems.warningCount(problems);
        if (errors > 0) {
            for (Problem p : problems) out.println(p);
            err.println("dsr-explorer validate: " + dir + ": " + errors + (errors == 1 ? " problem" : " problems")
                    + (warnings > 0 ? " and " + warnings + (warnings == 1 ? " warning" : " warnings") : ""));
            return 1;
        }
        for (Problem p : problems) err.println(p);
        out.println(summary(dir, ds, warnings));
        return 0;
    }

    static String summary(Path dir, Dataset ds, long warnings) {
        return "ok: " + dir + ": " + ds.countries().size() + " countries, " + ds.cables().size() + " cables, " + ds.zones().size()
                + " zones, " + ds.events().size() + " events, " + ds.indicators().size() + " indicators, " + ds.figures().size()
                + " figures, " + ds.sources().size() + " sources" + (warnings > 0 ? " (" + warnings + (warnings == 1 ? " warning)" : " warnings)") : "");
    }
}
