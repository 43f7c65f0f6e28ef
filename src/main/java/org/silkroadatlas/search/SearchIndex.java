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
import org.silkroadatlas.text.DateLabels;
import org.silkroadatlas.text.Labels;
import org.silkroadatlas.text.Tr;

/**
 * Finds countries, cables, zones and events by English or Chinese name, ISO code or id,
 * forgiving small typos ("Pakistn", "Kazakstan"). Pure: built once per data pack.
 */
public final class SearchIndex {
    /** What a result shows, in one language. */
    private record Words(String label, String secondary) { }

    private record Entry(String id, EntityKind kind, Words en, Words zh, List<String> keys, String zhName) { }

    private static final Tr TR = Tr.of(SearchIndex.class);

    private final List<Entry> entries = new ArrayList<>();

    public SearchIndex(Dataset data) {
        // Both languages' words are made here, once per pack, so a language switch only re-reads them.
        Locale zh = Tr.CHINESE;
        for (Country c : data.countries()) {
            String en = c.nameEn() == null ? c.iso3() : c.nameEn();
            boolean hasZh = c.nameZh() != null && !c.nameZh().isBlank();
            add(c.iso3(), EntityKind.COUNTRY, new Words(en, join("Country", c.nameZh(), c.iso3())),
                    new Words(hasZh ? c.nameZh() : en, join(TR.get(zh, "kind.country"), hasZh ? en : null, c.iso3())),
                    c.nameZh(), c.nameEn(), c.iso3(), c.iso2());
        }
        for (Cable c : data.cables()) {
            add(c.id(), EntityKind.CABLE, new Words(c.name(), join(c.kind().id() + " cable", c.rfs() == null ? null : "RFS " + c.rfs().year(), null)),
                    new Words(c.name(), join(Labels.cableKind(c.kind(), zh),
                            c.rfs() == null ? null : TR.get(zh, "rfs", DateLabels.year(c.rfs().year(), zh)), null)),
                    null, c.name(), c.id());
        }
        for (Zone z : data.zones()) {
            boolean hasZh = z.nameZh() != null && !z.nameZh().isBlank();
            add(z.id(), EntityKind.ZONE, new Words(z.nameEn(), join(z.city(), z.nameZh(), z.id())),
                    new Words(hasZh ? z.nameZh() : z.nameEn(), join(z.city(), hasZh ? z.nameEn() : null, z.id())),
                    z.nameZh(), z.nameEn(), z.city(), z.id());
        }
        for (Event e : data.events()) {
            add(e.id(), EntityKind.EVENT, new Words(e.title(), join("Event", e.date().toString(), null)),
                    new Words(e.title(), join(TR.get(zh, "kind.event"), DateLabels.label(e.date(), zh), null)),
                    null, e.title(), e.id());
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

    private void add(String id, EntityKind kind, Words en, Words zh, String zhName, String... keys) {
        List<String> norm = new ArrayList<>();
        for (String k : keys) if (k != null && !k.isBlank()) norm.add(normalise(k));
        entries.add(new Entry(id, kind, en, zh, norm, zhName));
    }

    /** Best matches first, at most {@code limit}. A blank query finds nothing. */
    public List<SearchHit> search(String query, int limit) {
        return search(query, limit, Tr.ENGLISH);
    }

    /** The same, with each hit labelled in the reader's language (names from the data where it has them). */
    public List<SearchHit> search(String query, int limit, Locale locale) {
        boolean chinese = Tr.isChinese(locale);
        if (query == null || query.isBlank()) return List.of();
        String raw = query.trim();
        String q = normalise(raw);
        List<SearchHit> hits = new ArrayList<>();
        for (Entry e : entries) {
            int best = 0;
            if (e.zhName != null && !e.zhName.isEmpty() && containsCjk(raw) && e.zhName.contains(raw)) {
                best = e.zhName.equals(raw) ? 100 : (e.zhName.startsWith(raw) ? 85 : 70);
            }
            if (!q.isEmpty()) {
                for (String k : e.keys) best = Math.max(best, score(q, k));
            }
            Words w = chinese ? e.zh : e.en;
            if (best > 0) hits.add(new SearchHit(e.id, e.kind, w.label(), w.secondary(), best + kindBonus(e.kind)));
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
