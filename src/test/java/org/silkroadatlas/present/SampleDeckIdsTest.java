package org.silkroadatlas.present;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.silkroadatlas.state.SceneSnapshot;

/**
 * The sample deck refers to data by id; every id must name something real. Country and zone ids
 * are checked against the fact base; event, cable and indicator ids against the data pack once
 * the pack holds those files.
 */
class SampleDeckIdsTest {
    private static final Path DATA = Path.of(System.getProperty("atlas.data.dir", "data"));
    private static final Path FACTS = Path.of(System.getProperty("atlas.shared.dir", "../shared"), "facts");

    @Test
    void everySelectionAndIndicatorOfTheSampleDeckExists() throws Exception {
        Deck deck = DeckStore.open(DATA.resolve("decks/digital-silk-road.json"));
        Set<String> known = new HashSet<>();
        known.addAll(firstColumnValues(FACTS.resolve("pilot_zones.csv"), "id"));
        known.addAll(firstColumnValues(FACTS.resolve("sco_members.csv"), "iso3"));
        known.addAll(firstColumnValues(FACTS.resolve("asean_members.csv"), "iso3"));
        Set<String> indicators = new HashSet<>();
        boolean pack = Files.exists(DATA.resolve("events.json"));
        if (pack) {
            ObjectMapper json = new ObjectMapper();
            for (String kind : new String[] {"events", "cables", "zones"}) {
                for (JsonNode n : json.readTree(DATA.resolve(kind + ".json").toFile()).get(kind)) known.add(n.get("id").asText());
            }
            for (JsonNode n : json.readTree(DATA.resolve("indicators.json").toFile()).get("indicators")) indicators.add(n.get("id").asText());
        }
        for (SceneSnapshot s : deck.scenes()) {
            boolean factBaseId = s.selection().matches("[A-Z]{3}|[A-Z]+-[A-Z0-9-]+");
            if (factBaseId || pack) assertThat(known).as("selection of \"%s\"", s.caption()).contains(s.selection());
            if (pack && s.indicator() != null) assertThat(indicators).contains(s.indicator());
        }
        assertThat(deck.scenes().stream().filter(s -> s.selection().matches("[A-Z]+-[A-Z0-9-]+")).map(SceneSnapshot::selection))
                .as("the zones of the story").contains("CBEC-1-01", "CAIH-NN", "SRE-SH");
    }

    /** Values of one column of a fact-base CSV (the columns used here hold no commas or quotes). */
    private static Set<String> firstColumnValues(Path csv, String column) throws IOException {
        try (Stream<String> lines = Files.lines(csv)) {
            var it = lines.iterator();
            String[] header = it.next().split(",");
            int col = java.util.Arrays.asList(header).indexOf(column);
            Set<String> out = new HashSet<>();
            while (it.hasNext()) {
                String[] cells = it.next().split(",", -1);
                if (col >= 0 && cells.length > col && !cells[col].isBlank()) out.add(cells[col].trim());
            }
            return out;
        }
    }
}
