package org.silkroadatlas.data;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.silkroadatlas.model.CableKind;
import org.silkroadatlas.model.CableStatus;
import org.silkroadatlas.model.Organisation;
import org.silkroadatlas.model.ZoneKind;

/**
 * A briefing deck as its file holds it ({@code docs/deck-format.md}). Kept in plain values so the
 * data package needs nothing from the state hub; the presenter turns each {@link Scene} into a
 * state snapshot.
 */
public record DeckDocument(String title, List<Scene> scenes) {
    public static final String FORMAT = "dsr-atlas-deck/1";
    /** The panel names a scene may give, as written in the file. */
    public static final List<String> PANELS = List.of("detail", "figures", "timeline");

    public DeckDocument {
        title = title == null ? "" : title;
        scenes = List.copyOf(scenes == null ? List.of() : scenes);
    }

    /** One scene; {@code layers} null means every layer and filter on. */
    public record Scene(String caption, String notes, int year, String selection, String panel, String indicator,
                        boolean mapColouredByIndicator, View view, Layers layers) {
        public Scene {
            Objects.requireNonNull(view, "view");
            caption = caption == null ? "" : caption;
            notes = notes == null ? "" : notes;
            panel = panel == null ? "detail" : panel;
        }
    }

    public record View(double lat, double lon, double zoom) { }

    /** Layer visibility, opacity and filters; an empty {@code batches} set means every batch. */
    public record Layers(boolean partners, boolean cables, boolean zones,
                         double partnersOpacity, double cablesOpacity, double zonesOpacity,
                         Set<Organisation> organisations, Set<CableKind> cableKinds, Set<CableStatus> cableStatuses,
                         Set<ZoneKind> zoneKinds, Set<Integer> batches) {
        public Layers {
            organisations = Set.copyOf(organisations);
            cableKinds = Set.copyOf(cableKinds);
            cableStatuses = Set.copyOf(cableStatuses);
            zoneKinds = Set.copyOf(zoneKinds);
            batches = Set.copyOf(batches);
        }

        public static final Layers ALL = new Layers(true, true, true, 1, 1, 1, Set.of(Organisation.values()),
                Set.of(CableKind.values()), Set.of(CableStatus.values()), Set.of(ZoneKind.values()), Set.of());
    }
}
