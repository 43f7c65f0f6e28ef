package org.silkroadatlas.data;

import java.util.List;

import org.silkroadatlas.model.Problem;

/** Reads the severity the loader gives a problem: warnings (such as unknown fields) do not fail a pack. */
public final class PackProblems {
    private PackProblems() { }

    public static boolean isWarning(Problem p) {
        return p.message() != null && p.message().startsWith(ProblemLog.WARNING);
    }

    public static long errorCount(List<Problem> problems) {
        return problems.stream().filter(p -> !isWarning(p)).count();
    }

    public static long warningCount(List<Problem> problems) {
        return problems.stream().filter(PackProblems::isWarning).count();
    }
}
