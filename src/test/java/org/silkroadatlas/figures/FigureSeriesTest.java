package org.silkroadatlas.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.silkroadatlas.model.Organisation;
import org.silkroadatlas.panels.PanelsFixture;

class FigureSeriesTest {
    private final FigureIndex index = new FigureIndex(PanelsFixture.pack());

    @Test
    void ratesAreAveragedAndAmountsSummed() {
        assertThat(FigureSeries.aggregationFor("percent of population")).isEqualTo(FigureSeries.Aggregation.AVERAGE);
        assertThat(FigureSeries.aggregationFor("per 100 people")).isEqualTo(FigureSeries.Aggregation.AVERAGE);
        assertThat(FigureSeries.aggregationFor("count")).isEqualTo(FigureSeries.Aggregation.TOTAL);
        assertThat(FigureSeries.aggregationFor("trillion CNY")).isEqualTo(FigureSeries.Aggregation.TOTAL);
        assertThat(FigureSeries.groupLabel(Organisation.SCO, FigureSeries.Aggregation.AVERAGE))
                .isEqualTo("SCO members' average (unweighted, as of each year)");
    }

    @Test
    void theGroupIsItsMembersAsOfEachYear() {
        var points = FigureSeries.group(index, "individuals_using_internet", Organisation.SCO, FigureSeries.Aggregation.AVERAGE, 2016, 2017);
        var y2016 = points.get(0);
        assertThat(y2016.memberIds()).containsExactlyInAnyOrder("CHN", "KAZ", "KGZ", "RUS", "TJK", "UZB");
        double expected2016 = (53.2 + 74.59 + 40.5 + 73.09 + 20.47 + 46.79) / 6;
        assertThat(y2016.value()).isCloseTo(expected2016, offset(0.05));
        var y2017 = points.get(1);
        assertThat(y2017.memberIds()).contains("IND", "PAK").hasSize(8);
        assertThat(y2017.members()).isEqualTo(8);
    }

    @Test
    void tooFewMembersWithValuesLeaveAGapNotAnAverageOfFew() {
        // In 2022 only China, Kazakhstan and Russia of the eight SCO members have internet values in the fixture.
        var p = FigureSeries.group(index, "individuals_using_internet", Organisation.SCO, FigureSeries.Aggregation.AVERAGE, 2022, 2022).get(0);
        assertThat(p.members()).isEqualTo(8);
        assertThat(p.membersWithValue()).isEqualTo(3);
        assertThat(p.value()).isNull();
        // Before the SCO existed there is no group at all.
        var none = FigureSeries.group(index, "individuals_using_internet", Organisation.SCO, FigureSeries.Aggregation.AVERAGE, 2000, 2000).get(0);
        assertThat(none.members()).isZero();
        assertThat(none.value()).isNull();
    }

    @Test
    void aTotalNeedsEveryMember() {
        var p = FigureSeries.group(index, "individuals_using_internet", Organisation.ASEAN, FigureSeries.Aggregation.TOTAL, 2022, 2022).get(0);
        assertThat(p.value()).isNull(); // Laos, Myanmar and the Philippines have no 2022 value
        var q = FigureSeries.group(index, "individuals_using_internet", Organisation.ASEAN, FigureSeries.Aggregation.TOTAL, 2015, 2015).get(0);
        assertThat(q.value()).isNotNull();
        assertThat(q.membersWithValue()).isEqualTo(q.members());
    }

    @Test
    void aMissingYearSplitsTheLineIntoRuns() {
        var pak = index.numbers("individuals_using_internet", "PAK");
        assertThat(pak).doesNotContainKey(2012);
        var runs = FigureSeries.runs(pak);
        assertThat(runs).hasSize(2);
        assertThat(runs.get(0).lastKey()).isEqualTo(2011);
        assertThat(runs.get(1).firstKey()).isEqualTo(2013);
        var lone = new TreeMap<Integer, Double>();
        lone.put(2000, 1.0);
        lone.put(2002, 2.0);
        lone.put(2003, 3.0);
        assertThat(FigureSeries.runs(lone)).extracting(java.util.NavigableMap::size).containsExactly(1, 2);
    }

    @Test
    void theRankingLeavesOutCountriesWithoutAValue() {
        var r = index.ranking("individuals_using_internet", 2022);
        assertThat(r).extracting(FigureIndex.Ranked::iso3).doesNotContain("PAK", "IND").contains("CHN");
        assertThat(index.missingIn("individuals_using_internet", 2022)).contains("PAK", "IND", "TJK");
        assertThat(r.get(0).value()).isGreaterThanOrEqualTo(r.get(r.size() - 1).value());
    }

