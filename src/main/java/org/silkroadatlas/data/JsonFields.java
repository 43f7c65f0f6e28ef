package org.silkroadatlas.data;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.exc.InputCoercionException;

import org.silkroadatlas.model.Confidence;
import org.silkroadatlas.model.PartialDate;

/**
 * Typed reads of one record's fields from a streaming parser, reporting each wrong value where it
 * stands. A reader returns null for a value it cannot use; for a required field the record is then
 * marked as dropped. Paths such as {@code memberships[1].start} are only built for a problem, and
 * scopes are reused, so a valid record costs little more than Jackson's own tokens.
 */
final class JsonFields {
    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2100;

    /** One object being read: its place in the record, where it starts, which fields it had. */
    private static final class Scope {
        Scope parent;
        String segment;   // null for a record itself
        int index;        // -1 when the segment is not an array item
        int line;
        int column;
        String[] names = new String[24];
        int[] lines = new int[24];
        int[] columns = new int[24];
        boolean[] invalid = new boolean[24];
        int count;
        boolean dropped;

        /** Field names are interned (the parser's factory enables it), so identity is enough. */
        int find(String name) {
            for (int i = 0; i < count; i++) if (names[i] == name) return i;
            return -1;
        }

        void grow() {
            int n = names.length * 2;
            names = java.util.Arrays.copyOf(names, n);
            lines = java.util.Arrays.copyOf(lines, n);
            columns = java.util.Arrays.copyOf(columns, n);
            invalid = java.util.Arrays.copyOf(invalid, n);
        }

        String prefix() {
            if (segment == null) return parent == null ? "" : parent.prefix();
            String own = index >= 0 ? segment + "[" + index + "]." : segment + ".";
            return parent == null ? own : parent.prefix() + own;
        }
    }

    final JsonParser p;
    final String file;
    final ProblemLog log;
    final References refs;
    private final ParserBase base;
    private int columnShift = Integer.MIN_VALUE;
    private final List<Scope> pool = new ArrayList<>();
    private int depth;
    private Scope scope;
    private String name;

    JsonFields(JsonParser p, String file, ProblemLog log, References refs) {
        this.p = p;
        this.file = file;
        this.log = log;
        this.refs = refs;
        this.base = p instanceof ParserBase b ? b : null;
    }

    // ---- where the current token is, without allocating a location

    int line() {
        if (base != null) return base.getTokenLineNr();
        return p.currentTokenLocation().getLineNr();
    }

    int column() {
        if (base == null) return p.currentTokenLocation().getColumnNr();
        // Jackson's getTokenColumnNr() and currentTokenLocation() disagree by one on some parsers;
        // the location is what editors match, so the cheap call is calibrated against it once.
        if (columnShift == Integer.MIN_VALUE && p.currentToken() != null && p.currentToken() != JsonToken.FIELD_NAME) {
            columnShift = p.currentTokenLocation().getColumnNr() - base.getTokenColumnNr();
        }
        return base.getTokenColumnNr() + (columnShift == Integer.MIN_VALUE ? 0 : columnShift);
    }

    // ---- objects and fields

    /** Starts the record at the current START_OBJECT. */
    void begin() { begin(null, -1); }

    /** Starts a nested object at the current START_OBJECT, named by its field (and index in an array). */
    void begin(String segment, int index) {
        Scope s;
        if (depth < pool.size()) {
            s = pool.get(depth);
        } else {
            s = new Scope();
            pool.add(s);
        }
        s.parent = scope;
        s.segment = segment;
        s.index = index;
        s.line = line();
        s.column = column();
        for (int i = 0; i < s.count; i++) { s.names[i] = null; s.invalid[i] = false; }
        s.count = 0;
        s.dropped = false;
        depth++;
        scope = s;
    }

    /** Ends the current object; true when it is usable (no required field was bad). */
    boolean end() {
        Scope s = scope;
        scope = s.parent;
        depth--;
        return !s.dropped;
    }

    /** Moves to the next field's value; false at the end of the object. */
    boolean nextField() throws IOException {
        String n = p.nextFieldName();
        if (n == null) return false;
        name = n;
        p.nextToken();
        Scope s = scope;
        int at = s.find(n);
        if (at >= 0) {
            error("duplicate field; the last value is used");
            s.lines[at] = line();
            s.columns[at] = column();
            s.invalid[at] = false;
            return true;
        }
        if (s.count == s.names.length) s.grow();
        s.names[s.count] = n;
        s.lines[s.count] = line();
        s.columns[s.count] = column();
        s.count++;
        return true;
    }

    String name() { return name; }

    int recordLine() { return scope.line; }

    int recordColumn() { return scope.column; }

    /** The path of a field of the current object, as problems name it. */
    String path(String field) {
        if (scope == null) return field;
        String prefix = scope.prefix();
        return prefix.isEmpty() ? field : prefix + field;
    }

    void unknownField() throws IOException {
        JsonLocation l = p.currentTokenLocation();
        log.warning(file, l.getLineNr(), l.getColumnNr(), path(name), "unknown field, ignored");
        p.skipChildren();
    }

    // ---- problems

    void error(String message) { errorHere(name, message); }

    void errorHere(String field, String message) {
        log.error(file, line(), column(), path(field), message);
    }

    void errorAtRecord(String field, String message) {
        log.error(file, scope.line, scope.column, path(field), message);
    }

    /** Reports at the value of {@code field} if the object had it, else at the object's start. */
    void errorAtField(String field, String message) {
        int at = scope.find(field);
        if (at < 0) log.error(file, scope.line, scope.column, path(field), message);
        else log.error(file, scope.lines[at], scope.columns[at], path(field), message);
    }

