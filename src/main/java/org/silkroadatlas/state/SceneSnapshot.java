package org.silkroadatlas.state;

import java.util.Objects;

/**
 * A saved view: what {@link ExplorerState#capture()} records and {@link ExplorerState#apply} restores,
 * plus the words a presenter attaches to it. Refers to data by id only, so a scene outlives the pack
 * it was made with. {@code selection} and {@code indicator} are null when none; caption and notes
 * are never null (empty when unset).
 */
public record SceneSnapshot(MapViewport view, int year, MapFilters filters, String selection, Panel panel,
                            String indicator, boolean mapColouredByIndicator, String caption, String notes) {
    public SceneSnapshot {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(filters, "filters");
        Objects.requireNonNull(panel, "panel");
        caption = caption == null ? "" : caption;
        notes = notes == null ? "" : notes;
        if (selection != null && selection.isBlank()) selection = null;
        if (indicator != null && indicator.isBlank()) indicator = null;
    }

    public SceneSnapshot withCaption(String c) {
        return new SceneSnapshot(view, year, filters, selection, panel, indicator, mapColouredByIndicator, c, notes);
    }

    public SceneSnapshot withNotes(String n) {
        return new SceneSnapshot(view, year, filters, selection, panel, indicator, mapColouredByIndicator, caption, n);
    }
}
