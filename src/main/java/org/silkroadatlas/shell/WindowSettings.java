package org.silkroadatlas.shell;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Remembers the window's size, position and split positions between runs (java.util.prefs).
 * Tests and the command line use another node (system property {@code atlas.prefs.node}) so they
 * never touch the user's own settings.
 */
public final class WindowSettings {
    private final Preferences prefs;

    public WindowSettings() {
        this(Preferences.userRoot().node("org/silkroadatlas/dsr-explorer/" + System.getProperty("atlas.prefs.node", "user")));
    }

    WindowSettings(Preferences prefs) { this.prefs = prefs; }

    /** Puts the stage where it was last time, if that place is still on a screen. */
    public void restore(Stage stage, double defaultWidth, double defaultHeight) {
        // A value saved by a window that never got its size (NaN) or a hand edit must not size this one.
        double w = finiteOr(prefs.getDouble("window.width", defaultWidth), defaultWidth);
        double h = finiteOr(prefs.getDouble("window.height", defaultHeight), defaultHeight);
        double x = prefs.getDouble("window.x", Double.NaN);
        double y = prefs.getDouble("window.y", Double.NaN);
        stage.setWidth(Math.max(640, w));
        stage.setHeight(Math.max(480, h));
        if (!Double.isNaN(x) && !Double.isNaN(y) && onSomeScreen(x, y, w)) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(prefs.getBoolean("window.maximized", false));
    }

    private static double finiteOr(double v, double fallback) {
        return Double.isFinite(v) ? v : fallback;
    }

    private static boolean onSomeScreen(double x, double y, double w) {
        for (Screen s : Screen.getScreens()) {
            Rectangle2D b = s.getVisualBounds();
            if (b.intersects(x + 40, y + 10, Math.max(1, w - 80), 30)) return true;
        }
        return false;
    }

    public void save(Stage stage) {
        boolean sized = Double.isFinite(stage.getWidth()) && Double.isFinite(stage.getHeight())
                && Double.isFinite(stage.getX()) && Double.isFinite(stage.getY());
        if (sized && !stage.isMaximized() && !stage.isFullScreen()) {
            prefs.putDouble("window.width", stage.getWidth());
            prefs.putDouble("window.height", stage.getHeight());
            prefs.putDouble("window.x", stage.getX());
            prefs.putDouble("window.y", stage.getY());
        }
        prefs.putBoolean("window.maximized", stage.isMaximized());
        flush();
    }

    public double getDouble(String key, double fallback) { return prefs.getDouble(key, fallback); }

    public void putDouble(String key, double value) { prefs.putDouble(key, value); }

    public String get(String key, String fallback) { return prefs.get(key, fallback); }

    public void put(String key, String value) {
        if (value == null) prefs.remove(key); else prefs.put(key, value);
    }

    public void flush() {
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            // Settings are a convenience: losing them must never stop the app.
            System.getLogger("atlas").log(System.Logger.Level.WARNING, "could not save settings: " + e.getMessage());
        }
    }
}
