package org.silkroadatlas.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.silkroadatlas.map.PartnerLooks.AseanMark;
import org.silkroadatlas.map.PartnerLooks.LegendEntry;
import org.silkroadatlas.map.PartnerLooks.Look;
import org.silkroadatlas.model.Dataset;
import org.silkroadatlas.model.Organisation;
import org.silkroadatlas.state.MapFilters;

class PartnerLooksTest {
    final Dataset pack = PartnersTestData.pack();

    PartnerLooks at(int year) { return PartnerLooks.compute(pack, year, MapFilters.ALL, false, null); }

    @Test
    void membershipsAsTheyStoodAtTheEndOfTheYear() {
        assertThat(at(2017).lookOf("PAK").fill()).isEqualTo(MapStyles.SCO_MEMBER);
        assertThat(at(2016).lookOf("PAK").fill()).isEqualTo(MapStyles.SCO_OBSERVER).isNotEqualTo(MapStyles.SCO_MEMBER);
        assertThat(at(2004).lookOf("PAK")).isEqualTo(Look.NONE);
        assertThat(at(2023).lookOf("IRN").fill()).isEqualTo(MapStyles.SCO_MEMBER);
        assertThat(at(2022).lookOf("IRN").fill()).isEqualTo(MapStyles.SCO_OBSERVER);
        Look laos = at(2025).lookOf("LAO");
        assertThat(laos.fill()).isEqualTo(MapStyles.SCO_PARTNER);
        assertThat(laos.asean()).isEqualTo(AseanMark.MEMBER_HATCH);
        assertThat(at(2024).lookOf("LAO").fill()).isNull();
        assertThat(at(2025).lookOf("FRA").drawn()).isFalse();
    }

    @Test
    void chinaIsMarkedApartAndKeepsItsAseanStanding() {
        Look china = at(2020).lookOf("CHN");
        assertThat(china.china()).isTrue();
        assertThat(china.fill()).isEqualTo(MapStyles.CHINA);
        assertThat(china.asean()).isEqualTo(AseanMark.PARTNER_DOTTED);
    }

    @Test
    void theOrganisationFilterRemovesItsMarksAndItsLegendLines() {
        PartnerLooks onlyAsean = PartnerLooks.compute(pack, 2025, MapFilters.ALL.withOrganisations(Set.of(Organisation.ASEAN)), false, null);
        assertThat(onlyAsean.lookOf("LAO").fill()).isNull();
        assertThat(onlyAsean.lookOf("LAO").asean()).isEqualTo(AseanMark.MEMBER_HATCH);
        assertThat(onlyAsean.lookOf("KAZ").drawn()).isFalse();
        assertThat(onlyAsean.legend()).extracting(LegendEntry::label).noneMatch(l -> l.startsWith("SCO")).contains("ASEAN member");
        PartnerLooks onlySco = PartnerLooks.compute(pack, 2025, MapFilters.ALL.withOrganisations(EnumSet.of(Organisation.SCO)), false, null);
        assertThat(onlySco.lookOf("SGP").drawn()).isFalse();
        assertThat(onlySco.legend()).extracting(LegendEntry::label).noneMatch(l -> l.startsWith("ASEAN"));
    }

    @Test
    void everyLookDrawnHasItsLegendLine() {
        PartnerLooks looks = at(2025);
        Set<Look> legendLooks = new java.util.HashSet<>();
        for (LegendEntry e : looks.legend()) legendLooks.add(e.look());
        for (var c : pack.countries()) {
            Look l = looks.lookOf(c.iso3());
            if (!l.drawn()) continue;
            if (l.fill() != null) assertThat(legendLooks).anyMatch(e -> l.fill().equals(e.fill()));
            if (l.asean() != AseanMark.NONE) assertThat(legendLooks).anyMatch(e -> e.asean() == l.asean());
        }
    }

    @Test
    void indicatorModeUsesTheLatestCountryValueAndNeverTurnsMissingIntoZero() {
        PartnerLooks looks = PartnerLooks.compute(pack, 2021, MapFilters.ALL, true, "ecom");
        assertThat(looks.byIndicator()).isTrue();
        assertThat(looks.lookOf("CHN").fill()).isEqualTo(MapStyles.RAMP[4]);   // 30 (2020), the highest
        assertThat(looks.lookOf("PAK").fill()).isEqualTo(MapStyles.RAMP[0]);   // 5 (2019), the lowest
        assertThat(looks.lookOf("KAZ").noData()).isTrue();                    // its value is from 2022
        assertThat(looks.lookOf("IND").noData()).isTrue();                    // ">33" is not a number to colour by
        assertThat(looks.lookOf("IND").fill()).isNull();
        assertThat(looks.describe(pack, "CHN", "China")).contains("30 % (2020)");
        assertThat(looks.describe(pack, "KAZ", "Kazakhstan")).contains("no data at or before 2021");
        assertThat(looks.legend()).extracting(LegendEntry::label).contains("no data").containsSequence("5", "30", "no data");
        assertThat(PartnerLooks.compute(pack, 2019, MapFilters.ALL, true, "ecom").lookOf("CHN").fill()).isNotNull();
    }

    @Test
    void anUnknownIndicatorFallsBackToOrganisations() {
        assertThat(PartnerLooks.compute(pack, 2021, MapFilters.ALL, true, "nope").byIndicator()).isFalse();
    }

    @Test
    void classesHoldSimilarCountsAndNameOnlyValuesThatOccur() {
        double[][] c = PartnerLooks.classes(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
        assertThat(c).hasNumberOfRows(5);
        assertThat(c[0]).containsExactly(1, 2);
        assertThat(c[4]).containsExactly(9, 10);
        assertThat(PartnerLooks.classOf(1, c)).isEqualTo(0);
        assertThat(PartnerLooks.classOf(6, c)).isEqualTo(2);
        assertThat(PartnerLooks.classOf(10, c)).isEqualTo(4);
        assertThat(PartnerLooks.classes(new double[] {7, 7, 7})).hasNumberOfRows(1);
        double[][] ties = PartnerLooks.classes(new double[] {1, 1, 1, 1, 2, 3});
        assertThat(ties[0]).containsExactly(1, 1);
        assertThat(PartnerLooks.classes(new double[0])).isEmpty();
    }

    @Test
    void tooltipSaysNameYearAndBothStatuses() {
        assertThat(at(2025).describe(pack, "LAO", "Lao PDR")).isEqualTo("Laos\nEnd of 2025:\nSCO: partner\nASEAN: member");
        assertThat(at(2025).describe(pack, "ATA", "Antarctica")).isEqualTo("Antarctica\nnot in the data pack");
    }
}
