package org.silkroadatlas.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.silkroadatlas.model.CableKind;
import org.silkroadatlas.model.CableStatus;
import org.silkroadatlas.model.Confidence;
import org.silkroadatlas.model.Country;
import org.silkroadatlas.model.EventCategory;
import org.silkroadatlas.model.Indicator;
import org.silkroadatlas.model.MembershipStatus;
import org.silkroadatlas.model.Organisation;
import org.silkroadatlas.model.RoutePrecision;
import org.silkroadatlas.model.Zone;
import org.silkroadatlas.model.ZoneKind;

class LabelsAndNamesTest {
    @Test
    void everyEnumValueHasWordsInBothLanguages() {
        for (Locale l : Tr.LANGUAGES) {
            for (MembershipStatus s : MembershipStatus.values()) assertThat(Labels.status(s, l)).doesNotStartWith("!");
            for (Organisation o : Organisation.values()) assertThat(Labels.organisation(o, l)).doesNotStartWith("!");
            for (EventCategory c : EventCategory.values()) assertThat(Labels.category(c, l)).doesNotStartWith("!");
            for (CableKind k : CableKind.values()) assertThat(Labels.cableKind(k, l)).doesNotStartWith("!");
            for (CableStatus s : CableStatus.values()) assertThat(Labels.cableStatus(s, l)).doesNotStartWith("!");
            for (RoutePrecision p : RoutePrecision.values()) assertThat(Labels.routePrecision(p, l)).doesNotStartWith("!");
            for (ZoneKind k : ZoneKind.values()) assertThat(Labels.zoneKind(k, l)).doesNotStartWith("!");
            for (Confidence c : Confidence.values()) assertThat(Labels.confidence(c, l)).doesNotStartWith("!");
        }
    }

    @Test
    void englishFormsKeepTheWordsTheCommandLineHasAlwaysPrinted() {
        assertThat(Labels.status(MembershipStatus.DIALOGUE_PARTNER)).isEqualTo("dialogue partner");
        assertThat(Labels.status(MembershipStatus.NONE)).isEqualTo("no status");
        assertThat(Labels.organisation(Organisation.SCO)).isEqualTo("SCO");
        assertThat(Labels.category(EventCategory.TRADE)).isEqualTo("Trade & e-commerce");
        assertThat(Labels.cableStatus(CableStatus.FEASIBILITY)).isEqualTo("feasibility study");
        assertThat(Labels.zoneKind(ZoneKind.CBEC_PILOT_ZONE)).isEqualTo("cross-border e-commerce comprehensive pilot zone");
        assertThat(Labels.confidence(null)).isEqualTo("not rated");
        assertThat(Labels.confidence(Confidence.HIGH)).isEqualTo("high");
    }

    @Test
    void chineseWordsAreThoseOfChinesePolicyTexts() {
        assertThat(Labels.organisation(Organisation.SCO, Tr.CHINESE)).isEqualTo("上合组织");
        assertThat(Labels.organisation(Organisation.ASEAN, Tr.CHINESE)).isEqualTo("东盟");
        assertThat(Labels.status(MembershipStatus.OBSERVER, Tr.CHINESE)).isEqualTo("观察员国");
        assertThat(Labels.status(MembershipStatus.DIALOGUE_PARTNER, Tr.CHINESE)).isEqualTo("对话伙伴");
        assertThat(Labels.cableKind(CableKind.SUBMARINE, Tr.CHINESE)).isEqualTo("海底光缆");
        assertThat(Labels.cableStatus(CableStatus.PLANNED, Tr.CHINESE)).isEqualTo("规划中");
        assertThat(Labels.cableStatus(CableStatus.UNDER_CONSTRUCTION, Tr.CHINESE)).isEqualTo("在建");
        assertThat(Labels.zoneKind(ZoneKind.CBEC_PILOT_ZONE, Tr.CHINESE)).isEqualTo("跨境电子商务综合试验区");
    }

    @Test
    void namesComeFromTheDataAndFallBackToEnglish() {
        Country kaz = new Country("KAZ", "KZ", "Kazakhstan", "哈萨克斯坦", null, List.of(), List.of());
        Country noZh = new Country("XYZ", null, "Somewhere", null, null, List.of(), List.of());
        assertThat(Names.country(kaz, Tr.CHINESE)).isEqualTo("哈萨克斯坦");
        assertThat(Names.country(kaz, Tr.ENGLISH)).isEqualTo("Kazakhstan");
        assertThat(Names.country(noZh, Tr.CHINESE)).isEqualTo("Somewhere");
        Zone z = new Zone("z1", "Hangzhou CBEC zone", " ", ZoneKind.CBEC_PILOT_ZONE, null, null, "CHN", null, null, 1, null,
                null, List.of(), null, null);
        assertThat(Names.zone(z, Tr.CHINESE)).as("a blank Chinese name is no name").isEqualTo("Hangzhou CBEC zone");
        Indicator i = new Indicator("gdp", "GDP", "国内生产总值", "USD", null, null);
        assertThat(Names.indicator(i, Tr.CHINESE)).isEqualTo("国内生产总值");
        assertThat(Names.organisation(Organisation.SCO, Tr.CHINESE)).isEqualTo("上海合作组织");
    }
}
