package org.silkroadatlas.data.convert;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small RFC 4180 reader for the fact base's CSV and GeoNames TSV files: quoted fields may hold
 * commas, doubled quotes and line breaks. Rows come back keyed by the header.
 */
final class Csv {
    private Csv() { }

    static List<Map<String, String>> read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), ',', file.getFileName().toString());
    }

    /** Tab-separated without quoting (GeoNames dumps contain bare quotes in names). */
    static List<Map<String, String>> readTsv(Path file) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String[] header = lines.get(0).split("\t", -1);
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isEmpty()) continue;
            String[] cells = lines.get(i).split("\t", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.length; c++) row.put(header[c], c < cells.length ? cells[c] : "");
            rows.add(row);
        }
        return rows;
    }

    static List<Map<String, String>> parse(String text, char sep, String name) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        List<List<String>> records = new ArrayList<>();
        List<String> cur = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') { cell.append('"'); i++; }
                    else quoted = false;
                } else cell.append(ch);
            } else if (ch == '"') {
                quoted = true; any = true;
            } else if (ch == sep) {
                cur.add(cell.toString()); cell.setLength(0); any = true;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                if (any || cell.length() > 0) { cur.add(cell.toString()); records.add(cur); }
                cur = new ArrayList<>(); cell.setLength(0); any = false;
            } else {
                cell.append(ch); any = true;
            }
        }
        if (quoted) throw new IllegalArgumentException(name + ": unterminated quoted field");
        if (any || cell.length() > 0) { cur.add(cell.toString()); records.add(cur); }
        List<Map<String, String>> rows = new ArrayList<>();
        if (records.isEmpty()) return rows;
        List<String> header = records.get(0);
        for (int r = 1; r < records.size(); r++) {
            List<String> rec = records.get(r);
            if (rec.size() != header.size()) {
                throw new IllegalArgumentException(name + ": row " + (r + 1) + " has " + rec.size() + " fields, header has " + header.size());
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) row.put(header.get(c), rec.get(c).trim());
            rows.add(row);
        }
        return rows;
    }

    /** Splits a multi-valued cell ("a ; b", "A;B") into trimmed non-empty parts. */
    static List<String> split(String cell, String sep) {
        List<String> out = new ArrayList<>();
        if (cell == null) return out;
        for (String s : cell.split(java.util.regex.Pattern.quote(sep))) {
            String t = s.trim();
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
