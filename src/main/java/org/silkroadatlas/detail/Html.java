package org.silkroadatlas.detail;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Escaping and link rules for the detail page. Every data value goes through {@link #esc}; an
 * address becomes a link only if it is a well-formed http or https URL, so a value can never
 * become markup, script or a javascript: link.
 */
public final class Html {
    /** Scheme of links that select an entity through the state, e.g. {@code atlas:select/PAK}. */
    public static final String SELECT_PREFIX = "atlas:select/";

    private Html() { }

    /** Text safe in element content and in double- or single-quoted attribute values. */
    public static String esc(String s) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                case '`' -> sb.append("&#96;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') sb.append(' ');
                    else sb.append(c);
                }
            }
        }
        return sb.toString();
    }

    /** True for an absolute http or https URL with a host. */
    public static boolean isWebAddress(String url) {
        if (url == null || url.isBlank()) return false;
        try {
            URI u = new URI(url.trim());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }

    /** The internal link that selects {@code id}. */
    public static String selectHref(String id) {
        return SELECT_PREFIX + URLEncoder.encode(id, StandardCharsets.UTF_8);
    }

    /** The id an internal link selects, or null if {@code href} is not one. */
    public static String selectedId(String href) {
        if (href == null) return null;
        int at = href.indexOf(SELECT_PREFIX);
        if (at < 0) return null;
        String rest = href.substring(at + SELECT_PREFIX.length());
        try {
            return java.net.URLDecoder.decode(rest, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A link selecting an entity, with escaped text. */
    public static String selectLink(String id, String text) {
        return "<a class=\"internal\" href=\"" + esc(selectHref(id)) + "\">" + esc(text) + "</a>";
    }

    /** A link to a web address if it is one, else the escaped text of the address. */
    public static String webLink(String url, String text) {
        if (!isWebAddress(url)) return esc(text == null ? url : text);
        return "<a class=\"external\" href=\"" + esc(url.trim()) + "\" title=\"" + esc(url.trim()) + "\">" + esc(text) + "</a>";
    }

    /** "example.org/path..." for showing an address compactly. */
    public static String shortAddress(String url) {
        String s = url.trim().replaceFirst("^(?i)https?://", "").replaceFirst("^www\\.", "");
        return s.length() <= 60 ? s : s.substring(0, 57) + "\u2026";
    }
}
