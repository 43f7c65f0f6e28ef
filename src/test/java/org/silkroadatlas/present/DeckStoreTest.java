package org.silkroadatlas.present;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.silkroadatlas.data.DeckFiles;
import org.silkroadatlas.io.AtomicFile;
import org.silkroadatlas.model.CableStatus;
import org.silkroadatlas.model.Organisation;
import org.silkroadatlas.model.Problem;
import org.silkroadatlas.model.ZoneKind;
import org.silkroadatlas.state.MapFilters;
import org.silkroadatlas.state.MapViewport;
import org.silkroadatlas.state.Panel;
import org.silkroadatlas.state.SceneSnapshot;

class DeckStoreTest {
    @TempDir Path dir;

    private static Deck richDeck() {
        MapFilters f = MapFilters.ALL.withCablesVisible(false).withOpacities(0.5, 0.25, 1)
                .withOrganisations(EnumSet.of(Organisation.ASEAN)).withCableStatuses(EnumSet.of(CableStatus.PLANNED))
                .withZoneKinds(EnumSet.of(ZoneKind.CBEC_PILOT_ZONE, ZoneKind.SILK_ROAD_ECOMMERCE_ZONE)).withBatches(Set.of(7, 1));
        return new Deck("Briefing: 数字丝绸之路 \"quoted\"", List.of(
                new SceneSnapshot(new MapViewport(30.28, 120.15, 5.5), 2015, MapFilters.ALL, "CBEC-1-01", Panel.DETAIL,
                        null, false, "Hangzhou, March 2015", "Line one\nLine two: en.chinagate.cn"),
                new SceneSnapshot(new MapViewport(-12.5, -170.25, 1), 2022, f, null, Panel.FIGURES,
                        "individuals_using_internet", true, "", ""),
                new SceneSnapshot(MapViewport.DEFAULT, 2025, MapFilters.ALL, "ev-x", Panel.TIMELINE, null, false, "Last", "")));
    }

    @Test
    void aDeckSurvivesSaveAndOpenUnchanged() throws Exception {
        Path file = dir.resolve("brief.json");
        Deck deck = richDeck();
        DeckStore.save(file, deck);
        assertThat(DeckStore.open(file)).isEqualTo(deck);
        assertThat(Files.readString(file)).contains("\"format\" : \"dsr-atlas-deck/1\"").contains("\"panel\" : \"figures\"");
        // And once more through the text, so writing is stable.
        assertThat(DeckStore.toJson(DeckStore.parse(Files.readString(file), "x"))).isEqualTo(Files.readString(file));
    }

