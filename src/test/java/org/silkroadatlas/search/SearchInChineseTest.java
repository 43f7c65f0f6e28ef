package org.silkroadatlas.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.silkroadatlas.panels.PanelsFixture;
import org.silkroadatlas.state.ExplorerState;
import org.silkroadatlas.text.Tr;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.silkroadatlas.testing.FxThreadErrors;
import org.testfx.framework.junit5.Start;

/** Results name entities in the reader's language; the open list is relabelled when the language changes. */
@ExtendWith({FxThreadErrors.class, ApplicationExtension.class})
class SearchInChineseTest {
    private ExplorerState state;
    private SearchBox box;

    @Start
    void start(Stage stage) {
        state = new ExplorerState(PanelsFixture.pack());
        box = new SearchBox(state, id -> { });
        stage.setScene(new Scene(new VBox(box), 480, 300));
        stage.show();
    }

    @Test
    void resultsUseTheChineseNameAndTheBoxSpeaksChinese(FxRobot robot) {
        robot.interact(() -> box.setText("pakist"));
        assertThat(box.hits().get(0).label()).isEqualTo("Pakistan");
        assertThat(box.getPromptText()).startsWith("Search countries");

        robot.interact(() -> state.setLocale(Tr.CHINESE));
        assertThat(box.getText()).as("the typed text stays").isEqualTo("pakist");
        assertThat(box.hits().get(0).id()).isEqualTo("PAK");
        assertThat(box.hits().get(0).label()).isEqualTo("巴基斯坦");
        assertThat(box.hits().get(0).secondary()).contains("Pakistan").contains("PAK");
        assertThat(shownTitles()).first().isEqualTo("巴基斯坦");
        assertThat(shownSubtitles()).first().asString().startsWith("国家");
        assertThat(box.getPromptText()).startsWith("搜索国家");
        assertThat(box.getAccessibleText()).isEqualTo("搜索");

        robot.interact(() -> box.setText("巴基"));
        assertThat(box.hits()).extracting(SearchHit::label).first().isEqualTo("巴基斯坦");

        robot.interact(() -> state.setLocale(Tr.ENGLISH));
        assertThat(box.hits().get(0).label()).isEqualTo("Pakistan");
        assertThat(FxThreadErrors.errors()).isEmpty();
    }

    @Test
    void anEntityWithoutAChineseNameKeepsItsEnglishOne() {
        SearchIndex index = new SearchIndex(PanelsFixture.pack());
        List<SearchHit> cables = index.search("PEACE", 3, Tr.CHINESE);
        assertThat(cables.get(0).label()).isEqualTo("PEACE Cable");
        assertThat(cables.get(0).secondary()).contains("海底光缆").contains("2022年投入使用");
        assertThat(index.search("hangzhou", 3, Tr.CHINESE).get(0).label()).isEqualTo("杭州");
        assertThat(index.search("hangzhou", 3).get(0).label()).isEqualTo("Hangzhou");
    }

    private List<String> shownTitles() { return texts(0); }

    private List<String> shownSubtitles() { return texts(1); }

    private List<String> texts(int line) {
        return box.popupItems().stream().map(i -> ((Label) ((VBox) ((CustomMenuItem) i).getContent()).getChildren().get(line)).getText()).toList();
    }
}
