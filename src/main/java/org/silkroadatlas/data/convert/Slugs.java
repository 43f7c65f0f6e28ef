package org.silkroadatlas.data.convert;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/** Stable lower-case ids: the same text gives the same id on every run and every machine. */
final class Slugs {
    private Slugs() { }

    static String slug(String text, int maxLength) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > maxLength) s = s.substring(0, maxLength).replaceAll("-+$", "");
        return s;
    }

    /** First {@code hexDigits} hex digits of the SHA-1 of the text, to tell apart slugs that collide. */
    static String hash(String text, int hexDigits) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, hexDigits);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JDK", e);
        }
    }
}
