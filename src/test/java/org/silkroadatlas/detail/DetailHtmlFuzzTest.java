package org.silkroadatlas.detail;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.util.List;
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

/** Whatever text a pack holds, the detail page only ever contains the renderer's own markup. */
class DetailHtmlFuzzTest {
    @FuzzTest(maxDuration = "15s")
    void anyDataValueStaysText(FuzzedDataProvider in) {
        String a = in.consumeString(60), b = in.consumeString(60), c = in.consumeString(60), url = in.consumeString(80);
        String id = "x" + in.consumeString(12);
        Source s = new Source("s", a, b, c, url, a);
        Country country = new Country("AAA", null, a, b, null, List.of(), List.of("s"));
        Cable cable = new Cable(id, b, CableKind.TERRESTRIAL, CableStatus.UNKNOWN, null, null, List.of("AAA"), List.of(c),
                List.of(new LandingPoint(a, "AAA", null)), List.of(), RoutePrecision.ENDPOINTS_ONLY, List.of("s"), Confidence.MEDIUM, c);
        Event e = new Event("e", PartialDate.ofYear(2020), c, EventCategory.AGREEMENT, List.of("AAA", b), List.of(id), a, List.of("s"), null);
        Dataset d = new Dataset(List.of(country), List.of(cable), List.of(), List.of(e), List.of(), List.of(), List.of(s), List.of(), b);
        for (String sel : new String[] {null, "AAA", id, "e"}) {
            DetailHtmlTest.assertNoInjectedMarkup(DetailHtml.render(d, sel, 2020, LocalDate.of(2025, 1, 1)));
        }
    }
}
