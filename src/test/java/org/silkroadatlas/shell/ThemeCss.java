package org.silkroadatlas.shell;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The looked-up colours of {@code atlas.css} as the app sees them in each theme and mode: the
 * {@code .root} block, overlaid by {@code .root.theme-dark} for the dark theme and by
 * {@code .root:presenter} for the presenter, with references ({@code -atlas-ink: -atlas-text})
 * resolved as JavaFX resolves them. Colours are {r, g, b, a} in 0..1, sRGB.
 */
final class ThemeCss {
    private static final Pattern DECL = Pattern.compile("(-atlas-[a-z0-9-]+)\\s*:\\s*([^;]+);");
    private static final Pattern RGBA = Pattern.compile("rgba\\(\\s*(\\d+)\\s*,\\s*(\\d+)\\s*,\\s*(\\d+)\\s*,\\s*([0-9.]+)\\s*\\)");

    enum Look { LIGHT, DARK, LIGHT_PRESENTER, DARK_PRESENTER }

    private final String css;

    ThemeCss(String resource) throws IOException {
        try (InputStream in = ThemeCss.class.getResourceAsStream(resource)) {
            if (in == null) throw new IOException(resource + " missing");
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static ThemeCss atlas() throws IOException {
        return new ThemeCss("/org/silkroadatlas/shell/atlas.css");
    }

    /** The raw declarations of the block whose selector is exactly {@code selector}. */
    Map<String, String> block(String selector) {
        int start = css.indexOf("\n" + selector + " {");
        if (start < 0) throw new IllegalArgumentException("no block " + selector);
        int end = css.indexOf('}', start);
        Map<String, String> m = new LinkedHashMap<>();
        Matcher d = DECL.matcher(css.substring(start, end));
        while (d.find()) m.put(d.group(1), d.group(2).trim());
        return m;
    }

    Map<String, String> declarations(Look look) {
        Map<String, String> m = new LinkedHashMap<>(block(".root"));
        if (look == Look.DARK || look == Look.DARK_PRESENTER) m.putAll(block(".root.theme-dark"));
        if (look == Look.LIGHT_PRESENTER || look == Look.DARK_PRESENTER) m.putAll(block(".root:presenter"));
        return m;
    }

    /** The colour a name has in a look, references followed. */
    double[] colour(Look look, String name) {
        Map<String, String> m = declarations(look);
        String v = m.get(name);
        for (int hops = 0; v != null && v.startsWith("-atlas-") && hops < 10; hops++) v = m.get(v);
        if (v == null) throw new IllegalArgumentException(name + " is not defined for " + look);
        return parse(v);
    }

    static double[] parse(String v) {
        String s = v.trim().toLowerCase(Locale.ROOT);
        if (s.matches("#[0-9a-f]{6}")) {
            int rgb = Integer.parseInt(s.substring(1), 16);
            return new double[] {((rgb >> 16) & 255) / 255.0, ((rgb >> 8) & 255) / 255.0, (rgb & 255) / 255.0, 1};
        }
        Matcher m = RGBA.matcher(s);
        if (m.matches()) {
            return new double[] {Integer.parseInt(m.group(1)) / 255.0, Integer.parseInt(m.group(2)) / 255.0,
                Integer.parseInt(m.group(3)) / 255.0, Double.parseDouble(m.group(4))};
        }
        throw new IllegalArgumentException("not a colour this test reads: " + v);
    }

    static String hex(double[] c) {
        return String.format("#%02x%02x%02x", Math.round(c[0] * 255), Math.round(c[1] * 255), Math.round(c[2] * 255));
    }
}
