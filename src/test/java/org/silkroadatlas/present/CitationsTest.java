package org.silkroadatlas.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.silkroadatlas.model.Dataset;
import org.silkroadatlas.text.Tr;
import org.junit.jupiter.api.Test;

class CitationsTest {
    private final Dataset data = PresentTestData.dataset();

    @Test
    void aSourceIsCitedAsThePackRecordsItInEitherLanguage() {
        var pakistan = PresentTestData.scene(2017, "PAK", 33.7, 73.0, 4, "Pakistan joins the SCO");
        List<String> en = Citations.lines(data, pakistan, Tr.ENGLISH);
        assertThat(en).isNotEmpty();
        // The publication's own title and address: data, not interface, so the same on a Chinese page.
        assertThat(Citations.lines(data, pakistan, Tr.CHINESE)).isEqualTo(en);
    }

    @Test
    void aSourceMissingFromThePackIsSaidSoInThePagesLanguage() {
        Dataset noSources = new Dataset(data.countries(), data.cables(), data.zones(), data.events(), data.indicators(),
                data.figures(), List.of(), List.of(), "test");
        var pakistan = PresentTestData.scene(2017, "PAK", 33.7, 73.0, 4, "Pakistan joins the SCO");
        assertThat(Citations.lines(noSources, pakistan, Tr.ENGLISH)).isNotEmpty().allMatch(l -> l.endsWith(" (not in sources.json)"));
        assertThat(Citations.lines(noSources, pakistan, Tr.CHINESE)).isNotEmpty().allMatch(l -> l.endsWith("（sources.json 中没有此来源）"));
    }
}
