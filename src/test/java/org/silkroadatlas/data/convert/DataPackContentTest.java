package org.silkroadatlas.data.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.silkroadatlas.model.Country;
import org.silkroadatlas.model.DatePrecision;
import org.silkroadatlas.model.MembershipStatus;
import org.silkroadatlas.model.Organisation;
import org.silkroadatlas.model.PartialDate;
import org.silkroadatlas.model.Zone;
import org.silkroadatlas.model.ZoneKind;

/** The figures policy staff will check, read from the committed pack with the model's own rules. */
class DataPackContentTest {

    @Test
    void cbecZonesStandingAndRevoked() {
        List<Zone> cbec = BundledPack.zones().stream().filter(z -> z.kind() == ZoneKind.CBEC_PILOT_ZONE).toList();
        assertThat(cbec).hasSize(181);
        assertThat(cbec.stream().filter(z -> z.standsAt(2015)).count()).isEqualTo(1);
        assertThat(cbec.stream().filter(z -> z.standsAt(2016)).count()).isEqualTo(13);
        assertThat(cbec.stream().filter(z -> z.standsAt(2020)).count()).isEqualTo(105);
        assertThat(cbec.stream().filter(z -> z.standsAt(2022)).count()).isEqualTo(165);
        List<Zone> revoked2025 = cbec.stream().filter(z -> z.revoked() != null && z.revoked().year() == 2025).toList();
        assertThat(revoked2025).extracting(Zone::id).containsExactlyInAnyOrder("CBEC-3-11", "CBEC-5-38", "CBEC-6-27");
        assertThat(revoked2025).allSatisfy(z -> assertThat(z.revoked().toString()).isEqualTo("2025-04"));
        assertThat(cbec.stream().filter(z -> z.standsAt(2025)).count()).isEqualTo(165 + 16 - 3);
    }

    @Test
    void otherZonesHaveTheirKinds() {
        List<Zone> zones = BundledPack.zones();
        assertThat(zones).hasSize(192);
        assertThat(kindOf(zones, "SRE-SH")).isEqualTo(ZoneKind.SILK_ROAD_ECOMMERCE_ZONE);
        assertThat(kindOf(zones, "CAIH-NN")).isEqualTo(ZoneKind.INFORMATION_HARBOUR);
        assertThat(kindOf(zones, "SCODA-QD")).isEqualTo(ZoneKind.DEMONSTRATION_AREA);
        assertThat(kindOf(zones, "CASOSR-NX")).isEqualTo(ZoneKind.DIGITAL_HUB);
        assertThat(kindOf(zones, "CSBDCC-BJ")).isEqualTo(ZoneKind.DATA_CENTRE);
        assertThat(kindOf(zones, "CSBDCC-KRMY")).isEqualTo(ZoneKind.DATA_CENTRE);
        assertThat(kindOf(zones, "CSDECP-TJ")).isEqualTo(ZoneKind.COOPERATION_PLATFORM);
        assertThat(zones.stream().filter(z -> z.kind() == ZoneKind.OVERSEAS_HUB).count()).isEqualTo(4);
    }

    private static ZoneKind kindOf(List<Zone> zones, String id) {
        return zones.stream().filter(z -> z.id().equals(id)).findFirst().orElseThrow().kind();
    }

    @Test
    void everyCbecZoneWithCoordinatesLiesInChinasBoundingBox() {
        // Mainland China and Hainan: 73.4-135.1 E, 18.1-53.6 N.
        List<Zone> cbec = BundledPack.zones().stream().filter(z -> z.kind() == ZoneKind.CBEC_PILOT_ZONE).toList();
        assertThat(cbec).allSatisfy(z -> {
            if (z.location() == null) return;
            assertThat(z.location().lon()).as(z.id()).isBetween(73.4, 135.1);
            assertThat(z.location().lat()).as(z.id()).isBetween(18.1, 53.6);
        });
        assertThat(cbec.stream().filter(z -> z.location() == null)).as("CBEC zones left without coordinates").isEmpty();
        assertThat(BundledPack.zones()).allSatisfy(z -> assertThat(z.locationNote()).as(z.id()).isNotBlank());
    }

