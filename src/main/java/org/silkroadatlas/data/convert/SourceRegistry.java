package org.silkroadatlas.data.convert;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.silkroadatlas.model.Source;

/**
 * One {@link Source} per distinct source string of the raw material. Only what the string itself
 * states is kept: an address gives {@code url} and its host as {@code publisher}; a citation such as
 * "Jing Ji Ri Bao 2025-10-23" gives publisher and date. Titles are never made up.
 */
final class SourceRegistry {
    private static final Pattern CITATION = Pattern.compile("^(.*\\S)\\s+(\\d{4}-\\d{2}-\\d{2})$");
    private static final Pattern NAMED_ARTICLE = Pattern.compile("^article '(.+)'\\s+(\\d{4}-\\d{2}-\\d{2})$");
    private static final Pattern TELEGEOGRAPHY = Pattern.compile("^TeleGeography Submarine Cable Map record \"([^\"]+)\".*");

    private final Map<String, Source> byText = new TreeMap<>();
    private final Map<String, Source> byId = new TreeMap<>();

    /** Registers a source the converter itself names (a gazetteer, a dataset), under a fixed id. */
    String define(String id, String title, String publisher, String date, String url, String note) {
        Source s = new Source(id, title, publisher, date, url, note);
        Source old = byId.putIfAbsent(id, s);
        if (old != null && !old.equals(s)) throw new IllegalStateException("source id defined twice: " + id);
        return id;
    }

    /** Ids for a " ; "-separated source cell, in the order given. */
    List<String> idsFor(String cell) {
        List<String> ids = new ArrayList<>();
        for (String part : Csv.split(cell, " ; ")) {
            String id = idFor(part);
            if (!ids.contains(id)) ids.add(id);
        }
        return ids;
    }

    String idFor(String text) {
        String t = text.trim();
        Source known = byText.get(t);
        if (known != null) return known.id();
        Source s = parse(t);
        Source clash = byId.get(s.id());
        if (clash != null) {
            s = new Source(s.id() + "-" + Slugs.hash(t, 8), s.title(), s.publisher(), s.date(), s.url(), s.note());
        }
        byText.put(t, s);
        byId.put(s.id(), s);
        return s.id();
    }

    private static Source parse(String t) {
        if (t.startsWith("http://") || t.startsWith("https://")) {
            String host = hostOf(t);
            String id = "src-" + Slugs.slug(host == null ? "web" : host.replaceFirst("^www\\.", ""), 40) + "-" + Slugs.hash(t, 8);
            return new Source(id, null, host, null, t, null);
        }
        Matcher m = NAMED_ARTICLE.matcher(t);
        if (m.matches()) {
            return new Source("src-" + Slugs.slug(t, 60), m.group(1), null, m.group(2), null, "Cited in the fact base as: " + t);
        }
        m = TELEGEOGRAPHY.matcher(t);
        if (m.matches()) {
            return new Source("src-telegeography-2024-" + Slugs.slug(m.group(1), 60), null, "TeleGeography", null, null, t);
        }
        m = CITATION.matcher(t);
        if (m.matches()) {
            return new Source("src-" + Slugs.slug(t, 60), null, m.group(1), m.group(2), null, "Cited in the fact base as: " + t);
        }
        String slug = Slugs.slug(t, 60);
        return new Source("src-" + (slug.isEmpty() ? "text" : slug) + "-" + Slugs.hash(t, 8), null, null, null, null, t);
    }

    private static String hostOf(String url) {
        try {
            String h = URI.create(url.replace(" ", "%20")).getHost();
            if (h != null) return h;
        } catch (IllegalArgumentException e) {
            // Some archived addresses are not strict URIs; fall back to the text between "//" and the next "/".
        }
        String rest = url.substring(url.indexOf("//") + 2);
        int slash = rest.indexOf('/');
        String h = slash < 0 ? rest : rest.substring(0, slash);
        int colon = h.indexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }

    boolean contains(String id) { return byId.containsKey(id); }

    /** All sources, sorted by id. */
    List<Source> all() { return new ArrayList<>(byId.values()); }
}
