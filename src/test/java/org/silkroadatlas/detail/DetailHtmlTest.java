package org.silkroadatlas.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.silkroadatlas.model.Cable;
import org.silkroadatlas.model.CableKind;
import org.silkroadatlas.model.CableStatus;
import org.silkroadatlas.model.Confidence;
import org.silkroadatlas.model.Country;
import org.silkroadatlas.model.Dataset;
import org.silkroadatlas.model.Event;
import org.silkroadatlas.model.EventCategory;
import org.silkroadatlas.model.LandingPoint;
import org.silkroadatlas.model.PartialDate;
import org.silkroadatlas.model.RoutePrecision;
import org.silkroadatlas.model.Source;
import org.silkroadatlas.panels.PanelsFixture;

class DetailHtmlTest {
    private static final String EVIL = "<script>alert('x')</script>\" onclick=\"alert(1)\" '><img src=x onerror=alert(2)>";

    private static Dataset hostile() {
        Source s = new Source("s1", EVIL, EVIL, EVIL, "javascript:alert(3)", EVIL);
        Source s2 = new Source("s2", "ok", null, null, "https://example.org/a?b=1&d=%3Ce%3E", null);
        Source s3 = new Source("s3", "bad address", null, null, "https://example.org/a?b=\"c\"><script>", null);
        Country c = new Country("XXA", "XA", EVIL, EVIL, null, List.of(), List.of("s1", "s2"));
        Cable cable = new Cable("c\"1<x>", EVIL, CableKind.SUBMARINE, CableStatus.IN_SERVICE, PartialDate.ofMonth(2018, 7), 12.5,
                List.of("XXA"), List.of(EVIL), List.of(new LandingPoint(EVIL, "XXA", null)), List.of(), RoutePrecision.SCHEMATIC,
                List.of("s1"), Confidence.LOW, EVIL);
        Event e = new Event("e1", PartialDate.ofDay(2020, 1, 2), EVIL, EventCategory.CABLE, List.of("XXA"), List.of("c\"1<x>"),
                EVIL, List.of("s1", "s2", "s3"), null);
        return new Dataset(List.of(c), List.of(cable), List.of(), List.of(e), List.of(), List.of(), List.of(s, s2, s3), List.of(), EVIL);
    }

    /** Markup the renderer itself writes: only these tags and attributes may appear. */
    static void assertNoInjectedMarkup(String html) {
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img")
                .doesNotContainIgnoringCase("onclick=\"").doesNotContainIgnoringCase("href=\"javascript:");
        var attrs = Pattern.compile("<[a-z0-9]+((?:\\s+[a-z-]+=\"[^\"]*\")*)\\s*/?>").matcher(html);
        while (attrs.find()) {
            var names = Pattern.compile("\\s+([a-z-]+)=").matcher(attrs.group(1));
            while (names.find()) assertThat(names.group(1)).isIn("class", "href", "title", "lang", "charset", "value");
        }
        // Every '<' starts a tag the renderer writes.
        var tags = Pattern.compile("<(/?)([a-zA-Z0-9!]+)").matcher(html);
        while (tags.find()) {
            assertThat(tags.group(2).toLowerCase()).isIn("!doctype", "html", "head", "meta", "title", "body", "header", "div", "h1", "h2",
                    "span", "sup", "table", "tr", "th", "td", "ul", "ol", "li", "a", "p", "b", "br", "code");
        }
    }

    @Test
    void dataValuesNeverBecomeMarkup() {
        Dataset d = hostile();
        for (String sel : new String[] {null, "XXA", "c\"1<x>", "e1"}) {
            String html = DetailHtml.render(d, sel, 2020, LocalDate.of(2025, 1, 1));
            assertNoInjectedMarkup(html);
            if (sel != null) assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot; onclick=&quot;alert(1)&quot;");
        }
    }

