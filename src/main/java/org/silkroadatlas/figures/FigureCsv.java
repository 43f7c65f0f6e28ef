package org.silkroadatlas.figures;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** The values table as CSV (RFC 4180 quoting) for export, and as tab-separated text for the clipboard. */
public final class FigureCsv {
    private FigureCsv() { }

    public static String csv(List<FigureRow> rows) {
        StringBuilder sb = new StringBuilder();
        line(sb, FigureRow.HEADER, ',');
        for (FigureRow r : rows) line(sb, r.cells(), ',');
        return sb.toString();
    }

    /** Tab-separated, one row a line, header first: pastes as a table into a spreadsheet. */
    public static String tsv(List<FigureRow> rows) {
        StringBuilder sb = new StringBuilder();
        line(sb, FigureRow.HEADER, '\t');
        for (FigureRow r : rows) line(sb, r.cells(), '\t');
        return sb.toString();
    }

    private static void line(StringBuilder sb, String[] cells, char sep) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) sb.append(sep);
            String c = cells[i] == null ? "" : cells[i];
            if (sep == '\t') sb.append(c.replace('\t', ' ').replace('\n', ' ').replace('\r', ' '));
            else sb.append(quote(c));
        }
        sb.append(sep == ',' ? "\r\n" : "\n");
    }

    static String quote(String c) {
        if (c.indexOf(',') < 0 && c.indexOf('"') < 0 && c.indexOf('\n') < 0 && c.indexOf('\r') < 0) return c;
        return '"' + c.replace("\"", "\"\"") + '"';
    }

    /**
     * Writes the CSV to a temporary file next to {@code target} and then moves it into place, so a
     * reader never sees half a file and a failed export leaves any earlier file untouched.
     */
    public static void export(List<FigureRow> rows, Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, ".figures-", ".csv.tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                w.write('\ufeff'); // so spreadsheet programs read the UTF-8 names (中国) correctly
                w.write(csv(rows));
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
