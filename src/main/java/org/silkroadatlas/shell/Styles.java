package org.silkroadatlas.shell;

import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.silkroadatlas.state.ExplorerState;
import org.silkroadatlas.state.Theme;

/**
 * The app's style sheets, in the order they override each other: the AtlantaFX Primer theme
 * (light or dark) as the user agent style sheet under everything, then {@code atlas.css} with our
 * palette, whose dark values apply while the scene's root has the class {@value #DARK_CLASS}.
 */
public final class Styles {
    /** The root's style class while the dark theme is on; atlas.css and map.css key on it. */
    public static final String DARK_CLASS = "theme-dark";

    private Styles() { }

    /** Our sheets, without following a theme (the light one unless the root says otherwise). */
    public static void apply(Scene scene) {
        scene.getStylesheets().setAll(
                Styles.class.getResource("/org/silkroadatlas/shell/atlas.css").toExternalForm());
    }

    /**
     * Our sheets, and the theme of {@code state} from now on: a theme change restyles the scene in
     * place (nothing is rebuilt, so selection, year, filters and the map view stay). The base
     * theme is application-wide, as JavaFX's user agent style sheet is.
     */
    public static void follow(Scene scene, ExplorerState state) {
        apply(scene);
        state.themeProperty().subscribe(t -> {
            useBaseTheme(t);
            mark(scene.getRoot(), t);
        });
        scene.rootProperty().addListener((o, old, root) -> {
            if (old != null) old.getStyleClass().remove(DARK_CLASS);
            mark(root, state.getTheme());
        });
    }

    /** The AtlantaFX base theme for {@code theme}, for every window of the application. */
    public static void useBaseTheme(Theme theme) {
        Application.setUserAgentStylesheet(baseTheme(theme));
    }

    /**
     * The Primer sheet of AtlantaFX by its resource path, as a full URL: the same on the class path
     * (the jar, the tests) and the module path ({@code mvn javafx:run}; the package is open).
     */
    static String baseTheme(Theme theme) {
        String name = theme == Theme.DARK ? "primer-dark.css" : "primer-light.css";
        java.net.URL url = Styles.class.getResource("/atlantafx/base/theme/" + name);
        if (url == null) throw new IllegalStateException("AtlantaFX " + name + " missing from the class path");
        return url.toExternalForm();
    }

    private static void mark(Parent root, Theme theme) {
        if (root == null) return;
        if (theme == Theme.DARK) {
            if (!root.getStyleClass().contains(DARK_CLASS)) root.getStyleClass().add(DARK_CLASS);
        } else {
            root.getStyleClass().remove(DARK_CLASS);
        }
    }
}
