package org.silkroadatlas.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.silkroadatlas.panels.PanelsFixture;

class TimelineModelTest {
    private final TimelineModel model = new TimelineModel(PanelsFixture.pack());

    @Test
    void zonesAreGroupedByBatchNotOneDotEach() {
        var batches = model.items().stream().filter(i -> i.lane() == Lane.ZONE_APPROVALS).toList();
        assertThat(batches).extracting(TimelineItem::count).containsExactly(1, 3, 1, 5);
        TimelineItem batch5 = model.item("zones:cbec_pilot_zone:batch-5");
        assertThat(batch5.title()).startsWith("Batch 5: 5 cross-border e-commerce comprehensive pilot zones, approved April 2020");
        assertThat(batch5.selectId()).isEqualTo("cbec-batch-5");
        assertThat(model.item("CBEC-4-10").title()).contains("since revoked");
    }

    @Test
    void cablesGetTheirReadyForServiceDateInTheirOwnLane() {
        TimelineItem cpc = model.item("china-pakistan-cable");
        assertThat(cpc.lane()).isEqualTo(Lane.CABLE_RFS);
        assertThat(cpc.title()).contains("ready for service 13 July 2018");
        assertThat(model.item("china-pakistan-cable-2018").lane()).isEqualTo(Lane.CABLE_EVENTS);
    }

    @Test
    void aCountryHighlightsWhatNamesIt() {
        assertThat(model.relatedKeys("PAK")).contains("ind-pak-sco-2017", "china-pakistan-cable-2018", "china-pakistan-cable",
                "sco-observers-2005", "peace").doesNotContain("iran-sco-2023", "rcep-signed", "zones:cbec_pilot_zone:batch-5");
        assertThat(model.selectedKeys("PAK")).isEmpty();
    }

    @Test
    void anEventHighlightsWhatItConcernsAndItsCountries() {
        assertThat(model.selectedKeys("cbec-batch-5")).containsExactly("cbec-batch-5");
        assertThat(model.relatedKeys("cbec-batch-5")).contains("zones:cbec_pilot_zone:batch-5");
        assertThat(model.relatedKeys("iran-sco-2023")).containsExactly("sco-observers-2005");
        assertThat(model.relatedKeys("china-pakistan-cable-2018")).contains("china-pakistan-cable", "ind-pak-sco-2017");
    }

    @Test
    void aCableHighlightsItsEventsAndAZoneItsBatch() {
        assertThat(model.relatedKeys("china-pakistan-cable")).contains("china-pakistan-cable-2018").doesNotContain("ind-pak-sco-2017");
        assertThat(model.selectedKeys("CBEC-5-03")).containsExactly("zones:cbec_pilot_zone:batch-5");
        assertThat(model.relatedKeys("CBEC-5-03")).containsExactly("cbec-batch-5");
        assertThat(model.relatedKeys("no-such-id")).isEmpty();
        assertThat(model.relatedKeys(null)).isEmpty();
    }

    @Test
    void theAxisMapsYearsAndPicksReadableTicks() {
        TimeAxis a = new TimeAxis(2010, 2030, 100, 400);
        assertThat(a.x(2020)).isEqualTo(300.0);
        assertThat(a.year(300)).isEqualTo(2020.0);
        assertThat(a.tickStep(38)).isEqualTo(2);
        assertThat(a.ticks(38)).startsWith(2010, 2012).endsWith(2030);
        TimeAxis z = a.zoom(2, 300, 1, 100);
        assertThat(z.to() - z.from()).isEqualTo(10.0);
        assertThat(z.year(300)).isEqualTo(2020.0);
        assertThat(a.pan(5).clampTo(1990, 2032).to()).isEqualTo(2032.0);
    }

    @Test
    void marksCloseInTimeStackInsteadOfHiding() {
        TimeAxis a = new TimeAxis(2000, 2030, 84, 300);
        TimelineLayout layout = new TimelineLayout(model.items(), a, 0, 26);
        var cable = layout.find("china-pakistan-cable");
        var event = layout.find("china-pakistan-cable-2018");
        assertThat(cable.cy()).isNotEqualTo(event.cy()); // different lanes
        var hit = layout.hit(event.cx(), event.cy());
        assertThat(hit.item().key()).isEqualTo("china-pakistan-cable-2018");
        var month = layout.find("cbec-batch-1");
        assertThat(month.span()).isTrue();
        assertThat(month.x1() - month.x0()).isGreaterThanOrEqualTo(2 * TimelineLayout.DOT);
        assertThat(layout.find("ind-pak-sco-2017").span()).isFalse();
    }
}
