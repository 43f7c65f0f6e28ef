package org.silkroadatlas.present;

import java.util.List;
import org.silkroadatlas.state.SceneSnapshot;

/** A briefing: a title and its scenes in the order they are shown. */
public record Deck(String title, List<SceneSnapshot> scenes) {
    public Deck {
        title = title == null ? "" : title;
        scenes = List.copyOf(scenes == null ? List.of() : scenes);
    }

    public int size() { return scenes.size(); }

    public SceneSnapshot scene(int index) { return scenes.get(index); }
}
