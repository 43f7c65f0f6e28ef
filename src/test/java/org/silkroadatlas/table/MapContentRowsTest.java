package org.silkroadatlas.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.silkroadatlas.data.PackLoader;
import org.silkroadatlas.map.CableLayer;
import org.silkroadatlas.map.PartnerLooks;
import org.silkroadatlas.map.ZoneLayer;
import org.silkroadatlas.model.CableKind;
import org.silkroadatlas.model.CableStatus;
import org.silkroadatlas.model.Dataset;
import org.silkroadatlas.model.Organisation;
import org.silkroadatlas.model.ZoneKind;
import org.silkroadatlas.state.MapFilters;

/** The table lists what the map draws, no more and no less, on the bundled pack. */
class MapContentRowsTest {
    private static Dataset pack;
    private static final TableWords EN = new TableWords(Locale.ENGLISH);

    @BeforeAll
    static void load() {
        pack = new PackLoader().load(Path.of(System.getProperty("atlas.data.dir", "data")));
        assertThat(pack.problems()).isEmpty();
    }

    private static List<String> ids(List<MapContentRow> rows, RowKind kind) {
        return rows.stream().filter(r -> r.kind() == kind).map(MapContentRow::id).toList();
    }

    static List<MapFilters> someFilters() {
        return List.of(MapFilters.ALL,
                MapFilters.ALL.withOrganisations(EnumSet.of(Organisation.ASEAN)).withCableKinds(EnumSet.of(CableKind.TERRESTRIAL)),
                MapFilters.ALL.withCableStatuses(EnumSet.of(CableStatus.PLANNED, CableStatus.UNDER_CONSTRUCTION))
                        .withZoneKinds(EnumSet.of(ZoneKind.CBEC_PILOT_ZONE)).withBatches(Set.of(1, 3)),
                MapFilters.ALL.withPartnersVisible(false).withCablesVisible(false),
                MapFilters.ALL.withZonesVisible(false).withOrganisations(Set.of()));
    }

    @Test
    void listsExactlyTheCablesZonesAndCountriesTheMapDraws() {
        for (int year : new int[] {2001, 2013, 2017, 2022, 2025}) {
            for (MapFilters f : someFilters()) {
                List<MapContentRow> rows = MapContentRows.of(pack, year, f, EN);
                assertThat(ids(rows, RowKind.CABLE)).as("cables %d %s", year, f)
                        .containsExactlyElementsOf(pack.cables().stream().filter(c -> CableLayer.shows(c, year, f)).map(c -> c.id()).toList());
                assertThat(ids(rows, RowKind.ZONE)).as("zones %d %s", year, f)
                        .containsExactlyElementsOf(pack.zones().stream().filter(z -> ZoneLayer.shows(z, year, f)).map(z -> z.id()).toList());
                PartnerLooks looks = PartnerLooks.compute(pack, year, f, false, null);
                List<String> drawn = f.partnersVisible()
                        ? pack.countries().stream().filter(c -> looks.lookOf(c.iso3()).drawn()).map(c -> c.iso3()).toList() : List.of();
                assertThat(ids(rows, RowKind.COUNTRY)).as("countries %d %s", year, f).containsExactlyElementsOf(drawn);
            }
        }
    }

    @Test
    void aCountryRowSaysItsStatusSinceWhenAndWhereThatComesFrom() {
        MapContentRow pakistan = MapContentRows.of(pack, 2020, MapFilters.ALL, EN).stream()
                .filter(r -> r.id().equals("PAK")).findFirst().orElseThrow();
        assertThat(pakistan.status()).startsWith("SCO member (since 2017");
        assertThat(pakistan.date()).startsWith("2017");
        assertThat(pakistan.source()).isNotBlank().doesNotContain("no source");
        MapContentRow earlier = MapContentRows.of(pack, 2010, MapFilters.ALL, EN).stream()
                .filter(r -> r.id().equals("PAK")).findFirst().orElseThrow();
        assertThat(earlier.status()).startsWith("SCO observer");
    }

    @Test
    void everyRowCarriesASource() {
        for (MapContentRow r : MapContentRows.of(pack, 2025, MapFilters.ALL, EN)) {
            assertThat(r.source()).as(r.id()).isNotBlank().isNotEqualTo("no source");
        }
    }

    @Test
    void chineseWordsUseTheChineseNamesWhereThePackHasThem() {
        MapContentRow china = MapContentRows.of(pack, 2025, MapFilters.ALL, new TableWords(Locale.CHINESE)).stream()
                .filter(r -> r.id().equals("CHN")).findFirst().orElseThrow();
        assertThat(china.name()).isEqualTo(pack.country("CHN").orElseThrow().nameZh());
    }

    @Test
    void theFilterBoxMatchesAnyColumnInAnyCase() {
        MapContentRow r = new MapContentRow("peace", RowKind.CABLE, "Submarine cable", "PEACE Cable", "in service", "2022-03", 2022.2,
                "PAK, EGY", "TeleGeography");
        assertThat(r.matches("egy")).isTrue();
        assertThat(r.matches("  telegeo ")).isTrue();
        assertThat(r.matches("")).isTrue();
        assertThat(r.matches("terrestrial")).isFalse();
    }
}
