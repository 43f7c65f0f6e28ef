package org.silkroadatlas.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.silkroadatlas.model.Cable;
import org.silkroadatlas.model.Country;
import org.silkroadatlas.model.Dataset;
import org.silkroadatlas.model.EntityKind;
import org.silkroadatlas.model.Event;
import org.silkroadatlas.model.Zone;

/**
 * Finds countries, cables, zones and events by English or Chinese name, ISO code or id,
 * forgiving small typos ("Pakistn", "Kazakstan"). Pure: built once per data pack.
 */
public final class SearchIndex {
    private record Entry(String id, EntityKind kind, String label, String secondary, List<String> keys, String zh) { }

    private final List<Entry> entries = new ArrayList<>();

    public SearchIndex(Dataset data) {
        for (Country c : data.countries()) {
            add(c.iso3(), EntityKind.COUNTRY, c.nameEn() == null ? c.iso3() : c.nameEn(),
                    join("Country", c.nameZh(), c.iso3()), c.nameZh(), c.nameEn(), c.iso3(), c.iso2());
        }
        for (Cable c : data.cables()) {
            add(c.id(), EntityKind.CABLE, c.name(),
                    join(c.kind().id() + " cable", c.rfs() == null ? null : "RFS " + c.rfs().year(), null),
                    null, c.name(), c.id());
        }
        for (Zone z : data.zones()) {
            add(z.id(), EntityKind.ZONE, z.nameEn(), join(z.city(), z.nameZh(), z.id()), z.nameZh(), z.nameEn(), z.city(), z.id());
        }
        for (Event e : data.events()) {
            add(e.id(), EntityKind.EVENT, e.title(), join("Event", e.date().toString(), null), null, e.title(), e.id());
        }
    }

    private static String join(String a, String b, String c) {
        StringBuilder sb = new StringBuilder();
        for (String s : new String[] {a, b, c}) {
            if (s == null || s.isBlank()) continue;
            if (sb.length() > 0) sb.append(" · ");
            sb.append(s);
        }
        return sb.toString();
    }

    private void add(String id, EntityKind kind, String label, String secondary, String zh, String... keys) {
        List<String> norm = new ArrayList<>();
        for (String k : keys) if (k != null && !k.isBlank()) norm.add(normalise(k));
        entries.add(new Entry(id, kind, label, secondary, norm, zh));
    }

    /** Best matches first, at most {@code limit}. A blank query finds nothing. */
    public List<SearchHit> search(String query, int limit) {
        if (query == null || query.isBlank()) return List.of();
        String raw = query.trim();
        String q = normalise(raw);
        List<SearchHit> hits = new ArrayList<>();
        for (Entry e : entries) {
            int best = 0;
            if (e.zh != null && !e.zh.isEmpty() && containsCjk(raw) && e.zh.contains(raw)) {
                best = e.zh.equals(raw) ? 100 : (e.zh.startsWith(raw) ? 85 : 70);
            }
            if (!q.isEmpty()) {
                for (String k : e.keys) best = Math.max(best, score(q, k));
            }
            if (best > 0) hits.add(new SearchHit(e.id, e.kind, e.label, e.secondary, best + kindBonus(e.kind)));
        }
        hits.sort(Comparator.comparingInt(SearchHit::score).reversed().thenComparing(SearchHit::label));
        return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : List.copyOf(hits);
    }

    /** Countries first on equal scores: they are what people look for most. */
    private static int kindBonus(EntityKind k) {
        return switch (k) { case COUNTRY -> 3; case ZONE -> 2; case CABLE -> 1; case EVENT -> 0; };
    }

    static int score(String q, String key) {
        if (key.equals(q)) return 100;
        if (key.startsWith(q)) return 90 - Math.min(10, key.length() - q.length()) / 2;
        int idx = key.indexOf(q);
        if (idx > 0 && !Character.isLetterOrDigit(key.charAt(idx - 1))) return 80;
        if (idx > 0 && q.length() >= 3) return 60;
        if (q.length() < 3) return 0;
        // Typo tolerance, word by word: "kazakstan" finds "kazakhstan", "pakistn" finds "pakistan".
        int allowed = q.length() >= 8 ? 2 : 1;
        int best = 0;
        for (String word : key.split(" ")) {
            if (word.length() < 3) continue;
            int d = distance(q, word.length() > q.length() + 2 ? word.substring(0, q.length() + 1) : word);
            if (d <= allowed) best = Math.max(best, 50 - 10 * d);
        }
        if (best == 0 && q.contains(" ")) {
            int d = distance(q, key.length() > q.length() + 2 ? key.substring(0, q.length()) : key);
            if (d <= allowed) best = 45 - 10 * d;
        }
        return best;
    }

    /** Optimal string alignment distance (Levenshtein plus adjacent swaps). */
    static int distance(String a, String b) {
        int n = a.length(), m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) d[i][0] = i;
        for (int j = 0; j <= m; j++) d[0][j] = j;
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[n][m];
    }

    static String normalise(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    private static boolean containsCjk(String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
}
