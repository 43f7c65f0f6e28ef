package org.silkroadatlas.data;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;

import org.silkroadatlas.model.Confidence;
import org.silkroadatlas.model.PartialDate;

/**
 * Typed reads of one record's fields from a streaming parser, reporting each wrong value where it
 * stands. A reader returns null for a value it cannot use; for a required field the record is then
 * marked as dropped. Only a record-local path (for example {@code memberships[1].start}) is built,
 * and only when a problem is reported.
 */
final class JsonFields {
    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2100;

    /** The state of one object being read: where it starts, which fields it had, whether it is usable. */
    private static final class Scope {
        final String prefix;
        final int line;
        final int column;
        final Map<String, long[]> seen = new HashMap<>();
        final List<String> invalid = new ArrayList<>(2);
        boolean dropped;

        Scope(String prefix, int line, int column) { this.prefix = prefix; this.line = line; this.column = column; }
    }

    final JsonParser p;
    final String file;
    final ProblemLog log;
    final References refs;
    private final Deque<Scope> scopes = new ArrayDeque<>();
    private String name;

    JsonFields(JsonParser p, String file, ProblemLog log, References refs) {
        this.p = p;
        this.file = file;
        this.log = log;
        this.refs = refs;
    }

    // ---- objects and fields

    /** Starts reading the object at the current START_OBJECT token; nested objects take a path prefix. */
    void begin(String prefix) {
        JsonLocation l = p.currentTokenLocation();
        scopes.push(new Scope(prefix, l.getLineNr(), l.getColumnNr()));
    }

    /** Ends the current object; true when it is usable (no required field was bad). */
    boolean end() {
        Scope s = scopes.pop();
        return !s.dropped;
    }

    /** Moves to the next field's value; false at the end of the object. */
    boolean nextField() throws IOException {
        JsonToken t = p.nextToken();
        if (t == JsonToken.END_OBJECT || t == null) return false;
        name = p.currentName();
        p.nextToken();
        Scope s = scopes.peek();
        JsonLocation l = p.currentTokenLocation();
        long[] where = {l.getLineNr(), l.getColumnNr()};
        if (s.seen.put(name, where) != null) {
            error("duplicate field; the last value is used");
        }
        return true;
    }

    String name() { return name; }

    int recordLine() { return scopes.peek().line; }

    int recordColumn() { return scopes.peek().column; }

    String path(String field) {
        Scope s = scopes.peek();
        return s == null || s.prefix.isEmpty() ? field : s.prefix + field;
    }

    void unknownField() throws IOException {
        warningHere(name, "unknown field, ignored");
        p.skipChildren();
    }

    // ---- problems

    void error(String message) { errorHere(name, message); }

    void errorHere(String field, String message) {
        JsonLocation l = p.currentTokenLocation();
        log.error(file, l.getLineNr(), l.getColumnNr(), path(field), message);
    }

    void warningHere(String field, String message) {
        JsonLocation l = p.currentTokenLocation();
        log.warning(file, l.getLineNr(), l.getColumnNr(), path(field), message);
    }

    void errorAtRecord(String field, String message) {
        Scope s = scopes.peek();
        log.error(file, s.line, s.column, path(field), message);
    }

    /** Reports at the value of {@code field} if the object had it, else at the object's start. */
    void errorAtField(String field, String message) {
        Scope s = scopes.peek();
        long[] at = s.seen.get(field);
        if (at == null) log.error(file, s.line, s.column, path(field), message);
        else log.error(file, (int) at[0], (int) at[1], path(field), message);
    }

    int lineOf(String field) { long[] at = scopes.peek().seen.get(field); return at == null ? recordLine() : (int) at[0]; }

    int columnOf(String field) { long[] at = scopes.peek().seen.get(field); return at == null ? recordColumn() : (int) at[1]; }

    /** True when the current object had {@code field} but its value was unusable (already reported). */
    boolean isInvalid(String field) { return scopes.peek().invalid.contains(field); }

    /** The current field's value is unusable (already reported). */
    private void invalid() {
        scopes.peek().invalid.add(name);
    }

    /** A value for a required field; when it is null the record is dropped, with a problem unless one was already given. */
    <T> T required(T value, String field) {
        if (value != null) return value;
        Scope s = scopes.peek();
        s.dropped = true;
        if (s.invalid.contains(field)) return null;
        long[] at = s.seen.get(field);
        if (at == null) log.error(file, s.line, s.column, path(field), "missing required field");
        else log.error(file, (int) at[0], (int) at[1], path(field), "required, must not be null");
        return null;
    }

    void drop() { scopes.peek().dropped = true; }

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
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) return List.of();
        if (t != JsonToken.START_ARRAY) {
            wrongType("an array of strings");
            return List.of();
        }
        String field = name;
        List<String> out = new ArrayList<>(4);
        int i = 0;
        for (JsonToken x = p.nextToken(); x != JsonToken.END_ARRAY && x != null; x = p.nextToken(), i++) {
            if (x == JsonToken.VALUE_STRING && !p.getText().isBlank()) {
                out.add(p.getText());
            } else {
                errorHere(field + "[" + i + "]", x == JsonToken.VALUE_STRING ? "must not be empty" : "expected a string, found " + describeValue());
                p.skipChildren();
            }
        }
        return out;
    }

    /** Like {@link #strings()}, registering each item as a reference of the given kind. */
    List<String> references(References.Kind kind) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) return List.of();
        if (t != JsonToken.START_ARRAY) {
            wrongType("an array of ids");
            return List.of();
        }
        String field = name;
        List<String> out = new ArrayList<>(4);
        int i = 0;
        for (JsonToken x = p.nextToken(); x != JsonToken.END_ARRAY && x != null; x = p.nextToken(), i++) {
            if (x == JsonToken.VALUE_STRING && !p.getText().isBlank()) {
                String id = p.getText();
                out.add(id);
                JsonLocation l = p.currentTokenLocation();
                refs.add(kind, id, file, l.getLineNr(), l.getColumnNr(), scopes.peek().prefix, field, i);
            } else {
                errorHere(field + "[" + i + "]", x == JsonToken.VALUE_STRING ? "must not be empty" : "expected a string, found " + describeValue());
                p.skipChildren();
            }
        }
        return out;
    }

    /** The current string value registered as one reference of the given kind. */
    String reference(References.Kind kind) throws IOException {
        String s = nonBlank();
        if (s != null) {
            JsonLocation l = p.currentTokenLocation();
            refs.add(kind, s, file, l.getLineNr(), l.getColumnNr(), scopes.peek().prefix, name, -1);
        }
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
