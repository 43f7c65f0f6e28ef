package org.silkroadatlas.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.silkroadatlas.model.Confidence;
import org.silkroadatlas.model.Country;
import org.silkroadatlas.model.Dataset;
import org.silkroadatlas.model.Event;
import org.silkroadatlas.model.EventCategory;
import org.silkroadatlas.model.Indicator;
import org.silkroadatlas.model.Organisation;
import org.silkroadatlas.model.PartialDate;

class ExplorerStateSceneTest {
    private static Dataset pack() {
        Country pak = new Country("PAK", "PK", "Pakistan", null, null, List.of(), List.of());
        Country chn = new Country("CHN", "CN", "China", null, null, List.of(), List.of());
        Event first = new Event("ev-a", PartialDate.ofYear(2013), "A", EventCategory.AGREEMENT, List.of(), List.of(), "", List.of(), Confidence.HIGH);
        Event last = new Event("ev-b", PartialDate.ofYear(2025), "B", EventCategory.AGREEMENT, List.of(), List.of(), "", List.of(), Confidence.HIGH);
        return new Dataset(List.of(pak, chn), List.of(), List.of(), List.of(first, last),
                List.of(new Indicator("users", "Users", null, "%", null, null), new Indicator("trade", "Trade", null, "bn", null, null)),
                List.of(), List.of(), List.of(), "t");
    }

    @Test
    void captureThenApplyRestoresTheView() {
        ExplorerState s = new ExplorerState(pack());
        s.setYear(2017);
        s.select("PAK");
        s.showPanel(Panel.FIGURES);
        s.setIndicator("trade");
        s.setMapColouredByIndicator(true);
        MapFilters f = MapFilters.ALL.withCablesVisible(false).withOrganisations(EnumSet.of(Organisation.SCO)).withBatches(Set.of(1, 2));
        s.setFilters(f);
        s.flyTo(new MapViewport(33, 73, 5), true);
        SceneSnapshot scene = s.capture().withCaption("Pakistan").withNotes("n");

        s.setYear(2020);
        s.select("CHN");
        s.showPanel(Panel.DETAIL);
        s.setIndicator("users");
        s.setMapColouredByIndicator(false);
        s.setFilters(MapFilters.ALL);
        s.flyTo(MapViewport.DEFAULT, true);

        List<String> warnings = s.apply(scene, true);
        assertThat(warnings).isEmpty();
        assertThat(s.getYear()).isEqualTo(2017);
        assertThat(s.getSelection()).isEqualTo("PAK");
        assertThat(s.getPanel()).isEqualTo(Panel.FIGURES);
        assertThat(s.getIndicator()).isEqualTo("trade");
        assertThat(s.isMapColouredByIndicator()).isTrue();
        assertThat(s.getFilters()).isEqualTo(f);
        assertThat(s.getView()).isEqualTo(new MapViewport(33, 73, 5));
        assertThat(s.flyRequestProperty().get().instant()).as("animate=true flies").isFalse();
        assertThat(s.capture()).isEqualTo(scene.withCaption("").withNotes(""));
    }

    @Test
    void aSceneWhoseEntityThePackLacksWarnsAndStillApplies() {
        ExplorerState s = new ExplorerState(pack());
        s.select("CHN");
        SceneSnapshot scene = new SceneSnapshot(new MapViewport(10, 20, 4), 2016, MapFilters.ALL, "ATLANTIS",
                Panel.TIMELINE, "no-such-indicator", true, "c", "");
        List<String> warnings = s.apply(scene, false);
        assertThat(warnings).hasSize(2);
        assertThat(warnings).anySatisfy(w -> assertThat(w).contains("ATLANTIS"));
        assertThat(warnings).anySatisfy(w -> assertThat(w).contains("no-such-indicator"));
        assertThat(s.getSelection()).as("a missing entity selects nothing rather than the old one").isNull();
        assertThat(s.getYear()).isEqualTo(2016);
        assertThat(s.getPanel()).isEqualTo(Panel.TIMELINE);
        assertThat(s.isMapColouredByIndicator()).isFalse();
        assertThat(s.getView()).isEqualTo(new MapViewport(10, 20, 4));
        assertThat(s.flyRequestProperty().get().instant()).isTrue();
    }

    @Test
    void aYearOutsideThePackIsClampedWithAWarning() {
        ExplorerState s = new ExplorerState(pack());
        SceneSnapshot scene = new SceneSnapshot(MapViewport.DEFAULT, 1990, MapFilters.ALL, null, Panel.DETAIL, null, false, "", "");
        List<String> warnings = s.apply(scene, false);
        assertThat(s.getYear()).isEqualTo(2013);
        assertThat(warnings).singleElement().asString().contains("1990").contains("2013");
    }
}
