package org.silkroadatlas.shell;

import java.util.function.Consumer;
import org.silkroadatlas.detail.DetailPanel;
import org.silkroadatlas.figures.FiguresPanel;
import org.silkroadatlas.map.LayerControl;
import org.silkroadatlas.map.MapPanel;
import org.silkroadatlas.map.PartnersLegend;
import org.silkroadatlas.map.tiles.TileSource;
import org.silkroadatlas.present.DeckEditor;
import org.silkroadatlas.state.ExplorerState;
import org.silkroadatlas.timeline.TimelinePanel;

/** Builds the real panels around one state, for the window and for `render`. */
public final class PanelFactory {
    private PanelFactory() { }

    public record Built(ShellParts parts, MapPanel map, DeckEditor decks) { }

    public static Built build(ExplorerState state, Workspace ws, Consumer<String> openExternal) {
        MapPanel map = new MapPanel(state);
        TileSource.setBasemaps(ws.coarse(), ws.detailed());
        map.setBasemap(ws.detailed());
        DeckEditor decks = new DeckEditor(state);
        map.legend().setPartnersKey(new PartnersLegend(state));
        ShellParts parts = new ShellParts(map.node(), new LayerControl(state), map.legend(),
                new TimelinePanel(state), new FiguresPanel(state), new DetailPanel(state, openExternal), decks,
                map::zoomToFit, map::zoomToSelection);
        return new Built(parts, map, decks);
    }
}