    @Test
    void onlyWebAddressesBecomeLinksAndInternalIdsAreEncoded() {
        String html = DetailHtml.render(hostile(), "e1", 2020, LocalDate.of(2025, 1, 1));
        assertThat(html).contains("href=\"https://example.org/a?b=1&amp;d=%3Ce%3E\"");
        assertThat(html).contains("example.org/a?b=&quot;c&quot;&gt;&lt;script&gt;"); // not a valid address: text only
        assertThat(html).contains("href=\"atlas:select/c%221%3Cx%3E\"");
        assertThat(html).contains("javascript:alert(3)"); // shown as text, not as a link
        assertThat(Html.selectedId(Html.selectHref("c\"1<x>"))).isEqualTo("c\"1<x>");
        assertThat(Html.isWebAddress("https://tass.com/x")).isTrue();
        assertThat(Html.isWebAddress("javascript:alert(1)")).isFalse();
        assertThat(Html.isWebAddress("file:///etc/passwd")).isFalse();
        assertThat(Html.isWebAddress("http//broken")).isFalse();
    }

    @Test
    void aCountryPageShowsStatusInTheYearHistoryEventsAndSources() {
        Dataset d = PanelsFixture.pack();
        String html = DetailHtml.render(d, "PAK", 2016, LocalDate.of(2025, 1, 1));
        assertThat(html).contains("SCO in 2016").contains("observer").contains("today: member")
                .contains("9 June 2017<div class=\"muted small\">day</div>").contains("India and Pakistan become SCO members")
                .contains("<span class=\"conf conf-high\">high</span>").contains("ecns.cn");
        String later = DetailHtml.render(d, "PAK", 2018, LocalDate.of(2025, 1, 1));
        assertThat(later).contains("SCO in 2018").contains("since 9 June 2017").doesNotContain("today:");
    }

    @Test
    void eachCitedSourceIsListedOnceWithItsNumber() {
        Dataset d = PanelsFixture.pack();
        String html = DetailHtml.render(d, "ind-pak-sco-2017", 2018, LocalDate.of(2025, 1, 1));
        assertThat(html).contains("<sup class=\"cite\">[1]</sup>").contains("<li value=\"1\"><span class=\"src-title\">SCO expands to eight members</span>");
        assertThat(html.split("SCO expands to eight members", -1)).hasSize(2);
    }

    @Test
    void missingFactsAreSaidToBeMissingNotGuessed() {
        Dataset d = PanelsFixture.pack();
        String html = DetailHtml.render(d, "smw-6", 2018, LocalDate.of(2025, 1, 1));
        assertThat(html).contains("Length</th><td><span class=\"missing\">not given in the source</span>")
                .contains("end points only").contains("No landing points in the source.");
        String zone = DetailHtml.render(d, "CBEC-5-01", 2018, LocalDate.of(2025, 1, 1));
        assertThat(zone).contains("no coordinates in the source").contains("not yet approved").contains("April 2020 (month)")
                .contains("Fifth batch");
    }

    @Test
    void theOverviewSumsUpThePackForTheYear() {
        String html = DetailHtml.render(PanelsFixture.pack(), null, 2018, LocalDate.of(2025, 1, 1));
        assertThat(html).contains("How to use").contains("In 2018").contains("SCO members</th><td>8: ")
                .contains("schematic, not the surveyed paths");
    }

    @Test
    void anEventShowsWhereItsCountriesStand() {
        String html = DetailHtml.render(PanelsFixture.pack(), "ind-pak-sco-2017", 2018, LocalDate.of(2025, 1, 1));
        assertThat(html).contains("Figures of these countries").contains("Individuals using the Internet")
                .contains("<b>21.04</b> <span class=\"muted small\">2021</span>") // Pakistan's latest internet value
                .contains("<b>46.31</b> <span class=\"muted small\">2021</span>"); // India's
        String lonely = DetailHtml.render(PanelsFixture.pack(), "smw-6", 2018, LocalDate.of(2025, 1, 1));
        assertThat(lonely).contains("Figures of these countries").contains("<tr><td>FRA</td><td><span class=\"missing\">no value</span>");
    }
}