    @Test
    void scoMembershipByYear() {
        List<Country> cs = BundledPack.countries();
        assertThat(count(cs, Organisation.SCO, MembershipStatus.MEMBER, 2016)).isEqualTo(6);
        assertThat(count(cs, Organisation.SCO, MembershipStatus.MEMBER, 2017)).isEqualTo(8);
        assertThat(count(cs, Organisation.SCO, MembershipStatus.MEMBER, 2023)).isEqualTo(9);
        assertThat(count(cs, Organisation.SCO, MembershipStatus.MEMBER, 2024)).isEqualTo(10);
        assertThat(count(cs, Organisation.SCO, MembershipStatus.MEMBER, 2025)).isEqualTo(10);
        assertThat(count(cs, Organisation.SCO, MembershipStatus.PARTNER, 2025)).isEqualTo(17);
        assertThat(count(cs, Organisation.SCO, MembershipStatus.OBSERVER, 2024)).isEqualTo(2);
        assertThat(count(cs, Organisation.SCO, MembershipStatus.DIALOGUE_PARTNER, 2024)).isEqualTo(14);
        for (LocalDate day = LocalDate.of(2025, 9, 1); day.isBefore(LocalDate.of(2027, 1, 1)); day = day.plusDays(1)) {
            for (Country c : cs) {
                MembershipStatus s = c.statusOn(Organisation.SCO, day);
                assertThat(s).as(c.iso3() + " on " + day).isNotIn(MembershipStatus.OBSERVER, MembershipStatus.DIALOGUE_PARTNER);
            }
        }
        assertThat(cs.stream().filter(c -> c.statusOn(Organisation.SCO, LocalDate.of(2025, 8, 31)) == MembershipStatus.PARTNER)).isEmpty();
    }

    @Test
    void aseanMembershipByYear() {
        List<Country> cs = BundledPack.countries();
        assertThat(count(cs, Organisation.ASEAN, MembershipStatus.MEMBER, 1967)).isEqualTo(5);
        assertThat(count(cs, Organisation.ASEAN, MembershipStatus.MEMBER, 1999)).isEqualTo(10);
        assertThat(count(cs, Organisation.ASEAN, MembershipStatus.MEMBER, 2024)).isEqualTo(10);
        assertThat(count(cs, Organisation.ASEAN, MembershipStatus.MEMBER, 2025)).isEqualTo(11);
        // Eleven dialogue partners in the fact base; the EU has no ISO code and is an event, not a country.
        assertThat(count(cs, Organisation.ASEAN, MembershipStatus.DIALOGUE_PARTNER, 2025)).isEqualTo(10);
        assertThat(cs).extracting(Country::iso3).doesNotContain("EUU");
        assertThat(BundledPack.records("events.json", "events")).anySatisfy(e ->
                assertThat(e.get("title").asText()).isEqualTo("European Union becomes an ASEAN dialogue partner"));
    }

    private static long count(List<Country> cs, Organisation org, MembershipStatus s, int year) {
        return cs.stream().filter(c -> c.statusAt(org, year) == s).count();
    }

    @Test
    void everyRecordNamesASourceThatResolves() {
        Set<String> sourceIds = new HashSet<>();
        for (JsonNode s : BundledPack.records("sources.json", "sources")) assertThat(sourceIds.add(s.get("id").asText())).isTrue();
        List<JsonNode> all = new ArrayList<>();
        for (String[] f : new String[][] {{"countries.json", "countries"}, {"cables.json", "cables"}, {"zones.json", "zones"},
                {"events.json", "events"}, {"figures.json", "figures"}}) {
            all.addAll(BundledPack.records(f[0], f[1]));
        }
        for (JsonNode c : BundledPack.records("countries.json", "countries")) c.get("memberships").forEach(all::add);
        assertThat(all).hasSizeGreaterThan(2000).allSatisfy(r -> {
            assertThat(r.get("sources").size()).as(r.toString()).isGreaterThanOrEqualTo(1);
            r.get("sources").forEach(s -> assertThat(sourceIds).as("source of " + r).contains(s.asText()));
        });
    }

