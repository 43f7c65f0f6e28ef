package org.silkroadatlas.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The ISO 3166-1 country codes the validator accepts, with English and Chinese names, read from the
 * bundled table derived from i18n-iso-countries (MIT; notice in {@code iso3166-alpha3.LICENSE.txt}).
 */
public final class IsoCountries {
    /** One country of the table. */
    public record Entry(String alpha2, String alpha3, String numeric, String nameEn, String nameZh) { }

    private static final String RESOURCE = "iso3166-alpha3.tsv";
    private static final Map<String, Entry> BY_ALPHA3 = read();

    private IsoCountries() { }

    public static boolean isKnown(String alpha3) { return alpha3 != null && BY_ALPHA3.containsKey(alpha3); }

    public static Optional<Entry> byAlpha3(String alpha3) { return Optional.ofNullable(alpha3 == null ? null : BY_ALPHA3.get(alpha3)); }

    public static Set<String> alpha3Codes() { return Collections.unmodifiableSet(BY_ALPHA3.keySet()); }

    private static Map<String, Entry> read() {
        Map<String, Entry> m = new HashMap<>(512);
        try (InputStream in = IsoCountries.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("resource " + RESOURCE + " is missing from the build");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#") || line.isBlank()) continue;
                if (header) { header = false; continue; }
                String[] f = line.split("\t", -1);
                m.put(f[1], new Entry(f[0], f[1], f[2], f[3], f[4]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(m);
    }
}
