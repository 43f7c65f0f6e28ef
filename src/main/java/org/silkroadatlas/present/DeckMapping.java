package org.silkroadatlas.present;

import java.util.Locale;
import org.silkroadatlas.data.DeckDocument;
import org.silkroadatlas.state.MapFilters;
import org.silkroadatlas.state.MapViewport;
import org.silkroadatlas.state.Panel;
import org.silkroadatlas.state.SceneSnapshot;

/** Between the file's plain values and the state's snapshots, field for field. */
final class DeckMapping {
    private DeckMapping() { }

    static Deck toDeck(DeckDocument doc) {
        return new Deck(doc.title(), doc.scenes().stream().map(DeckMapping::toSnapshot).toList());
    }

    static DeckDocument toDocument(Deck deck) {
        return new DeckDocument(deck.title(), deck.scenes().stream().map(DeckMapping::toScene).toList());
    }

    static SceneSnapshot toSnapshot(DeckDocument.Scene s) {
        DeckDocument.Layers l = s.layers() == null ? DeckDocument.Layers.ALL : s.layers();
        MapFilters f = new MapFilters(l.partners(), l.cables(), l.zones(), l.partnersOpacity(), l.cablesOpacity(),
                l.zonesOpacity(), l.organisations(), l.cableKinds(), l.cableStatuses(), l.zoneKinds(), l.batches());
        return new SceneSnapshot(new MapViewport(s.view().lat(), s.view().lon(), s.view().zoom()), s.year(), f,
                s.selection(), Panel.valueOf(s.panel().toUpperCase(Locale.ROOT)), s.indicator(),
                s.mapColouredByIndicator(), s.caption(), s.notes());
    }

    static DeckDocument.Scene toScene(SceneSnapshot s) {
        MapFilters f = s.filters();
        DeckDocument.Layers l = new DeckDocument.Layers(f.partnersVisible(), f.cablesVisible(), f.zonesVisible(),
                f.partnersOpacity(), f.cablesOpacity(), f.zonesOpacity(), f.organisations(), f.cableKinds(),
                f.cableStatuses(), f.zoneKinds(), f.batches());
        return new DeckDocument.Scene(s.caption(), s.notes(), s.year(), s.selection(),
                s.panel().name().toLowerCase(Locale.ROOT), s.indicator(), s.mapColouredByIndicator(),
                new DeckDocument.View(s.view().centerLat(), s.view().centerLon(), s.view().zoom()), l);
    }
}
