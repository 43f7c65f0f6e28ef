package org.silkroadatlas.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.silkroadatlas.state.ExplorerState;
import org.silkroadatlas.state.MapFilters;
import org.silkroadatlas.state.MapViewport;
import org.silkroadatlas.state.Panel;
import org.silkroadatlas.state.SceneSnapshot;
import org.silkroadatlas.state.SceneWarning;
import org.silkroadatlas.text.Tr;

/** What a scene cannot show reads in the reader's language in the editor and presenter, and in English on the command line. */
class SceneWarningsTest {
    private final SceneSnapshot impossible = new SceneSnapshot(new MapViewport(30, 100, 4), 1850, MapFilters.ALL,
            "ATLANTIS", Panel.DETAIL, "no-such-indicator", false, "caption", "");

    @Test
    void theStateSaysWhatItSkippedAsValues() {
        ExplorerState state = new ExplorerState(PresentTestData.dataset());
        List<SceneWarning> w = state.applyScene(impossible, false);
        assertThat(w).extracting(SceneWarning::kind).containsExactly(SceneWarning.Kind.YEAR_OUTSIDE_PACK,
                SceneWarning.Kind.INDICATOR_NOT_IN_PACK, SceneWarning.Kind.SELECTION_NOT_IN_PACK);
        assertThat(state.apply(impossible, false)).as("the command line's English sentences")
                .contains("\"ATLANTIS\" is not in this data pack; nothing is selected")
                .anyMatch(s -> s.startsWith("year 1850 is outside this data pack ("));
    }

    @Test
    void theEditorAndPresenterWordItInChinese() {
        ExplorerState state = new ExplorerState(PresentTestData.dataset());
        List<SceneWarning> w = state.applyScene(impossible, false);
        List<String> zh = SceneWarnings.words(w, Tr.CHINESE);
        assertThat(zh.get(0)).startsWith("1850年不在本数据包的年份范围内").endsWith("年");
        assertThat(zh.get(1)).isEqualTo("本数据包中没有指标“no-such-indicator”");
        assertThat(zh.get(2)).isEqualTo("本数据包中没有“ATLANTIS”；未选中任何对象");
        assertThat(SceneWarnings.words(w, Tr.ENGLISH)).isEqualTo(state.apply(impossible, false));
    }
}
