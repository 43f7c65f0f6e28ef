package org.silkroadatlas.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.silkroadatlas.map.MapStyles;
import org.silkroadatlas.map.tiles.TileStyle;
import org.silkroadatlas.shell.ColourVision.Vision;
import org.silkroadatlas.shell.ThemeCss.Look;

/**
 * The status and kind palettes of both themes, read from atlas.css, stay apart for readers with
 * the common colour-vision deficiencies and stand out from the ground they are drawn on.
 *
 * <p>Thresholds: categories must differ by CIEDE2000 {@value #MIN_DIFFERENCE} or more for normal
 * vision and under full protanopia, deuteranopia and tritanopia (Machado 2009 at severity 1, the
 * strongest form). A just-noticeable difference is about 1 ΔE00; 10 is a margin for what the
 * palettes colour: 2 px lines, 11 px markers and legend swatches, read at a glance. Marks (lines,
 * markers, outlines, chart series, timeline marks) need WCAG 2's 3:1 non-text contrast against
 * their ground. Area fills (countries, bars) are large and outlined, and are told apart from the
 * ground and each other by the same ΔE rule instead (no set of four fills can all reach 3:1 against
 * a pale land and one another). Ordered scales (batches, indicator classes) must keep their order
 * of lightness in every simulation, each step at least {@value #MIN_STEP} ΔE00 from the next.
 */
class ThemePaletteTest {
    static final double MIN_DIFFERENCE = 10;
    static final double MIN_CONTRAST = 3.0;
    static final double MIN_STEP = 5;

    private static ThemeCss css;

    @BeforeAll
    static void read() throws IOException {
        css = ThemeCss.atlas();
    }

    @ParameterizedTest
    @EnumSource(value = Look.class, names = {"LIGHT", "DARK"})
    void mapPalettesAreColourBlindSafeAndStandOutFromTheGround(Look look) {
        List<String> problems = new ArrayList<>();
        Map<String, double[]> fills = colours(look, "china", "sco", "sco-partner", "sco-observer");
        double[] land = colour(look, "land");
        fills.replaceAll((k, c) -> ColourVision.over(c, MapStyles.FILL_OPACITY, land));
        fills.put("land (no standing)", land);
        apart(look + " partner fills", fills, problems);

        contrast(look + " ASEAN hatch and outline", colours(look, "asean"), List.of("land"), look, problems);

        Map<String, double[]> cables = colours(look, "submarine", "terrestrial", "selection");
        contrast(look + " cables", cables, List.of("sea", "land"), look, problems);
        apart(look + " cables", cables, problems);

        Map<String, double[]> zones = colours(look, "zone", "hub", "cluster", "selection");
        contrast(look + " zone markers", zones, List.of("land"), look, problems);
        apart(look + " zone markers", zones, problems);

        ordered(look + " CBEC batches", colours(look, "batch-1", "batch-2", "batch-3", "batch-4", "batch-5", "batch-6", "batch-7", "batch-8"), problems);
        ordered(look + " indicator classes", colours(look, "ramp-1", "ramp-2", "ramp-3", "ramp-4", "ramp-5"), problems);
        assertThat(problems).as("palette problems in the %s theme", look).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Look.class)
    void panelPalettesAreColourBlindSafeInBothThemesAndUnderThePresenter(Look look) {
        List<String> problems = new ArrayList<>();
        Map<String, double[]> lanes = colours(look, "lane-membership", "lane-agreement", "lane-trade", "lane-cable", "lane-zone");
        contrast(look + " timeline lanes", lanes, List.of("panel-bg"), look, problems);
        apart(look + " timeline lanes", lanes, problems);

        Map<String, double[]> series = colours(look, "series-china", "series-sco", "series-asean", "world", "other-series", "country");
        contrast(look + " figure series", series, List.of("panel-bg"), look, problems);
        apart(look + " figure series", series, problems);

        Map<String, double[]> bars = colours(look, "series-sco", "series-asean", "other-bar");
        bars.put("panel-bg", colour(look, "panel-bg"));
        apart(look + " ranking bars", bars, problems);
        assertThat(problems).as("palette problems for %s", look).isEmpty();
    }

    @Test
    void milestoneLanesShareTheirSubjectsColour() {
        for (Look look : Look.values()) {
            assertThat(ThemeCss.hex(colour(look, "lane-cable-rfs"))).isEqualTo(ThemeCss.hex(colour(look, "lane-cable")));
            assertThat(ThemeCss.hex(colour(look, "lane-zone-batch"))).isEqualTo(ThemeCss.hex(colour(look, "lane-zone")));
        }
    }

    /** The offline tiles and the map's CSS agree in both themes (the tiles take the CSS colours at run time). */
    @Test
    void theTileStylesAreTheThemesLandSeaAndBorders() {
        assertThat(ThemeCss.hex(colour(Look.LIGHT, "sea"))).isEqualTo(TileStyle.css(TileStyle.LIGHT.sea()));
        assertThat(ThemeCss.hex(colour(Look.LIGHT, "land"))).isEqualTo(TileStyle.css(TileStyle.LIGHT.land()));
        assertThat(ThemeCss.hex(colour(Look.LIGHT, "border-line"))).isEqualTo(TileStyle.css(TileStyle.LIGHT.border()));
        assertThat(ThemeCss.hex(colour(Look.DARK, "sea"))).isEqualTo(TileStyle.css(TileStyle.DARK.sea()));
        assertThat(ThemeCss.hex(colour(Look.DARK, "land"))).isEqualTo(TileStyle.css(TileStyle.DARK.land()));
        assertThat(ThemeCss.hex(colour(Look.DARK, "border-line"))).isEqualTo(TileStyle.css(TileStyle.DARK.border()));
    }

