package org.silkroadatlas.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.silkroadatlas.model.PartialDate;

class DateLabelsTest {
    @Test
    void labelsKeepTheSourcesPrecision() {
        assertThat(DateLabels.label(PartialDate.parse("2018-07-13"))).isEqualTo("13 July 2018");
        assertThat(DateLabels.label(PartialDate.parse("2018-07"))).isEqualTo("July 2018");
        assertThat(DateLabels.label(PartialDate.parse("2021-Q4"))).isEqualTo("Q4 2021");
        assertThat(DateLabels.label(PartialDate.parse("2015"))).isEqualTo("2015");
        assertThat(DateLabels.label(null)).isEqualTo("date unknown");
        assertThat(DateLabels.labelWithPrecision(PartialDate.parse("2015-03"))).isEqualTo("March 2015 (month)");
        assertThat(DateLabels.labelWithPrecision(PartialDate.parse("2017-06-09"))).isEqualTo("9 June 2017 (day)");
    }

    @Test
    void chineseDatesAreWrittenAsChineseReadersWriteThem() {
        assertThat(DateLabels.label(PartialDate.parse("2017-03-12"), Tr.CHINESE)).isEqualTo("2017年3月12日");
        assertThat(DateLabels.label(PartialDate.parse("2017-03"), Tr.CHINESE)).isEqualTo("2017年3月");
        assertThat(DateLabels.label(PartialDate.parse("2021-Q4"), Tr.CHINESE)).isEqualTo("2021年第4季度");
        assertThat(DateLabels.label(PartialDate.parse("2017"), Tr.CHINESE)).isEqualTo("2017年");
        assertThat(DateLabels.label(null, Tr.CHINESE)).isEqualTo("日期不详");
        assertThat(DateLabels.labelWithPrecision(PartialDate.parse("2015-03"), Tr.CHINESE)).isEqualTo("2015年3月（精确到月）");
        assertThat(DateLabels.year(2017, Tr.CHINESE)).isEqualTo("2017年");
        assertThat(DateLabels.year(2017, Tr.ENGLISH)).isEqualTo("2017");
    }

    @Test
    void englishFormsAreTheEnglishLocale() {
        PartialDate d = PartialDate.parse("2017-03-12");
        assertThat(DateLabels.label(d)).isEqualTo(DateLabels.label(d, Tr.ENGLISH)).isEqualTo("12 March 2017");
        // A year of five digits would never be grouped, nor is a year of four.
        assertThat(DateLabels.label(PartialDate.parse("1967-08-08"), java.util.Locale.GERMANY)).isEqualTo("8 August 1967");
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
