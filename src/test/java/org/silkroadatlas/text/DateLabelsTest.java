package org.silkroadatlas.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.silkroadatlas.model.PartialDate;

class DateLabelsTest {
    @Test
    void labelsKeepTheSourcesPrecision() {
        assertThat(DateLabels.label(PartialDate.parse("2018-07-13"))).isEqualTo("13 Jul 2018");
        assertThat(DateLabels.label(PartialDate.parse("2018-07"))).isEqualTo("Jul 2018");
        assertThat(DateLabels.label(PartialDate.parse("2021-Q4"))).isEqualTo("Q4 2021");
        assertThat(DateLabels.label(PartialDate.parse("2015"))).isEqualTo("2015");
        assertThat(DateLabels.label(null)).isEqualTo("date unknown");
        assertThat(DateLabels.labelWithPrecision(PartialDate.parse("2015-03"))).isEqualTo("Mar 2015 (month)");
        assertThat(DateLabels.labelWithPrecision(PartialDate.parse("2017-06-09"))).isEqualTo("9 Jun 2017 (day)");
    }

    @Test
    void aSpanCoversThePeriodTheDateMayFallIn() {
        double[] month = DateLabels.span(PartialDate.parse("2018-07"));
        assertThat(month[0]).isCloseTo(2018 + 181.0 / 365, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(month[1]).isCloseTo(2018 + 212.0 / 365, org.assertj.core.data.Offset.offset(1e-9));
        double[] year = DateLabels.span(PartialDate.parse("2015"));
        assertThat(year).containsExactly(2015.0, 2016.0);
        double[] day = DateLabels.span(PartialDate.parse("2016-12-31"));
        assertThat(day[1]).isEqualTo(2017.0);
        double[] quarter = DateLabels.span(PartialDate.parse("2021-Q4"));
        assertThat(quarter[0]).isCloseTo(2021 + 273.0 / 365, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(quarter[1]).isEqualTo(2022.0);
    }
}
