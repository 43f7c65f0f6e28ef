package org.silkroadatlas.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MapStylesTest {
    @Test
    void theCssVariablesAreThePaletteTheCanvasesPaintWith() throws IOException {
        String css;
        try (InputStream in = MapStyles.class.getResourceAsStream("map.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // The light values: the first block (the dark theme's block follows it).
        css = css.substring(0, css.indexOf('}'));
        Map<String, String> declared = new HashMap<>();
        Matcher m = Pattern.compile("(-atlas-[a-z0-9-]+)\\s*:\\s*(#[0-9a-fA-F]{6})\\s*;").matcher(css);
        while (m.find()) declared.put(m.group(1), m.group(2).toLowerCase());
        MapStyles.CSS_VARIABLES.forEach((name, colour) ->
                assertThat(declared.get(name)).as(name).isEqualTo(MapStyles.hex(colour)));
        assertThat(declared.keySet()).containsExactlyInAnyOrderElementsOf(MapStyles.CSS_VARIABLES.keySet());
    }

    @Test
    void theThemeDefinesTheSharedNamesWithTheSameValues() throws IOException {
        String css;
        try (InputStream in = MapStyles.class.getResourceAsStream("/org/silkroadatlas/shell/atlas.css")) {
            if (in == null) return; // the theme lives in the shell; without it there is nothing to disagree with
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // The light theme: the first .root block.
        String root = css.substring(css.indexOf(".root {"), css.indexOf("}", css.indexOf(".root {")));
        Matcher m = Pattern.compile("(-atlas-[a-z0-9-]+)\\s*:\\s*(#[0-9a-fA-F]{6})\\s*;").matcher(root);
        int shared = 0;
        while (m.find()) {
            javafx.scene.paint.Color mine = MapStyles.CSS_VARIABLES.get(m.group(1));
            if (mine == null) continue;
            shared++;
            assertThat(MapStyles.hex(mine)).as(m.group(1)).isEqualTo(m.group(2).toLowerCase());
        }
        assertThat(shared).isGreaterThan(5);
    }
}