    @Test
    void idsAreUniqueAcrossKindsAndEventLinksResolve() {
        Set<String> ids = new HashSet<>();
        for (JsonNode c : BundledPack.records("countries.json", "countries")) assertThat(ids.add(c.get("iso3").asText())).isTrue();
        for (String[] f : new String[][] {{"cables.json", "cables"}, {"zones.json", "zones"}, {"events.json", "events"}}) {
            for (JsonNode r : BundledPack.records(f[0], f[1])) assertThat(ids.add(r.get("id").asText())).as(r.get("id").asText()).isTrue();
        }
        List<JsonNode> events = BundledPack.records("events.json", "events");
        // timeline_events.csv, the EU's ASEAN partnership, and the signings of dsr_mous.csv (5) and
        // silk_road_ecommerce_partners.csv (7) that the timeline does not already have.
        assertThat(events).hasSize(91 + 1 + 5 + 7);
        for (JsonNode e : events) {
            e.get("related_ids").forEach(id -> assertThat(ids).contains(id.asText()));
            e.get("countries").forEach(c -> assertThat(ids).as("country of " + e.get("id")).contains(c.asText()));
            assertThat(e.get("related_ids").toString()).doesNotContain("*");
        }
        JsonNode batch5 = events.stream().filter(e -> e.get("title").asText().startsWith("Fifth batch")).findFirst().orElseThrow();
        assertThat(batch5.get("related_ids").size()).isEqualTo(46);
        JsonNode aae1 = events.stream().filter(e -> e.get("title").asText().startsWith("AAE-1")).findFirst().orElseThrow();
        assertThat(BundledPack.strings(aae1.get("related_ids"))).containsExactly("asia-africa-europe-1-aae-1");
    }