    @Test
    void headlinesAreTheSingleValuesWithEveryStatedVariant() {
        assertThat(index.headlineIndicators()).containsExactly("countries_in_sco_family");
        assertThat(index.headlines(null)).extracting(v -> v.value()).containsExactlyInAnyOrder(26.0, 27.0);
        assertThat(index.headlines("PAK")).isEmpty();
    }

    @Test
    void contentForACountryWithoutSeriesFallsBackToHeadlines() {
        var c = new FiguresContent(index, "individuals_using_internet", "dsr-call-2017");
        assertThat(c.focusIso()).isNull();
        assertThat(c.headlines()).hasSize(2);
        assertThat(c.lines()).extracting(ChartLine::label).contains("China").doesNotContain("Pakistan");
        var peace = new FiguresContent(index, "individuals_using_internet", "peace");
        assertThat(peace.focusIso()).isEqualTo("PAK");
        assertThat(peace.lines().get(0).label()).isEqualTo("Pakistan (named in the selection)");
        var computed = new FiguresContent(index, "individuals_using_internet", "PAK").rows().stream()
                .filter(r -> r.source().equals(FiguresContent.COMPUTED_SOURCE)).toList();
        assertThat(computed).isNotEmpty().allSatisfy(r -> assertThat(r.note()).contains("of").contains("members"));
    }

    @Test
    void axisTicksAreRoundAndStartAtZero() {
        AxisTicks t = AxisTicks.forRange(6.3, 84.5, 5);
        assertThat(t.lo()).isZero();
        assertThat(t.step()).isEqualTo(20.0);
        assertThat(t.hi()).isEqualTo(100.0);
        assertThat(t.values()).containsExactly(0, 20, 40, 60, 80, 100);
        assertThat(AxisTicks.forRange(0, 0.9, 4).step()).isEqualTo(0.25);
    }

    @Test
    void csvQuotesWhatNeedsQuoting() {
        var rows = List.of(new FigureRow("China", "CHN", 2020, "70.05", "percent of population", "WDI, \"ITU\"", "high", "line\nbreak"));
        String csv = FigureCsv.csv(rows);
        assertThat(csv).isEqualTo("series,geography,year,value,unit,source,confidence,note\r\n"
                + "China,CHN,2020,70.05,percent of population,\"WDI, \"\"ITU\"\"\",high,\"line\nbreak\"\r\n");
        assertThat(FigureCsv.tsv(rows)).endsWith("China\tCHN\t2020\t70.05\tpercent of population\tWDI, \"ITU\"\thigh\tline break\n");
    }

    @Test
    void aFigureFromSeveralCountriesIsAGroupOfTheSource() {
        var d = PanelsFixture.pack();
        var extra = new java.util.ArrayList<>(d.figures());
        extra.add(new org.silkroadatlas.model.FigureValue("countries_in_sco_family", "CHN;PAK", 2024, null, ">2", null, List.of(), null, null));
        var d2 = new org.silkroadatlas.model.Dataset(d.countries(), d.cables(), d.zones(), d.events(), d.indicators(), extra, d.sources(), List.of(), "x");
        var idx = new FigureIndex(d2);
        assertThat(idx.groupGeographies("countries_in_sco_family")).containsExactly("CHN;PAK", "SCO");
        assertThat(idx.headlines("PAK")).extracting(org.silkroadatlas.model.FigureValue::valueText).containsExactly(">2");
        assertThat(FigureFormat.exact(idx.headlines("PAK").get(0))).isEqualTo(">2");
        assertThat(FiguresContent.groupName("CHN;PAK")).isEqualTo("CHN, PAK");
    }

    @Test
    void anUndatedFigureIsAHeadlineNotASeriesPoint() {
        var d = PanelsFixture.pack();
        var extra = new java.util.ArrayList<>(d.figures());
        extra.add(new org.silkroadatlas.model.FigureValue("network_latency_reduction", "CHN;KGZ;UZB", null, -40.0, null, null, List.of(), null, "no year or baseline"));
        var inds = new java.util.ArrayList<>(d.indicators());
        inds.add(new org.silkroadatlas.model.Indicator("network_latency_reduction", "Latency reduction", null, "percent", null, null));
        var idx = new FigureIndex(new org.silkroadatlas.model.Dataset(d.countries(), d.cables(), d.zones(), d.events(), inds, extra, d.sources(), List.of(), "x"));
        assertThat(idx.yearRange("network_latency_reduction")).isNull();
        assertThat(idx.headlineIndicators()).contains("network_latency_reduction");
        assertThat(idx.headlines("KGZ")).extracting(org.silkroadatlas.model.FigureValue::value).containsExactly(-40.0);
    }
}