    /** True when the current object had {@code field} but its value was unusable (already reported). */
    boolean isInvalid(String field) {
        int at = scope.find(field);
        return at >= 0 && scope.invalid[at];
    }

    /** The current field's value is unusable (already reported). */
    private void invalid() {
        int at = scope.find(name);
        if (at >= 0) scope.invalid[at] = true;
    }

    /** A value for a required field; when it is null the record is dropped, with a problem unless one was already given. */
    <T> T required(T value, String field) {
        if (value != null) return value;
        Scope s = scope;
        s.dropped = true;
        int at = s.find(field);
        if (at >= 0 && s.invalid[at]) return null;
        if (at < 0) log.error(file, s.line, s.column, path(field), "missing required field");
        else log.error(file, s.lines[at], s.columns[at], path(field), "required, must not be null");
        return null;
    }

    void drop() { scope.dropped = true; }

    // ---- values

    static String describe(JsonToken t) {
        if (t == null) return "nothing";
        return switch (t) {
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true/false";
            case VALUE_NULL -> "null";
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            default -> t.asString() == null ? t.name() : t.asString();
        };
    }

    /** The current value as a problem names it: its type, and its text when it is a scalar. */
    String describeValue() throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING) return "a string \"" + abbreviate(p.getText()) + "\"";
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) return "a number " + abbreviate(p.getText());
        if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) return p.getText();
        return describe(t);
    }

    /** Reports a wrong type for the current value and skips it. */
    void wrongType(String expected) throws IOException {
        error("expected " + expected + ", found " + describeValue());
        invalid();
        p.skipChildren();
    }

    String string() throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING) return p.getText();
        if (t == JsonToken.VALUE_NULL) return null;
        wrongType("a string");
        return null;
    }

    /** A string that, when given, must not be blank (ids, names). */
    String nonBlank() throws IOException {
        String s = string();
        if (s != null && s.isBlank()) {
            error("must not be empty");
            invalid();
            return null;
        }
        return s;
    }

    Double number() throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            double d = p.getDoubleValue();
            if (Double.isFinite(d)) return d;
            error("number too large");
            invalid();
            return null;
        }
        if (t == JsonToken.VALUE_NULL) return null;
        wrongType("a number");
        return null;
    }

    Double numberIn(double min, double max, String what) throws IOException {
        Double d = number();
        if (d != null && !(d >= min && d <= max)) {
            error(what + " must be within " + fmt(min) + ".." + fmt(max) + ", found " + fmt(d));
            invalid();
            return null;
        }
        return d;
    }

    Double positive() throws IOException {
        Double d = number();
        if (d != null && !(d > 0)) {
            error("must be greater than 0, found " + fmt(d));
            invalid();
            return null;
        }
        return d;
    }

    Integer integer(int min, int max) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) return null;
        if (t != JsonToken.VALUE_NUMBER_INT) {
            wrongType("a whole number");
            return null;
        }
        int v;
        try {
            v = p.getIntValue();
        } catch (InputCoercionException e) {
            error("must be within " + min + ".." + max + ", found " + abbreviate(p.getText()));
            invalid();
            return null;
        }
        if (v < min || v > max) {
            error("must be within " + min + ".." + max + ", found " + v);
            invalid();
            return null;
        }
        return v;
    }

    PartialDate date() throws IOException {
        String s = string();
        if (s == null) return null;
        try {
            PartialDate d = Dates.parse(s);
            if (d.year() < MIN_YEAR || d.year() > MAX_YEAR) {
                error("year must be within " + MIN_YEAR + ".." + MAX_YEAR + ", found " + d.year());
                invalid();
                return null;
            }
            return d;
        } catch (RuntimeException e) {
            error(e.getMessage());
            invalid();
            return null;
        }
    }

    /** A string that must be one of the given ids. */
    <E> E choice(Function<String, E> byId, String expected) throws IOException {
        String s = string();
        if (s == null) return null;
        E e = byId.apply(s);
        if (e == null) {
            error("expected one of " + expected + ", found \"" + abbreviate(s) + "\"");
            invalid();
        }
        return e;
    }

    Confidence confidence() throws IOException {
        return choice(Ids::confidence, "high, medium, low");
    }

    /** An array of strings (null reads as empty); bad items are reported and left out. */
    List<String> strings() throws IOException {
        return items(null);
    }

    /** Like {@link #strings()}, checking each item as a reference of the given kind. */
    List<String> references(References.Kind kind) throws IOException {
        return items(kind);
    }

    private List<String> items(References.Kind kind) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) return List.of();
        if (t != JsonToken.START_ARRAY) {
            wrongType(kind == null ? "an array of strings" : "an array of ids");
            return List.of();
        }
        String field = name;
        JsonToken x = p.nextToken();
        if (x == JsonToken.END_ARRAY) return List.of();
        List<String> out = new ArrayList<>(4);
        for (int i = 0; x != JsonToken.END_ARRAY && x != null; x = p.nextToken(), i++) {
            if (x == JsonToken.VALUE_STRING && !p.getText().isBlank()) {
                String id = p.getText();
                out.add(id);
                if (kind != null) refs.check(kind, id, this, field, i);
            } else {
                errorHere(field + "[" + i + "]", x == JsonToken.VALUE_STRING ? "must not be empty" : "expected a string, found " + describeValue());
                p.skipChildren();
            }
        }
        return out;
    }

    /** The current string value checked as one reference of the given kind. */
    String reference(References.Kind kind) throws IOException {
        String s = nonBlank();
        if (s != null) refs.check(kind, s, this, name, -1);
        return s;
    }

    static String fmt(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    static String abbreviate(String s) {
        return abbreviate(s, 60);
    }

    static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }
}
