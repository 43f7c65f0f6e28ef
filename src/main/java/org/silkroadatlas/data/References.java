package org.silkroadatlas.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks the ids a pack refers to. Sources and indicators are read first, so references to them
 * are checked as they are met; references among countries, cables, zones and events may point
 * forward, so those are kept (with where they stand) and checked once every file is read.
 */
final class References {
    enum Kind {
        SOURCE("source", "sources.json"),
        INDICATOR("indicator", "indicators.json"),
        ENTITY("zone, cable, event or country", "zones.json, cables.json, events.json or countries.json");

        final String what;
        final String where;

        Kind(String what, String where) { this.what = what; this.where = where; }
    }

    private record Pending(String id, String file, int line, int column, String path) { }

    private final Set<String> sources;
    private final Set<String> indicators;
    private boolean sourcesRead = true;
    private boolean indicatorsRead = true;
    private final List<Pending> entities = new ArrayList<>();

    References(Set<String> sources, Set<String> indicators) {
        this.sources = sources;
        this.indicators = indicators;
    }

    References() { this(new HashSet<>(), new HashSet<>()); }

    void sourcesRead(boolean ok) { sourcesRead = ok; }

    void indicatorsRead(boolean ok) { indicatorsRead = ok; }

    /** Checks (or, for entities, notes) the id at the parser's current token. */
    void check(Kind kind, String id, JsonFields r, String field, int index) {
        switch (kind) {
            case SOURCE -> { if (!sources.contains(id)) unknown(kind, id, r, field, index, sourcesRead); }
            case INDICATOR -> { if (!indicators.contains(id)) unknown(kind, id, r, field, index, indicatorsRead); }
            case ENTITY -> entities.add(new Pending(id, r.file, r.line(), r.column(), r.path(field) + (index >= 0 ? "[" + index + "]" : "")));
        }
    }

    private static void unknown(Kind kind, String id, JsonFields r, String field, int index, boolean fileRead) {
        r.log.error(r.file, r.line(), r.column(), r.path(field) + (index >= 0 ? "[" + index + "]" : ""), message(kind, id, fileRead));
    }

    private static String message(Kind kind, String id, boolean fileRead) {
        return "unknown " + kind.what + " \"" + JsonFields.abbreviate(id) + "\": no such id in " + kind.where
                + (fileRead ? "" : " (it could not be read)");
    }

    /** Reports each entity reference whose id the pack does not have. */
    void checkEntities(Set<String> known, ProblemLog log) {
        for (Pending e : entities) {
            if (!known.contains(e.id)) log.error(e.file, e.line, e.column, e.path, message(Kind.ENTITY, e.id, true));
        }
    }
}
