package org.silkroadatlas.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.silkroadatlas.map.MapColours;
import org.silkroadatlas.model.CableKind;
import org.silkroadatlas.state.MapFilters;
import org.silkroadatlas.state.MapViewport;
import org.silkroadatlas.state.Panel;
import org.silkroadatlas.state.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.silkroadatlas.testing.FxThreadErrors;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Switching the theme while the window runs restyles it in place: the reader's selection, year,
 * filters and map view stay, and the canvases (map tiles and layers, timeline, figures) are drawn
 * again in the dark colours, then in the light ones.
 */
@ExtendWith({FxThreadErrors.class, ApplicationExtension.class})
class ThemeSwitchTest {
    private RenderedWindow w;

    private static Workspace ws;

    /** Read off the FX thread, so the window's set-up stays short on a busy machine. */
    @BeforeAll
    static void load() {
        // The first window of a fresh JVM on a busy machine can take longer than TestFX's 30 s default.
        org.testfx.api.FxToolkit.toolkitContext().setSetupTimeoutInMillis(120_000);
        ws = Workspace.load(Path.of(System.getProperty("atlas.data.dir", "data")));
    }

    @Start
    void start(Stage stage) {
        w = RenderedWindow.openIn(stage, ws, 1400, 900);
    }

    @AfterEach
    void lightAgainAndNoFxErrors() throws Exception {
        // The base theme is application-wide: leave the light one for the tests that follow.
        fx(() -> {
            w.state().setTheme(Theme.LIGHT);
            return null;
        });
        settle();
        assertThat(FxThreadErrors.errors()).isEmpty();
    }

    @Test
    void switchingToDarkAndBackKeepsTheReadersPlaceAndRepaintsEveryCanvas(FxRobot robot) throws Exception {
        MapFilters filters = MapFilters.ALL.withCableKinds(java.util.Set.of(CableKind.SUBMARINE)).withZonesVisible(false);
        fx(() -> {
            w.state().setYear(2019);
            w.state().select("PAK");
            w.state().setFilters(filters);
            // Over the Indian Ocean, so the sea is the map's commonest colour.
            w.state().flyTo(new MapViewport(-15, 75, 4), true);
            return null;
        });
        settle();
        MapViewport view = fx(() -> w.state().getView());
        Map<String, Color> light = grounds(robot);
        assertThat(iconColours(robot)).allSatisfy(c -> assertThat(luminance(c)).as("icon on light %s", c).isLessThan(0.45));
        assertThat(light.values()).allSatisfy(c -> assertThat(luminance(c)).as("light ground %s", c).isGreaterThan(0.55));

        fx(() -> {
            w.state().setTheme(Theme.DARK);
            return null;
        });
        settle();

        assertThat(fx(() -> w.state().getSelection())).isEqualTo("PAK");
        assertThat(fx(() -> w.state().getYear())).isEqualTo(2019);
        assertThat(fx(() -> w.state().getFilters())).isEqualTo(filters);
        assertThat(fx(() -> w.state().getView())).isEqualTo(view);
        assertThat(fx(() -> w.scene().getRoot().getStyleClass())).contains(Styles.DARK_CLASS);
        assertThat(Application.getUserAgentStylesheet()).endsWith("primer-dark.css");

        // Toolbar icons take the theme's text colour, and keep their names for screen readers.
        assertThat(iconColours(robot)).allSatisfy(c -> assertThat(luminance(c)).as("icon on dark %s", c).isGreaterThan(0.55));

        MapColours dark = MapColours.current();
        assertThat(dark.sea()).isEqualTo(Color.web("#1b2833"));
        Map<String, Color> darkGrounds = grounds(robot);
        assertThat(darkGrounds.values()).allSatisfy(c -> assertThat(luminance(c)).as("dark ground %s", c).isLessThan(0.2));
        // The map's commonest colour is the dark sea or land of the theme: tiles were redrawn in place.
        assertThat(List.of(dark.sea(), dark.land())).anySatisfy(c -> assertThat(near(darkGrounds.get("map"), c)).isTrue());
        assertThat(near(darkGrounds.get("timeline"), Color.web("#161b22")) || near(darkGrounds.get("timeline"), Color.web("#1c2129"))).isTrue();

        fx(() -> {
            w.state().setTheme(Theme.LIGHT);
            return null;
        });
        settle();
        assertThat(fx(() -> w.state().getView())).isEqualTo(view);
        assertThat(fx(() -> w.state().getSelection())).isEqualTo("PAK");
        assertThat(grounds(robot).values()).allSatisfy(c -> assertThat(luminance(c)).isGreaterThan(0.55));
        assertThat(MapColours.current()).isEqualTo(MapColours.LIGHT);
    }

    private void settle() throws Exception {
        w.awaitSettled();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The colour of every toolbar button's icon; each button has one, and an accessible name. */
    private java.util.List<Color> iconColours(FxRobot robot) throws Exception {
        java.util.List<Color> colours = new java.util.ArrayList<>();
        for (String id : List.of("#tool-back", "#tool-forward", "#tool-layers", "#tool-fit", "#tool-zoom-selection",
                "#tool-year-prev", "#tool-year-next", "#tool-present")) {
            javafx.scene.control.ButtonBase b = robot.lookup(id).queryAs(javafx.scene.control.ButtonBase.class);
            assertThat(b.getGraphic()).as(id).isInstanceOf(org.kordamp.ikonli.javafx.FontIcon.class);
            assertThat(fx(b::getAccessibleText)).as(id).isNotBlank();
            colours.add((Color) fx(() -> ((org.kordamp.ikonli.javafx.FontIcon) b.getGraphic()).getIconColor()));
        }
        return colours;
    }

    /** The commonest colour of the map, the timeline canvas and the figures panel: their ground. */
    private Map<String, Color> grounds(FxRobot robot) throws Exception {
        Map<String, Color> m = new HashMap<>();
        m.put("map", commonest(fx(() -> w.map().snapshot(null, null))));
        Node timeline = robot.lookup(".timeline-canvas").query();
        m.put("timeline", commonest(fx(() -> timeline.snapshot(null, null))));
        fx(() -> {
            w.state().showPanel(Panel.FIGURES);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node figures = robot.lookup(".trend-chart").query();
        m.put("figures", commonest(fx(() -> figures.snapshot(null, null))));
        fx(() -> {
            w.state().showPanel(Panel.DETAIL);
            return null;
        });
        return m;
    }

    private static Color commonest(WritableImage img) {
        PixelReader r = img.getPixelReader();
        Map<Integer, Integer> counts = new HashMap<>();
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) counts.merge(r.getArgb(x, y), 1, Integer::sum);
        }
        int argb = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        return Color.rgb((argb >> 16) & 255, (argb >> 8) & 255, argb & 255);
    }

    private static double luminance(Color c) {
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
    }

    private static boolean near(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 0.02 && Math.abs(a.getGreen() - b.getGreen()) < 0.02 && Math.abs(a.getBlue() - b.getBlue()) < 0.02;
    }

    private static <T> T fx(java.util.concurrent.Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
    }
}