    @Test
    void digitalSilkRoadAndEcommerceSigningsAreEventsOnce() {
        List<JsonNode> events = BundledPack.records("events.json", "events");
        Map<String, String> urlOf = new HashMap<>();
        for (JsonNode s : BundledPack.records("sources.json", "sources")) urlOf.put(s.get("id").asText(), BundledPack.text(s, "url"));

        JsonNode saudi = only(events, "2016-01", "SAU");
        assertThat(saudi.get("title").asText()).isEqualTo("China-Saudi Arabia Digital Silk Road MoU");
        assertThat(saudi.get("category").asText()).isEqualTo("governance/agreement");
        assertThat(PartialDate.parse(saudi.get("date").asText()).precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(saudi.get("confidence").asText()).isEqualTo("medium");
        assertThat(BundledPack.strings(saudi.get("sources"))).extracting(urlOf::get).contains("http://www.arabnews.com/node/1209226/saudi-arabia");
        assertThat(saudi.get("description").asText()).contains("Whether the Jan-2016 MoU is the one counted is not stated");

        JsonNode initiative = only(events, "2017-12-03", "SRB");
        assertThat(BundledPack.strings(initiative.get("countries"))).containsExactlyInAnyOrder("CHN", "EGY", "LAO", "SAU", "SRB", "THA", "TUR", "ARE");
        assertThat(BundledPack.strings(initiative.get("sources"))).extracting(urlOf::get).contains(
                "http://english.ts.cn/system/2017/12/04/035048523.shtml", "http://japanese.china.org.cn/politics/txt/2017-12/04/content_50084702_6.htm");

        JsonNode estonia = only(events, "2017-11-27", "EST");
        assertThat(BundledPack.strings(estonia.get("sources"))).extracting(urlOf::get)
                .containsOnlyOnce("https://www.mkm.ee/en/news/urve-palo-signed-three-economic-treaties-china");

        JsonNode centralAsia = only(events, "2023", "TKM");
        assertThat(BundledPack.strings(centralAsia.get("countries"))).containsExactly("CHN", "KAZ", "KGZ", "TJK", "TKM", "UZB");
        JsonNode actionPlans = only(events, "2019-04", "CZE");
        assertThat(BundledPack.strings(actionPlans.get("countries"))).containsExactly("CHN", "SRB", "CZE");
        assertThat(actionPlans.get("description").asText()).contains("(not an MoU)", "not a signing date");
        assertThat(only(events, "2018-12", "ARG").get("confidence").asText()).isEqualTo("low");
        assertThat(only(events, "2017-03-27", "NZL").get("category").asText()).isEqualTo("trade/e-commerce");

        // The undated rows (Turkey's DSR MoU; Panama, Hungary and Brazil at the e-commerce meeting) are not events.
        assertThat(events).noneSatisfy(e -> assertThat(BundledPack.strings(e.get("countries"))).containsExactly("CHN", "TUR"));
        assertThat(events).noneSatisfy(e -> assertThat(BundledPack.strings(e.get("countries"))).containsAnyOf("PAN", "BRA"));
        // Every signing the timeline already had is still one event on its day.
        for (String[] day : new String[][] {{"2016", "CHL"}, {"2017-11-10", "KHM"}, {"2018-07-23", "RWA"}, {"2021-11-19", "HUN"},
                {"2022-10-27", "SGP"}, {"2023-01-04", "PHL"}, {"2023-09-08", "IDN"}}) {
            only(events, day[0], day[1]);
        }
    }

    private static JsonNode only(List<JsonNode> events, String date, String iso3) {
        List<JsonNode> found = events.stream().filter(e -> e.get("date").asText().equals(date)
                && BundledPack.strings(e.get("countries")).contains(iso3)).toList();
        assertThat(found).as("events of %s with %s", date, iso3).hasSize(1);
        return found.get(0);
    }

    @Test
    void figuresKeepBoundsAsText() throws IOException {
        List<JsonNode> figs = BundledPack.records("figures.json", "figures");
        assertThat(figs).hasSize(Csv.read(BundledPack.SHARED.resolve("facts/figures.csv")).size());
        JsonNode over33 = figs.stream().filter(f -> ">33".equals(BundledPack.text(f, "value_text"))).findFirst().orElseThrow();
        assertThat(over33.get("value").isNull()).isTrue();
        JsonNode about30 = figs.stream().filter(f -> "~30".equals(BundledPack.text(f, "value_text"))).findFirst().orElseThrow();
        assertThat(about30.get("value").isNull()).isTrue();
        Set<String> indicatorIds = new HashSet<>();
        for (JsonNode i : BundledPack.records("indicators.json", "indicators")) {
            indicatorIds.add(i.get("id").asText());
            assertThat(BundledPack.text(i, "unit")).isNotBlank();
            assertThat(BundledPack.text(i, "definition")).isNotBlank();
        }
        assertThat(figs).allSatisfy(f -> assertThat(indicatorIds).contains(f.get("indicator").asText()));
    }

    @Test
    void sourcesKeepOnlyWhatTheirTextStates() {
        List<JsonNode> sources = BundledPack.records("sources.json", "sources");
        JsonNode jjrb = sources.stream().filter(s -> s.get("id").asText().equals("src-jing-ji-ri-bao-2025-10-23")).findFirst().orElseThrow();
        assertThat(BundledPack.text(jjrb, "publisher")).isEqualTo("Jing Ji Ri Bao");
        assertThat(BundledPack.text(jjrb, "date")).isEqualTo("2025-10-23");
        assertThat(jjrb.get("title").isNull()).isTrue();
        JsonNode tass = sources.stream().filter(s -> "https://tass.com/world/2010381/amp".equals(BundledPack.text(s, "url"))).findFirst().orElseThrow();
        assertThat(BundledPack.text(tass, "publisher")).isEqualTo("tass.com");
        assertThat(tass.get("title").isNull()).isTrue();
    }
}
