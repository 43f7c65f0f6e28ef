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
        Map<String, String> declared = new HashMap<>();
        Matcher m = Pattern.compile("(-atlas-[a-z0-9-]+)\\s*:\\s*(#[0-9a-fA-F]{6})\\s*;").matcher(css);
        while (m.find()) declared.put(m.group(1), m.group(2).toLowerCase());
        MapStyles.CSS_VARIABLES.forEach((name, colour) ->
                assertThat(declared.get(name)).as(name).isEqualTo(MapStyles.hex(colour)));
        assertThat(declared.keySet()).containsExactlyInAnyOrderElementsOf(MapStyles.CSS_VARIABLES.keySet());
    }
}
