package org.silkroadatlas.data;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.silkroadatlas.model.Problem;

/**
 * Jackson counts columns in bytes when it reads bytes; an editor counts characters. For a file
 * with non-ASCII text this turns the byte columns of its problems into character columns, by
 * reading the file once more (only when it has problems), streaming, whatever its line lengths.
 */
final class ColumnFixer {
    private ColumnFixer() { }

    static List<Problem> fix(List<Problem> problems, InputStream raw) throws IOException {
        Map<Integer, TreeSet<Integer>> wanted = new HashMap<>();
        for (Problem p : problems) {
            if (p.line() > 0 && p.column() > 1) wanted.computeIfAbsent(p.line(), l -> new TreeSet<>()).add(p.column());
        }
        if (wanted.isEmpty()) return problems;
        Map<Long, Integer> charColumn = new HashMap<>();
        try (InputStream in = new BufferedInputStream(raw, 1 << 16)) {
            int line = 1;
            int byteInLine = 0;   // bytes of the current line read so far
            int charsInLine = 0;  // code points among them
            boolean lastWasCr = false;
            TreeSet<Integer> cols = wanted.get(1);
            int remaining = wanted.size();
            for (int c = in.read(); c >= 0 && remaining > 0; c = in.read()) {
                if (cols != null && !cols.isEmpty() && cols.first() == byteInLine + 1) {
                    charColumn.put(key(line, cols.pollFirst()), charsInLine + 1);
                }
                boolean newline = c == '\r' || (c == '\n' && !lastWasCr);
                if (c == '\n' && lastWasCr) { lastWasCr = false; continue; }
                lastWasCr = c == '\r';
                if (newline) {
                    if (cols != null) remaining--;
                    line++;
                    byteInLine = 0;
                    charsInLine = 0;
                    cols = wanted.get(line);
                    continue;
                }
                byteInLine++;
                if ((c & 0xC0) != 0x80) charsInLine++;
            }
            if (cols != null && !cols.isEmpty() && cols.first() == byteInLine + 1) charColumn.put(key(line, cols.pollFirst()), charsInLine + 1);
        }
        List<Problem> out = new ArrayList<>(problems.size());
        for (Problem p : problems) {
            Integer col = charColumn.get(key(p.line(), p.column()));
            out.add(col == null || col == p.column() ? p : new Problem(p.file(), p.line(), col, p.field(), p.message()));
        }
        return out;
    }

    private static long key(int line, int column) { return ((long) line << 32) | (column & 0xFFFFFFFFL); }
}