    /** map.css repeats the dark values for the map's own nodes; they must be the theme's. */
    @Test
    void theMapSheetsDarkBlockIsTheThemes() throws IOException {
        ThemeCss map = new ThemeCss("/org/silkroadatlas/map/map.css");
        Map<String, String> dark = map.block(".root.theme-dark, .theme-dark .partners-layer, .theme-dark .partners-legend");
        assertThat(dark).isNotEmpty();
        dark.forEach((name, value) -> assertThat(value.toLowerCase()).as(name)
                .isEqualTo(ThemeCss.hex(css.colour(Look.DARK, name))));
    }

    // ---- the checks can fail: known values ----------------------------------------------------

    /** Sharma, Wu and Dalal (2005), table 1, pair 1. */
    @Test
    void ciede2000MatchesThePublishedTestData() {
        assertThat(ColourVision.deltaE2000(new double[] {50, 2.6772, -79.7751}, new double[] {50, 0, -82.7485}))
                .isCloseTo(2.0425, within(1e-4));
        assertThat(ColourVision.deltaE2000(new double[] {50, -1.3802, -84.2814}, new double[] {50, 0, -82.7485}))
                .isCloseTo(1.0000, within(1e-4));
    }

    @Test
    void simulationsKeepGreysAndMergeRedWithGreenForRedGreenBlindness() {
        for (Vision v : Vision.values()) {
            double[] grey = v.see(new double[] {0.5, 0.5, 0.5});
            assertThat(grey[0]).isCloseTo(0.5, within(0.01));
            assertThat(grey[2]).isCloseTo(0.5, within(0.01));
        }
        // Okabe-Ito's reason to exist: a typical red and green of equal lightness collapse for a deuteranope.
        double[] red = ThemeCss.parse("#d62728"), green = ThemeCss.parse("#2ca02c");
        assertThat(ColourVision.difference(red, green, Vision.NORMAL)).isGreaterThan(50);
        assertThat(ColourVision.difference(red, green, Vision.DEUTERANOPIA)).isLessThan(MIN_DIFFERENCE);
    }

    /** The palette before this check: an orange line on pale land, and lanes a deuteranope confused. */
    @Test
    void thePreviousLightPaletteFails() {
        List<String> problems = new ArrayList<>();
        Map<String, double[]> cables = new LinkedHashMap<>();
        cables.put("terrestrial", ThemeCss.parse("#e69f00"));
        double[] land = ThemeCss.parse("#e9e4d8");
        if (ColourVision.contrast(cables.get("terrestrial"), land) < MIN_CONTRAST) problems.add("terrestrial on land");
        Map<String, double[]> lanes = new LinkedHashMap<>();
        lanes.put("membership", ThemeCss.parse("#7a4bb0"));
        lanes.put("cable", ThemeCss.parse("#1f78b4"));
        apart("old lanes", lanes, problems);
        assertThat(problems).hasSize(2);
        assertThat(problems.get(1)).contains("DEUTERANOPIA");
    }

    // ---- helpers -----------------------------------------------------------------------------

    private static double[] colour(Look look, String name) {
        return css.colour(look, "-atlas-" + name);
    }

    private static Map<String, double[]> colours(Look look, String... names) {
        Map<String, double[]> m = new LinkedHashMap<>();
        for (String n : names) m.put(n, colour(look, n));
        return m;
    }

    private static void apart(String what, Map<String, double[]> colours, List<String> problems) {
        List<String> names = new ArrayList<>(colours.keySet());
        for (Vision v : Vision.values()) {
            for (int i = 0; i < names.size(); i++) {
                for (int j = i + 1; j < names.size(); j++) {
                    double d = ColourVision.difference(colours.get(names.get(i)), colours.get(names.get(j)), v);
                    if (d < MIN_DIFFERENCE) {
                        problems.add(String.format("%s: %s and %s differ by %.1f ΔE00 under %s", what, names.get(i), names.get(j), d, v));
                    }
                }
            }
        }
    }

    private static void contrast(String what, Map<String, double[]> colours, List<String> grounds, Look look, List<String> problems) {
        for (String ground : grounds) {
            double[] g = colour(look, ground);
            colours.forEach((name, c) -> {
                double r = ColourVision.contrast(c, g);
                if (r < MIN_CONTRAST) problems.add(String.format("%s: %s %s on %s %s has contrast %.2f:1", what, name, ThemeCss.hex(c), ground, ThemeCss.hex(g), r));
            });
        }
    }

    private static void ordered(String what, Map<String, double[]> steps, List<String> problems) {
        List<double[]> cs = new ArrayList<>(steps.values());
        for (Vision v : Vision.values()) {
            double[] lightness = cs.stream().mapToDouble(c -> ColourVision.lab(v.see(c))[0]).toArray();
            boolean up = true, down = true;
            for (int i = 1; i < lightness.length; i++) {
                up &= lightness[i] > lightness[i - 1];
                down &= lightness[i] < lightness[i - 1];
                double d = ColourVision.difference(cs.get(i - 1), cs.get(i), v);
                if (d < MIN_STEP) problems.add(String.format("%s: steps %d and %d differ by %.1f ΔE00 under %s", what, i, i + 1, d, v));
            }
            if (!up && !down) problems.add(what + ": lightness not in order under " + v);
        }
    }
}
