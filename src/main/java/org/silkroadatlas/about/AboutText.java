package org.silkroadatlas.about;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.silkroadatlas.model.Dataset;
import org.silkroadatlas.text.Tr;

/**
 * What the About box says, in the reader's language: version, licences, the open pack and its
 * source count, attributions (OpenStreetMap's as it applies now), and how borders and cable
 * routes are drawn. Plain text, so it can be selected and copied.
 */
public final class AboutText {
    private static final Tr TR = Tr.of(AboutText.class);

    private AboutText() { }

    /**
     * The build's version: Maven writes it into {@code version.properties}; the jar's manifest is
     * the fallback; null when neither knows (classes run straight from an IDE).
     */
    public static String version() {
        try (InputStream in = AboutText.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version", "").strip();
                if (!v.isEmpty() && !v.startsWith("${")) return v;
            }
        } catch (IOException e) {
            // Fall back to the manifest.
        }
        return AboutText.class.getPackage().getImplementationVersion();
    }

    public static String title(Locale l) { return TR.get(l, "title"); }

    public static String header(Locale l) {
        String v = version();
        return TR.get(l, "header", v == null ? TR.get(l, "version.dev") : v);
    }

    public static String body(Locale l, Dataset d, boolean onlineTiles) {
        List<String> out = new ArrayList<>();
        out.add(TR.get(l, "intro"));
        out.add("");
        section(out, l, "section.licences", "licence.app", "licence.gluon", "licence.javafx", "licence.atlantafx",
                "licence.ikonli", "licence.apache");
        out.add(TR.get(l, "section.data"));
        out.add("• " + TR.get(l, "data.pack", d.origin() == null ? "" : d.origin()));
        out.add("• " + TR.get(l, "data.counts", d.countries().size(), d.cables().size(), d.zones().size(), d.events().size(),
                d.figures().size(), d.sources().size()));
        out.add("• " + TR.get(l, "data.honesty"));
        out.add("");
        section(out, l, "section.attribution", "attr.naturalEarth", "attr.geonames", "attr.telegeography", "attr.countries",
                "attr.factBase", onlineTiles ? "attr.osm.on" : "attr.osm.off");
        section(out, l, "section.drawing", "draw.borders", "draw.notOfficial", "draw.scales", "draw.routes", "draw.status");
        return String.join("\n", out).strip();
    }

    private static void section(List<String> out, Locale l, String heading, String... keys) {
        out.add(TR.get(l, heading));
        for (String k : keys) out.add("• " + TR.get(l, k));
        out.add("");
    }
}
