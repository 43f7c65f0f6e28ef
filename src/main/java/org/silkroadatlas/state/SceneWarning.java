package org.silkroadatlas.state;

/**
 * Something a saved scene asked for that the current pack cannot show; the scene is shown
 * without it. Views word it in the reader's language; {@link #toString()} is the English sentence
 * the command line prints.
 */
public record SceneWarning(Kind kind, String value, int first, int last, int shown) {
    public enum Kind {
        /** The scene's year lies outside the pack's years; {@code shown} is the year shown instead. */
        YEAR_OUTSIDE_PACK,
        /** The scene's indicator is not in the pack. */
        INDICATOR_NOT_IN_PACK,
        /** The scene's selection is not in the pack; nothing is selected. */
        SELECTION_NOT_IN_PACK
    }

    @Override public String toString() {
        return switch (kind) {
            case YEAR_OUTSIDE_PACK -> "year " + value + " is outside this data pack (" + first + "-" + last + "); showing " + shown;
            case INDICATOR_NOT_IN_PACK -> "indicator \"" + value + "\" is not in this data pack";
            case SELECTION_NOT_IN_PACK -> "\"" + value + "\" is not in this data pack; nothing is selected";
        };
    }
}
