package org.silkroadatlas.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.silkroadatlas.model.Confidence;
import org.silkroadatlas.model.Country;
import org.silkroadatlas.model.Dataset;
import org.silkroadatlas.model.Event;
import org.silkroadatlas.model.EventCategory;
import org.silkroadatlas.model.PartialDate;

class ExplorerStateTest {
    static Dataset pack() {
        List<Country> countries = List.of(
                new Country("PAK", "PK", "Pakistan", "巴基斯坦", null, List.of(), List.of()),
                new Country("IRN", "IR", "Iran", "伊朗", null, List.of(), List.of()),
                new Country("CHN", "CN", "China", "中国", null, List.of(), List.of()));
        List<Event> events = List.of(new Event("ev-2023-iran-sco", PartialDate.parse("2023-07-04"), "Iran joins the SCO",
                EventCategory.MEMBERSHIP, List.of("IRN"), List.of(), "", List.of(), Confidence.HIGH),
                new Event("ev-2001", PartialDate.parse("2001-06-15"), "SCO founded", EventCategory.MEMBERSHIP, List.of("CHN"), List.of(), "", List.of(), Confidence.HIGH));
        return new Dataset(countries, List.of(), List.of(), events, List.of(), List.of(), List.of(), List.of(), "test");
    }

    @Test
    void selectingTheSameIdTwiceNotifiesOnce() {
        ExplorerState s = new ExplorerState(pack());
        List<String> seen = new ArrayList<>();
        s.selectionProperty().addListener((o, a, b) -> seen.add(b));
        s.select("PAK");
        s.select("PAK");
        assertThat(seen).containsExactly("PAK");
    }

    @Test
    void unknownIdsAreRefused() {
        ExplorerState s = new ExplorerState(pack());
        assertThat(s.select("XXX")).isFalse();
        assertThat(s.getSelection()).isNull();
    }

    @Test
    void backAndForwardWalkTheSelectionHistory() {
        ExplorerState s = new ExplorerState(pack());
        s.select("PAK");
        s.select("IRN");
        s.clearSelection();
        s.goBack();
        assertThat(s.getSelection()).isEqualTo("IRN");
        s.goBack();
        assertThat(s.getSelection()).isEqualTo("PAK");
        assertThat(s.canGoBackProperty().get()).isFalse();
        s.goForward();
        assertThat(s.getSelection()).isEqualTo("IRN");
        s.select("CHN");
        assertThat(s.canGoForwardProperty().get()).isFalse();
    }

    @Test
    void yearIsClampedToThePackRange() {
        ExplorerState s = new ExplorerState(pack());
        assertThat(s.getFirstYear()).isEqualTo(2001);
        assertThat(s.getLastYear()).isEqualTo(2023);
        s.setYear(1990);
        assertThat(s.getYear()).isEqualTo(2001);
        s.setYear(2050);
        assertThat(s.getYear()).isEqualTo(2023);
    }

    @Test
    void viewReportsCloseToTheCurrentOneAreIgnored() {
        ExplorerState s = new ExplorerState(pack());
        List<MapViewport> seen = new ArrayList<>();
        s.viewProperty().addListener((o, a, b) -> seen.add(b));
        s.reportView(new MapViewport(MapViewport.DEFAULT.centerLat(), MapViewport.DEFAULT.centerLon(), MapViewport.DEFAULT.zoom()));
        s.reportView(new MapViewport(10, 20, 4));
        assertThat(seen).hasSize(1);
    }

    @Test
    void aNewPackDropsASelectionItLacks() {
        ExplorerState s = new ExplorerState(pack());
        s.select("IRN");
        s.setDataset(Dataset.empty());
        assertThat(s.getSelection()).isNull();
    }
}
