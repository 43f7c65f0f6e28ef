package org.silkroadatlas.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.silkroadatlas.model.Problem;

/**
 * Collects the problems of one load. Each file may list at most {@link #MAX_PER_FILE}; past that
 * only a count is kept, so a file with millions of bad records cannot exhaust memory.
 */
final class ProblemLog {
    static final int MAX_PER_FILE = 1000;
    static final String WARNING = "warning: ";

    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, int[]> listedAndSuppressed = new LinkedHashMap<>();

    void error(String file, int line, int column, String field, String message) {
        add(new Problem(file, line, column, field, message));
    }

    void warning(String file, int line, int column, String field, String message) {
        add(new Problem(file, line, column, field, WARNING + message));
    }

    /** False once a file has its fill of listed problems: callers may then skip wording a message. */
    boolean listing(String file) {
        int[] n = listedAndSuppressed.get(file);
        return n == null || n[0] < MAX_PER_FILE;
    }

    /** Counts a problem that is not listed (see {@link #listing}). */
    void suppressed(String file) {
        listedAndSuppressed.computeIfAbsent(file, f -> new int[2])[1]++;
    }

    private void add(Problem p) {
        int[] n = listedAndSuppressed.computeIfAbsent(p.file(), f -> new int[2]);
        if (n[0] >= MAX_PER_FILE) { n[1]++; return; }
        n[0]++;
        problems.add(p);
    }

    int count() { return problems.size(); }

    /** Every problem listed, in the order found. */
    List<Problem> problems() { return problems; }

    /** One line per file whose problems were not all listed. */
    List<Problem> summaries() {
        List<Problem> all = new ArrayList<>();
        listedAndSuppressed.forEach((file, n) -> {
            if (n[1] > 0) all.add(new Problem(file, 0, 0, "", "and " + n[1]
                    + " more problems in this file, not listed (only the first " + MAX_PER_FILE + " are)"));
        });
        return all;
    }
}
