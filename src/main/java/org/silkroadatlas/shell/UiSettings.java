package org.silkroadatlas.shell;

import java.util.Locale;
import org.silkroadatlas.state.ExplorerState;
import org.silkroadatlas.state.Theme;
import org.silkroadatlas.text.Tr;

/**
 * The reader's theme and language, remembered between runs. A first run follows the system's
 * language (Chinese systems start in Chinese); afterwards the reader's own choice wins.
 */
final class UiSettings {
    static final String THEME = "ui.theme";
    static final String LANGUAGE = "ui.language";

    private UiSettings() { }

    /** Puts the remembered theme and language into the state, then saves every later change. */
    static void restoreAndTrack(ExplorerState state, WindowSettings settings) {
        state.setTheme(theme(settings.get(THEME, Theme.LIGHT.name())));
        state.setLocale(Tr.supported(Locale.forLanguageTag(settings.get(LANGUAGE, Locale.getDefault().toLanguageTag()))));
        state.themeProperty().addListener((obs, old, t) -> {
            settings.put(THEME, t.name());
            settings.flush();
        });
        state.localeProperty().addListener((obs, old, l) -> {
            settings.put(LANGUAGE, l.toLanguageTag());
            settings.flush();
        });
    }

    private static Theme theme(String saved) {
        try {
            return Theme.valueOf(saved);
        } catch (IllegalArgumentException e) {
            return Theme.LIGHT; // a value from a later version or a hand edit: fall back, keep running
        }
    }
}
