package org.silkroadatlas.data;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.silkroadatlas.model.GeoPoint;

/** Writes an {@link ExportTable} as RFC 4180 CSV (LF line ends), JSON or RFC 7946 GeoJSON. */
final class ExportWriter {
    private static final JsonFactory JSON = JsonFactory.builder().disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private ExportWriter() { }

    static void csv(ExportTable t, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(String.join(",", t.columns));
        w.write('\n');
        StringBuilder line = new StringBuilder(256);
        for (ExportTable.Row r : t.rows) {
            line.setLength(0);
            for (int i = 0; i < r.cells().length; i++) {
                if (i > 0) line.append(',');
                line.append(quote(text(r.cells()[i])));
            }
            line.append('\n');
            w.write(line.toString());
        }
        w.flush();
    }

    static String text(Object cell) {
        if (cell == null) return "";
        if (cell instanceof ExportTable.IdList l) return String.join(";", l.items());
        if (cell instanceof ExportTable.TextList l) return String.join("; ", l.items());
        if (cell instanceof Double d) return number(d);
        return cell.toString();
    }

    private static String number(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    static String quote(String s) {
        boolean needs = false;
        for (int i = 0; i < s.length() && !needs; i++) {
            char c = s.charAt(i);
            needs = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!needs && (s.isEmpty() || (s.charAt(0) != ' ' && s.charAt(s.length() - 1) != ' '))) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    static void json(ExportTable t, LocalDate asOf, Integer year, OutputStream out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            header(g, t, asOf, year);
            g.writeArrayFieldStart(t.kind);
            for (ExportTable.Row r : t.rows) {
                g.writeStartObject();
                cells(g, t, r);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    static void geojson(ExportTable t, LocalDate asOf, Integer year, OutputStream out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            header(g, t, asOf, year);
            g.writeArrayFieldStart("features");
            for (ExportTable.Row r : t.rows) {
                g.writeStartObject();
                g.writeStringField("type", "Feature");
                g.writeFieldName("geometry");
                geometry(g, r);
                g.writeObjectFieldStart("properties");
                cells(g, t, r);
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static void header(JsonGenerator g, ExportTable t, LocalDate asOf, Integer year) throws IOException {
        g.writeStringField("kind", t.kind);
        g.writeStringField("as_of", asOf.toString());
        if (year == null) g.writeNullField("year");
        else g.writeNumberField("year", year);
        g.writeNumberField("count", t.rows.size());
    }

    private static void cells(JsonGenerator g, ExportTable t, ExportTable.Row r) throws IOException {
        for (int i = 0; i < t.columns.size(); i++) {
            g.writeFieldName(t.columns.get(i));
            Object c = r.cells()[i];
            if (c == null) g.writeNull();
            else if (c instanceof Double d) g.writeNumber(d);
            else if (c instanceof Integer n) g.writeNumber(n);
            else if (c instanceof ExportTable.IdList l) strings(g, l.items());
            else if (c instanceof ExportTable.TextList l) strings(g, l.items());
            else g.writeString(c.toString());
        }
    }

    private static void strings(JsonGenerator g, List<String> items) throws IOException {
        g.writeStartArray();
        for (String s : items) g.writeString(s);
        g.writeEndArray();
    }

    /** GeoJSON positions are [lon, lat]; a row with nothing to place has a null geometry. */
    private static void geometry(JsonGenerator g, ExportTable.Row r) throws IOException {
        if (r.point() != null) {
            g.writeStartObject();
            g.writeStringField("type", "Point");
            g.writeFieldName("coordinates");
            position(g, r.point());
            g.writeEndObject();
        } else if (r.lines() != null && !r.lines().isEmpty()) {
            g.writeStartObject();
            g.writeStringField("type", "MultiLineString");
            g.writeArrayFieldStart("coordinates");
            for (List<GeoPoint> line : r.lines()) {
                g.writeStartArray();
                for (GeoPoint p : line) position(g, p);
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeEndObject();
        } else {
            g.writeNull();
        }
    }

    private static void position(JsonGenerator g, GeoPoint p) throws IOException {
        g.writeStartArray();
        g.writeNumber(p.lon());
        g.writeNumber(p.lat());
        g.writeEndArray();
    }
}
