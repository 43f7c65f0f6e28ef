package org.silkroadatlas.present;

import java.util.List;
import java.util.Locale;
import org.silkroadatlas.state.SceneWarning;
import org.silkroadatlas.text.Tr;

/** What a scene could not show, worded for the reader: the editor's status line and the presenter's caption. */
final class SceneWarnings {
    private static final Tr TR = Tr.of(SceneWarnings.class);

    private SceneWarnings() { }

    static List<String> words(List<SceneWarning> warnings, Locale locale) {
        return warnings.stream().map(w -> word(w, locale)).toList();
    }

    static String word(SceneWarning w, Locale locale) {
        return switch (w.kind()) {
            case YEAR_OUTSIDE_PACK -> TR.get(locale, "sceneWarning.year", w.value(), Integer.toString(w.first()),
                    Integer.toString(w.last()), Integer.toString(w.shown()));
            case INDICATOR_NOT_IN_PACK -> TR.get(locale, "sceneWarning.indicator", w.value());
            case SELECTION_NOT_IN_PACK -> TR.get(locale, "sceneWarning.selection", w.value());
        };
    }
}
