package org.silkroadatlas.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PartialDateTest {
    @Test
    void parsesEveryPrecisionAndPrintsItBack() {
        for (String s : new String[] {"2016", "2021-Q4", "2015-03", "2017-06-09"}) {
            assertThat(PartialDate.parse(s).toString()).isEqualTo(s);
        }
        assertThat(PartialDate.parse("2021-Q4").precision()).isEqualTo(DatePrecision.QUARTER);
    }

    @Test
    void periodsHaveFirstAndLastDays() {
        assertThat(PartialDate.parse("2021-Q4").start()).isEqualTo(LocalDate.of(2021, 10, 1));
        assertThat(PartialDate.parse("2021-Q4").end()).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(PartialDate.parse("2024-02").end()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(PartialDate.parse("2016").end()).isEqualTo(LocalDate.of(2016, 12, 31));
    }

    @Test
    void refusesImpossibleDatesWithAMessage() {
        assertThatThrownBy(() -> PartialDate.parse("2023-02-30")).hasMessageContaining("2023-02-30");
        assertThatThrownBy(() -> PartialDate.parse("2023-13")).hasMessageContaining("2023-13");
        assertThatThrownBy(() -> PartialDate.parse("July 2018")).hasMessageContaining("expected a date");
        assertThatThrownBy(() -> PartialDate.parse("")).hasMessageContaining("found nothing");
    }

    @Test
    void membershipFollowsTheYearEnd() {
        Membership sco = new Membership(Organisation.SCO, MembershipStatus.MEMBER, PartialDate.parse("2017-06-09"), null, "", java.util.List.of(), Confidence.HIGH, null);
        Membership observer = new Membership(Organisation.SCO, MembershipStatus.OBSERVER, PartialDate.parse("2005-07-05"), PartialDate.parse("2017-06-09"), "", java.util.List.of(), Confidence.MEDIUM, null);
        Country pak = new Country("PAK", "PK", "Pakistan", "巴基斯坦", null, java.util.List.of(observer, sco), java.util.List.of());
        assertThat(pak.statusAt(Organisation.SCO, 2004)).isEqualTo(MembershipStatus.NONE);
        assertThat(pak.statusAt(Organisation.SCO, 2016)).isEqualTo(MembershipStatus.OBSERVER);
        assertThat(pak.statusAt(Organisation.SCO, 2017)).isEqualTo(MembershipStatus.MEMBER);
        assertThat(pak.statusAt(Organisation.ASEAN, 2017)).isEqualTo(MembershipStatus.NONE);
    }
}
