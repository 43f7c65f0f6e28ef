package org.silkroadatlas.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A strict RFC 4180 reader for tests: the exports must read back into the same cells. */
public final class Csv {
    private Csv() { }

    public static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false, any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') { cell.append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.append(c);
            } else if (c == '"') {
                if (cell.length() > 0) throw new IllegalArgumentException("quote inside an unquoted cell at " + i);
                quoted = true; any = true;
            } else if (c == ',') {
                row.add(cell.toString()); cell.setLength(0); any = true;
            } else if (c == '\n') {
                row.add(cell.toString()); cell.setLength(0); rows.add(row); row = new ArrayList<>(); any = false;
            } else {
                cell.append(c); any = true;
            }
        }
        if (quoted) throw new IllegalArgumentException("unterminated quoted cell");
        if (any) { row.add(cell.toString()); rows.add(row); }
        return rows;
    }

    /** Rows as maps from column name to cell. */
    public static List<Map<String, String>> records(String text) {
        List<List<String>> rows = parse(text);
        List<String> header = rows.get(0);
        List<Map<String, String>> out = new ArrayList<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            if (r.size() != header.size()) throw new IllegalArgumentException(r.size() + " cells for " + header.size() + " columns: " + r);
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) m.put(header.get(i), r.get(i));
            out.add(m);
        }
        return out;
    }
}