    @Test
    void aSaveInterruptedMidWriteLeavesThePreviousDeckIntact() throws Exception {
        Path file = dir.resolve("brief.json");
        Deck previous = richDeck();
        DeckStore.save(file, previous);
        byte[] before = Files.readAllBytes(file);
        String next = DeckStore.toJson(new Deck("Next", List.of()));

        assertThatThrownBy(() -> AtomicFile.write(file, out -> {
            byte[] b = next.getBytes(StandardCharsets.UTF_8);
            out.write(b, 0, b.length / 2);
            throw new IOException("power cut (simulated)");
        })).hasMessageContaining("power cut");

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(DeckStore.open(file)).isEqualTo(previous);
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactly("brief.json");
        }
    }

    @Test
    void invalidJsonIsReportedWithLineAndColumn() {
        String text = "{\n  \"format\": \"dsr-atlas-deck/1\",\n  \"scenes\": [ { \"year\": 2015,, } ]\n}\n";
        assertThatThrownBy(() -> DeckStore.parse(text, "bad.json"))
                .isInstanceOfSatisfying(DeckFiles.DeckFormatException.class, e -> {
                    Problem p = e.problems().get(0);
                    assertThat(p.file()).isEqualTo("bad.json");
                    assertThat(p.line()).isEqualTo(3);
                    assertThat(p.column()).isEqualTo(30);
                    assertThat(p.message()).startsWith("not valid JSON");
                });
    }

    @Test
    void everyBadValueIsReportedWhereItIs() {
        String text = String.join("\n",
                "{",
                "  \"format\": \"dsr-atlas-deck/1\",",
                "  \"title\": \"t\",",
                "  \"scenes\": [",
                "    { \"year\": 2015, \"panel\": \"sidebar\", \"view\": { \"lat\": 30, \"lon\": 120, \"zoom\": 5 } },",
                "    { \"year\": \"2017\", \"view\": { \"lat\": 95, \"lon\": 70, \"zoom\": 4 },",
                "      \"layers\": { \"organisations\": [\"sco\", \"nato\"] }, \"colour\": true }",
                "  ]",
                "}");
        assertThatThrownBy(() -> DeckStore.parse(text, "deck.json"))
                .isInstanceOfSatisfying(DeckFiles.DeckFormatException.class, e -> {
                    assertThat(e.problems()).extracting(Problem::toString).containsExactlyInAnyOrder(
                            "deck.json:5:30: scenes[0].panel: expected one of detail, figures, timeline, found \"sidebar\"",
                            "deck.json:6:15: scenes[1].year: expected a whole number from 1 to 9999, found \"2017\"",
                            "deck.json:6:40: scenes[1].view.lat: expected a number from -90 to 90, found 95",
                            "deck.json:7:44: scenes[1].layers.organisations[1]: expected one of sco, asean, found \"nato\"",
                            "deck.json:7:65: scenes[1].colour: unknown field (expected one of caption, notes, year, selection, panel, indicator, map_coloured_by_indicator, view, layers)");
                    assertThat(e.getMessage()).contains("and 4 more");
                });
    }

    @Test
    void aMissingFormatOrViewIsNamed() {
        String text = "{ \"scenes\": [ { \"year\": 2015 } ] }";
        assertThatThrownBy(() -> DeckStore.parse(text, "d.json"))
                .isInstanceOfSatisfying(DeckFiles.DeckFormatException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field).containsExactly("format", "scenes[0].view"));
    }

    @Test
    void aNewerAutosaveIsOfferedAndSavingClearsIt() throws Exception {
        Path file = dir.resolve("brief.json");
        DeckStore.save(file, richDeck());
        assertThat(DeckStore.newerAutosave(file)).isEmpty();

        DeckStore.autosave(file, new Deck("edited", List.of()));
        Path auto = DeckStore.autosavePath(file);
        assertThat(auto.getFileName().toString()).isEqualTo("brief.json.autosave");
        Files.setLastModifiedTime(auto, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5000));
        assertThat(DeckStore.newerAutosave(file)).contains(auto);
        assertThat(DeckStore.open(auto).title()).isEqualTo("edited");

        Files.setLastModifiedTime(auto, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() - 5000));
        assertThat(DeckStore.newerAutosave(file)).as("an autosave older than the deck holds nothing new").isEmpty();

        DeckStore.save(file, richDeck());
        assertThat(auto).doesNotExist();
    }

    @Test
    void theSampleDeckReadsAndTellsTheStoryInAboutEightScenes() throws Exception {
        Path sample = Path.of(System.getProperty("atlas.data.dir", "data"), "decks", "digital-silk-road.json");
        Deck deck = DeckStore.open(sample);
        assertThat(deck.size()).isBetween(7, 10);
        assertThat(deck.scenes()).allSatisfy(s -> {
            assertThat(s.caption()).isNotBlank();
            assertThat(s.notes()).as("notes cite sources").contains("source");
            assertThat(s.selection()).isNotNull();
        });
        assertThat(deck.scenes()).extracting(SceneSnapshot::year).isSorted();
    }

    @Test
    void aDeckSavedByAWindowsEditorWithAByteOrderMarkAndCrlfStillOpens() throws Exception {
        Path file = dir.resolve("bom.json");
        String text = DeckStore.toJson(richDeck()).replace("\n", "\r\n");
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(file, withBom);
        assertThat(DeckStore.open(file)).isEqualTo(richDeck());
    }
}
