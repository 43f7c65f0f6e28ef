package org.silkroadatlas.data.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signings become events once: grouped within a file, merged into the timeline's own event, undated rows reported. */
class SigningEventsTest {
    private static final String DSR_HEADER = "country,iso3,signed_date,date_precision,instrument,instrument_type,source,confidence,note\n";
    private static final String SRE_HEADER = "country,iso3,signed_date,date_precision,instrument,chinese_counterpart,source,confidence,note\n";

    @TempDir Path facts;

    private final SourceRegistry sources = new SourceRegistry();
    private final EventBuilder eventBuilder = new EventBuilder(sources);

    @Test
    void rowsOfOneInstrumentAndDateAreOneEventAtTheLowestConfidence() throws IOException {
        write(SigningEvents.DSR_MOUS.name(), DSR_HEADER
                + "Serbia,SRB,2019-04,month,Action plan (方案) (not an MoU),dsr_action_plan,https://a.example/1,high,Serbia's note.\n"
                + "Czechia,CZE,2019-04,month,Action plan (not an MoU),dsr_action_plan,https://a.example/1 ; https://b.example/2,medium,\n");
        List<ObjectNode> events = new ArrayList<>();
        SigningEvents s = signings("{\"file\": \"dsr_mous.csv\", \"date\": \"2019-04\", \"countries\": [\"SRB\", \"CZE\"], "
                + "\"title\": \"Action plans with Serbia and Czechia\", \"reason\": \"test\"}");
        s.add(events, facts, SigningEvents.DSR_MOUS);
        s.checkAllTitlesUsed();

        assertThat(events).hasSize(1);
        ObjectNode e = events.get(0);
        assertThat(e.get("id").asText()).isEqualTo("ev-2019-04-action-plans-with-serbia-and-czechia");
        assertThat(e.get("date").asText()).isEqualTo("2019-04");
        assertThat(e.get("category").asText()).isEqualTo("governance/agreement");
        assertThat(BundledPack.strings(e.get("countries"))).containsExactly("CHN", "SRB", "CZE");
        assertThat(e.get("sources")).hasSize(2);
        assertThat(e.get("confidence").asText()).isEqualTo("medium");
        assertThat(e.get("description").asText())
                .contains("Serbia: Action plan (方案) (not an MoU).", "Czechia: Action plan (not an MoU).", "Serbia's note.")
                .endsWith("(From dsr_mous.csv, instrument_type dsr_action_plan.)");
        assertThat(s.notes).isEmpty();
        assertThat(eventBuilder.countries).contains("CHN", "SRB", "CZE");
    }

    @Test
    void aSigningTheTimelineAlreadyHasOnlyAddsItsNewSources() throws IOException {
        write(SigningEvents.ECOMMERCE_PARTNERS.name(), SRE_HEADER
                + "Estonia,EST,2017-11-27,day,E-commerce MoU,Chinese ministers,https://old.example/a ; https://new.example/b,medium,Day inferred.\n"
                + "Estonia,EST,2017-11-28,day,E-commerce MoU,Chinese ministers,https://new.example/c,medium,A day later.\n");
        List<ObjectNode> events = new ArrayList<>();
        events.add(timelineEvent("2017-11-27", "governance/agreement", List.of("CHN", "EST"), "https://old.example/a"));
        events.add(timelineEvent("2017-11-28", "zone", List.of("CHN", "EST"), "https://old.example/z"));
        ObjectNode before = events.get(0).deepCopy();
        SigningEvents s = signings("{\"file\": \"silk_road_ecommerce_partners.csv\", \"date\": \"2017-11-28\", \"countries\": [\"EST\"], "
                + "\"title\": \"A later signing\", \"reason\": \"test\"}");
        s.add(events, facts, SigningEvents.ECOMMERCE_PARTNERS);

        assertThat(events).hasSize(3);
        ObjectNode merged = events.get(0);
        assertThat(BundledPack.strings(merged.get("sources"))).containsExactly(sources.idFor("https://old.example/a"),
                sources.idFor("https://new.example/b"));
        before.set("sources", merged.get("sources"));
        assertThat(merged).as("a merge changes nothing but the sources").isEqualTo(before);
        // A zone of the same day and country is not an agreement: the signing becomes its own event.
        assertThat(events.get(2).get("title").asText()).isEqualTo("A later signing");
        assertThat(events.get(2).get("category").asText()).isEqualTo("trade/e-commerce");
        assertThat(events.get(2).get("description").asText()).contains("Chinese counterpart: Chinese ministers.");
    }

