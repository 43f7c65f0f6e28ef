package org.silkroadatlas.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Ids a pack refers to, with where each stands, checked once every file is read (a record may
 * refer to one that comes later or lives in another file).
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

    record Ref(Kind kind, String id, String file, int line, int column, String prefix, String field, int index) {
        String path() {
            return (prefix == null ? "" : prefix) + field + (index >= 0 ? "[" + index + "]" : "");
        }
    }

    private final List<Ref> refs = new ArrayList<>();

    void add(Kind kind, String id, String file, int line, int column, String prefix, String field, int index) {
        refs.add(new Ref(kind, id, file, line, column, prefix, field, index));
    }

    /** Reports each reference whose id is not among {@code known} for its kind. */
    void check(Kind kind, Set<String> known, boolean fileWasRead, ProblemLog log) {
        for (Ref r : refs) {
            if (r.kind != kind || known.contains(r.id)) continue;
            String why = fileWasRead ? "" : " (it could not be read)";
            log.error(r.file, r.line, r.column, r.path(), "unknown " + kind.what + " \"" + JsonFields.abbreviate(r.id) + "\": no such id in " + kind.where + why);
        }
    }
}
