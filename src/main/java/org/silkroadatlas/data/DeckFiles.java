package org.silkroadatlas.data;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.silkroadatlas.io.AtomicFile;
import org.silkroadatlas.model.CableKind;
import org.silkroadatlas.model.CableStatus;
import org.silkroadatlas.model.Organisation;
import org.silkroadatlas.model.Problem;
import org.silkroadatlas.model.ZoneKind;

/**
 * Reads and writes deck files ({@code docs/deck-format.md}). Reading reports every problem it finds
 * with its file, line and column, so a hand-edited deck can be fixed from the message alone.
 */
public final class DeckFiles {
    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final String AUTOSAVE_SUFFIX = ".autosave";

    private DeckFiles() { }

    /** A deck that could not be read, with everything wrong in it. */
    public static final class DeckFormatException extends Exception {
        private final List<Problem> problems;

        public DeckFormatException(List<Problem> problems) {
            super(problems.isEmpty() ? "bad deck" : problems.get(0).toString()
                    + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() { return problems; }
    }

    /** Where autosave keeps unsaved edits of {@code deck}: beside it, with {@code .autosave} appended. */
    public static Path autosavePath(Path deck) {
        return deck.resolveSibling(deck.getFileName() + AUTOSAVE_SUFFIX);
    }

    public static DeckDocument read(Path file) throws IOException, DeckFormatException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    public static DeckDocument read(String json, String fileLabel) throws DeckFormatException {
        try {
            return read(new StringReader(json), fileLabel);
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
    }

    /** From bytes: Jackson then detects the encoding and skips a byte-order mark (Windows editors add one). */
    public static DeckDocument read(InputStream in, String fileLabel) throws IOException, DeckFormatException {
        return parse(JSON.createParser(in), fileLabel);
    }

    public static DeckDocument read(Reader reader, String fileLabel) throws IOException, DeckFormatException {
        return parse(JSON.createParser(reader), fileLabel);
    }

    private static DeckDocument parse(JsonParser parser, String fileLabel) throws IOException, DeckFormatException {
        Node root;
        try (JsonParser p = parser) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new DeckFormatException(List.of(new Problem(fileLabel, 1, 1, "", "the file is empty; expected a deck object")));
            }
            root = Node.read(p);
            if (p.nextToken() != null) {
                JsonLocation at = p.currentTokenLocation();
                throw new DeckFormatException(List.of(new Problem(fileLabel, at.getLineNr(), at.getColumnNr(), "",
                        "unexpected content after the deck object")));
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new DeckFormatException(List.of(new Problem(fileLabel, at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(), "", "not valid JSON: " + e.getOriginalMessage())));
        }
        Checker c = new Checker(fileLabel);
        DeckDocument deck = c.deck(root);
        if (!c.problems.isEmpty()) throw new DeckFormatException(c.problems);
        return deck;
    }

    /** Saves atomically: the previous file stays whole if anything fails on the way. */
    public static void save(Path file, DeckDocument deck) throws IOException {
        AtomicFile.write(file, out -> write(deck, out));
    }

    public static void write(DeckDocument deck, OutputStream out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(new NonClosing(out), JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", DeckDocument.FORMAT);
            g.writeStringField("title", deck.title());
            g.writeArrayFieldStart("scenes");
            for (DeckDocument.Scene s : deck.scenes()) writeScene(g, s);
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    public static String toJson(DeckDocument deck) {
        var out = new java.io.ByteArrayOutputStream();
        try {
            write(deck, out);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void writeScene(JsonGenerator g, DeckDocument.Scene s) throws IOException {
        g.writeStartObject();
        g.writeStringField("caption", s.caption());
        g.writeStringField("notes", s.notes());
        g.writeNumberField("year", s.year());
        g.writeStringField("selection", s.selection());
        g.writeStringField("panel", s.panel());
        g.writeStringField("indicator", s.indicator());
        g.writeBooleanField("map_coloured_by_indicator", s.mapColouredByIndicator());
        g.writeObjectFieldStart("view");
        g.writeNumberField("lat", s.view().lat());
        g.writeNumberField("lon", s.view().lon());
        g.writeNumberField("zoom", s.view().zoom());
        g.writeEndObject();
        DeckDocument.Layers l = s.layers() == null ? DeckDocument.Layers.ALL : s.layers();
        g.writeObjectFieldStart("layers");
        g.writeBooleanField("partners", l.partners());
        g.writeBooleanField("cables", l.cables());
        g.writeBooleanField("zones", l.zones());
        g.writeNumberField("partners_opacity", l.partnersOpacity());
        g.writeNumberField("cables_opacity", l.cablesOpacity());
        g.writeNumberField("zones_opacity", l.zonesOpacity());
        writeCodes(g, "organisations", l.organisations(), Organisation.values());
        writeCodes(g, "cable_kinds", l.cableKinds(), CableKind.values());
        writeCodes(g, "cable_statuses", l.cableStatuses(), CableStatus.values());
        writeCodes(g, "zone_kinds", l.zoneKinds(), ZoneKind.values());
        g.writeArrayFieldStart("batches");
        for (int b : new TreeSet<>(l.batches())) g.writeNumber(b);
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    /** Written in declaration order so a saved deck diffs cleanly. */
    private static <E extends Enum<E>> void writeCodes(JsonGenerator g, String name, Set<E> set, E[] all) throws IOException {
        g.writeArrayFieldStart(name);
        for (E e : all) if (set.contains(e)) g.writeString(code(e));
        g.writeEndArray();
    }

    static String code(Enum<?> e) { return e.name().toLowerCase(Locale.ROOT); }

    /** A JSON value with where it started, so every check can say where the problem is. */
    private record Node(Object value, int line, int column) {
        static Node read(JsonParser p) throws IOException {
            JsonLocation at = p.currentTokenLocation();
            int line = at.getLineNr(), col = at.getColumnNr();
            JsonToken t = p.currentToken();
            switch (t) {
                case START_OBJECT -> {
                    Map<String, Node> fields = new LinkedHashMap<>();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        p.nextToken();
                        fields.put(name, read(p));
                    }
                    return new Node(fields, line, col);
                }
                case START_ARRAY -> {
                    List<Node> items = new ArrayList<>();
                    while (p.nextToken() != JsonToken.END_ARRAY) items.add(read(p));
                    return new Node(items, line, col);
                }
                case VALUE_STRING -> { return new Node(p.getText(), line, col); }
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> { return new Node(p.getNumberValue(), line, col); }
                case VALUE_TRUE -> { return new Node(Boolean.TRUE, line, col); }
                case VALUE_FALSE -> { return new Node(Boolean.FALSE, line, col); }
                case VALUE_NULL -> { return new Node(null, line, col); }
                default -> throw new IllegalStateException("unexpected token " + t);
            }
        }

        String type() {
            if (value == null) return "null";
            if (value instanceof Map) return "an object";
            if (value instanceof List) return "an array";
            if (value instanceof String) return "a string";
            if (value instanceof Number) return "a number";
            return "a boolean";
        }
    }

    /** Walks the located tree, collecting problems instead of stopping at the first. */
    private static final class Checker {
        private final String file;
        private final List<Problem> problems = new ArrayList<>();

        Checker(String file) { this.file = file; }

        private void problem(Node at, String field, String message) {
            problems.add(new Problem(file, at.line(), at.column(), field, message));
        }

        @SuppressWarnings("unchecked")
        private Map<String, Node> object(Node n, String field) {
            if (n.value() instanceof Map) return (Map<String, Node>) n.value();
            problem(n, field, "expected an object, found " + n.type());
            return null;
        }

        private void unknownFields(Map<String, Node> o, String path, Set<String> known) {
            for (var e : o.entrySet()) {
                if (!known.contains(e.getKey())) {
                    problem(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(),
                            "unknown field (expected one of " + String.join(", ", known) + ")");
                }
            }
        }

        DeckDocument deck(Node root) {
            Map<String, Node> o = object(root, "");
            if (o == null) return null;
            unknownFields(o, "", new LinkedHashSet<>(List.of("format", "title", "scenes")));
            Node format = o.get("format");
            if (format == null) {
                problem(root, "format", "missing; expected \"" + DeckDocument.FORMAT + "\"");
            } else if (!DeckDocument.FORMAT.equals(format.value())) {
                problem(format, "format", "expected \"" + DeckDocument.FORMAT + "\", found " + describe(format));
            }
            String title = optString(o, "title", "title");
            List<DeckDocument.Scene> scenes = new ArrayList<>();
            Node list = o.get("scenes");
            if (list == null) {
                problem(root, "scenes", "missing; expected an array of scenes");
            } else if (!(list.value() instanceof List<?> items)) {
                problem(list, "scenes", "expected an array, found " + list.type());
            } else {
                for (int i = 0; i < items.size(); i++) {
                    DeckDocument.Scene s = scene((Node) items.get(i), "scenes[" + i + "]");
                    if (s != null) scenes.add(s);
                }
            }
            return new DeckDocument(title, scenes);
        }

        private DeckDocument.Scene scene(Node n, String path) {
            Map<String, Node> o = object(n, path);
            if (o == null) return null;
            unknownFields(o, path, new LinkedHashSet<>(List.of("caption", "notes", "year", "selection", "panel",
                    "indicator", "map_coloured_by_indicator", "view", "layers")));
            int before = problems.size();
            String caption = optString(o, "caption", path + ".caption");
            String notes = optString(o, "notes", path + ".notes");
            Integer year = requiredInt(n, o, "year", path + ".year", 1, 9999);
            String selection = optString(o, "selection", path + ".selection");
            String panel = optString(o, "panel", path + ".panel");
            if (panel != null && !DeckDocument.PANELS.contains(panel)) {
                problem(o.get("panel"), path + ".panel", "expected one of " + String.join(", ", DeckDocument.PANELS)
                        + ", found \"" + panel + "\"");
            }
            String indicator = optString(o, "indicator", path + ".indicator");
            boolean coloured = optBoolean(o, "map_coloured_by_indicator", path + ".map_coloured_by_indicator", false);
            DeckDocument.View view = null;
            Node v = o.get("view");
            if (v == null) problem(n, path + ".view", "missing; expected {\"lat\", \"lon\", \"zoom\"}");
            else view = view(v, path + ".view");
            DeckDocument.Layers layers = null;
            Node l = o.get("layers");
            if (l != null && l.value() != null) layers = layers(l, path + ".layers");
            if (problems.size() > before || year == null || view == null) return null;
            return new DeckDocument.Scene(caption, notes, year, selection, panel, indicator, coloured, view, layers);
        }

        private DeckDocument.View view(Node n, String path) {
            Map<String, Node> o = object(n, path);
            if (o == null) return null;
            unknownFields(o, path, new LinkedHashSet<>(List.of("lat", "lon", "zoom")));
            Double lat = requiredNumber(n, o, "lat", path + ".lat", -90, 90);
            Double lon = requiredNumber(n, o, "lon", path + ".lon", -180, 180);
            Double zoom = requiredNumber(n, o, "zoom", path + ".zoom", 0, 22);
            return lat == null || lon == null || zoom == null ? null : new DeckDocument.View(lat, lon, zoom);
        }

        private DeckDocument.Layers layers(Node n, String path) {
            Map<String, Node> o = object(n, path);
            if (o == null) return null;
            unknownFields(o, path, new LinkedHashSet<>(List.of("partners", "cables", "zones", "partners_opacity",
                    "cables_opacity", "zones_opacity", "organisations", "cable_kinds", "cable_statuses", "zone_kinds", "batches")));
            DeckDocument.Layers all = DeckDocument.Layers.ALL;
            return new DeckDocument.Layers(
                    optBoolean(o, "partners", path + ".partners", true),
                    optBoolean(o, "cables", path + ".cables", true),
                    optBoolean(o, "zones", path + ".zones", true),
                    optNumber(o, "partners_opacity", path + ".partners_opacity", 1),
                    optNumber(o, "cables_opacity", path + ".cables_opacity", 1),
                    optNumber(o, "zones_opacity", path + ".zones_opacity", 1),
                    codes(o, "organisations", path, Organisation.class, all.organisations()),
                    codes(o, "cable_kinds", path, CableKind.class, all.cableKinds()),
                    codes(o, "cable_statuses", path, CableStatus.class, all.cableStatuses()),
                    codes(o, "zone_kinds", path, ZoneKind.class, all.zoneKinds()),
                    batches(o, path));
        }

        private <E extends Enum<E>> Set<E> codes(Map<String, Node> o, String name, String path, Class<E> type, Set<E> dflt) {
            Node n = o.get(name);
            if (n == null || n.value() == null) return dflt;
            if (!(n.value() instanceof List<?> items)) {
                problem(n, path + "." + name, "expected an array of names, found " + n.type());
                return dflt;
            }
            Map<String, E> byCode = new LinkedHashMap<>();
            for (E e : type.getEnumConstants()) byCode.put(code(e), e);
            Set<E> out = EnumSet.noneOf(type);
            for (int i = 0; i < items.size(); i++) {
                Node item = (Node) items.get(i);
                E e = item.value() instanceof String s ? byCode.get(s) : null;
                if (e == null) {
                    problem(item, path + "." + name + "[" + i + "]", "expected one of " + String.join(", ", byCode.keySet())
                            + ", found " + describe(item));
                } else {
                    out.add(e);
                }
            }
            return out;
        }

        private Set<Integer> batches(Map<String, Node> o, String path) {
            Node n = o.get("batches");
            if (n == null || n.value() == null) return Set.of();
            if (!(n.value() instanceof List<?> items)) {
                problem(n, path + ".batches", "expected an array of batch numbers, found " + n.type());
                return Set.of();
            }
            Set<Integer> out = new TreeSet<>();
            for (int i = 0; i < items.size(); i++) {
                Node item = (Node) items.get(i);
                if (item.value() instanceof Integer b && b > 0) out.add(b);
                else problem(item, path + ".batches[" + i + "]", "expected a positive whole number, found " + describe(item));
            }
            return out;
        }

        private String optString(Map<String, Node> o, String name, String field) {
            Node n = o.get(name);
            if (n == null || n.value() == null) return null;
            if (n.value() instanceof String s) return s;
            problem(n, field, "expected a string, found " + n.type());
            return null;
        }

        private boolean optBoolean(Map<String, Node> o, String name, String field, boolean dflt) {
            Node n = o.get(name);
            if (n == null || n.value() == null) return dflt;
            if (n.value() instanceof Boolean b) return b;
            problem(n, field, "expected true or false, found " + describe(n));
            return dflt;
        }

        private double optNumber(Map<String, Node> o, String name, String field, double dflt) {
            Node n = o.get(name);
            if (n == null || n.value() == null) return dflt;
            Double d = number(n, field, 0, 1);
            return d == null ? dflt : d;
        }

        private Double requiredNumber(Node parent, Map<String, Node> o, String name, String field, double min, double max) {
            Node n = o.get(name);
            if (n == null || n.value() == null) {
                problem(n == null ? parent : n, field, "missing; expected a number from " + fmt(min) + " to " + fmt(max));
                return null;
            }
            return number(n, field, min, max);
        }

        private Double number(Node n, String field, double min, double max) {
            if (!(n.value() instanceof Number num)) {
                problem(n, field, "expected a number, found " + describe(n));
                return null;
            }
            double d = num.doubleValue();
            if (!Double.isFinite(d) || d < min || d > max) {
                problem(n, field, "expected a number from " + fmt(min) + " to " + fmt(max) + ", found " + num);
                return null;
            }
            return d;
        }

        private Integer requiredInt(Node parent, Map<String, Node> o, String name, String field, int min, int max) {
            Node n = o.get(name);
            if (n == null || n.value() == null) {
                problem(n == null ? parent : n, field, "missing; expected a year");
                return null;
            }
            if (!(n.value() instanceof Integer i) || i < min || i > max) {
                problem(n, field, "expected a whole number from " + min + " to " + max + ", found " + describe(n));
                return null;
            }
            return i;
        }

        private static String fmt(double d) { return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d); }

        private static String describe(Node n) {
            if (n.value() instanceof String s) return "\"" + s + "\"";
            if (n.value() instanceof Number || n.value() instanceof Boolean) return String.valueOf(n.value());
            return n.type();
        }
    }

    /** Lets the generator finish its output without closing the caller's stream. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) { super(out); }
        @Override public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); }
        @Override public void close() throws IOException { flush(); }
    }

}