    @Test
    void aSigningOfAnotherPrecisionOrWithoutACommonPartnerIsNotTheSame() throws IOException {
        write(SigningEvents.DSR_MOUS.name(), DSR_HEADER
                + "Laos,LAO,2015-09,month,Internet MoU,internet_cooperation_mou,https://x.example/1,medium,\n"
                + "Egypt,EGY,2015-09-13,day,Something,dsr_mou,https://x.example/2,high,\n");
        List<ObjectNode> events = new ArrayList<>();
        events.add(timelineEvent("2015-09-13", "governance/agreement", List.of("CHN", "LAO"), "https://old.example/a"));
        SigningEvents s = signings("{\"file\": \"dsr_mous.csv\", \"date\": \"2015-09\", \"countries\": [\"LAO\"], \"title\": \"Laos\", \"reason\": \"t\"}, "
                + "{\"file\": \"dsr_mous.csv\", \"date\": \"2015-09-13\", \"countries\": [\"EGY\"], \"title\": \"Egypt\", \"reason\": \"t\"}");
        s.add(events, facts, SigningEvents.DSR_MOUS);
        assertThat(events).extracting(e -> e.get("title").asText()).containsExactly("Old", "Laos", "Egypt");
        assertThat(events.get(0).get("sources")).hasSize(1);
    }

    @Test
    void anUndatedRowIsLeftOutAndReported() throws IOException {
        write(SigningEvents.DSR_MOUS.name(), DSR_HEADER
                + "Estonia,EST,2017-11-27,day,DSR MoU,dsr_mou,https://x.example/1,medium,\n"
                + "Turkey,TUR,,,MoU on the Digital Silk Road,dsr_mou,https://x.example/2,high,No date found.\n");
        List<ObjectNode> events = new ArrayList<>();
        SigningEvents s = signings("{\"file\": \"dsr_mous.csv\", \"date\": \"2017-11-27\", \"countries\": [\"EST\"], \"title\": \"Estonia\", \"reason\": \"t\"}");
        s.add(events, facts, SigningEvents.DSR_MOUS);
        assertThat(events).hasSize(1);
        assertThat(BundledPack.strings(events.get(0).get("countries"))).doesNotContain("TUR");
        assertThat(s.notes).singleElement().asString()
                .startsWith("dsr_mous.csv row 3 (Turkey, TUR, confidence high): no signed_date")
                .contains("not in events.json");
    }

    @Test
    void aNewSigningWithoutATitleAndATitleForNothingAreRefused() throws IOException {
        write(SigningEvents.DSR_MOUS.name(), DSR_HEADER + "Saudi Arabia,SAU,2016-01,month,DSR MoU,dsr_mou,https://x.example/1,medium,\n");
        SigningEvents untitled = signings("");
        assertThatThrownBy(() -> untitled.add(new ArrayList<>(), facts, SigningEvents.DSR_MOUS))
                .hasMessageContaining("no title for the signing dsr_mous.csv 2016-01 SAU");
        SigningEvents stale = signings("{\"file\": \"dsr_mous.csv\", \"date\": \"2016-01\", \"countries\": [\"SAU\"], \"title\": \"Saudi\", \"reason\": \"t\"}, "
                + "{\"file\": \"dsr_mous.csv\", \"date\": \"2099\", \"countries\": [\"XXX\"], \"title\": \"Gone\", \"reason\": \"t\"}");
        stale.add(new ArrayList<>(), facts, SigningEvents.DSR_MOUS);
        assertThatThrownBy(stale::checkAllTitlesUsed).hasMessageContaining("dsr_mous.csv 2099 XXX");
    }

    @Test
    void aDateThatContradictsItsPrecisionIsRefused() throws IOException {
        write(SigningEvents.DSR_MOUS.name(), DSR_HEADER + "Saudi Arabia,SAU,2016-01,day,DSR MoU,dsr_mou,https://x.example/1,medium,\n");
        assertThatThrownBy(() -> signings("").add(new ArrayList<>(), facts, SigningEvents.DSR_MOUS))
                .hasMessageContaining("row 2").hasMessageContaining("month precision but date_precision says day");
    }

    private SigningEvents signings(String titles) throws IOException {
        Path overrides = facts.resolve("overrides.json");
        Files.writeString(overrides, "{\"signing_titles\": [" + titles + "]}", StandardCharsets.UTF_8);
        return new SigningEvents(eventBuilder, sources, Overrides.read(overrides));
    }

    private ObjectNode timelineEvent(String date, String category, List<String> countries, String source) {
        ObjectNode e = PackFile.object();
        e.put("id", eventBuilder.idFor(date, "Old"));
        e.put("date", date);
        e.put("title", "Old");
        e.put("category", category);
        Nodes.strings(e, "countries", countries);
        e.putArray("related_ids");
        e.put("description", "As the timeline says.");
        Nodes.strings(e, "sources", sources.idsFor(source));
        e.put("confidence", "medium");
        return e;
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(facts.resolve(name), text, StandardCharsets.UTF_8);
    }
}
