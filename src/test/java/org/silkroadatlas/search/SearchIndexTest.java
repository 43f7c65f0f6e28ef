package org.silkroadatlas.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.silkroadatlas.model.Confidence;
import org.silkroadatlas.model.Country;
import org.silkroadatlas.model.Dataset;
import org.silkroadatlas.model.GeoPoint;
import org.silkroadatlas.model.PartialDate;
import org.silkroadatlas.model.Zone;
import org.silkroadatlas.model.ZoneKind;

class SearchIndexTest {
    private final SearchIndex index = new SearchIndex(new Dataset(
            List.of(new Country("PAK", "PK", "Pakistan", "巴基斯坦", null, List.of(), List.of()),
                    new Country("KAZ", "KZ", "Kazakhstan", "哈萨克斯坦", null, List.of(), List.of()),
                    new Country("KGZ", "KG", "Kyrgyzstan", "吉尔吉斯斯坦", null, List.of(), List.of())),
            List.of(),
            List.of(new Zone("CBEC-1-01", "China (Hangzhou) Cross-border E-commerce Comprehensive Pilot Zone",
                    "中国（杭州）跨境电子商务综合试验区", ZoneKind.CBEC_PILOT_ZONE, "Hangzhou", "Zhejiang", "CHN",
                    new GeoPoint(30.28, 120.15), PartialDate.parse("2015-03"), 1, null, null, List.of(), Confidence.HIGH, null)),
            List.of(), List.of(), List.of(), List.of(), List.of(), "test"));

    @Test
    void findsByNameIsoCodeAndChineseName() {
        assertThat(index.search("pakistan", 5).get(0).id()).isEqualTo("PAK");
        assertThat(index.search("PK", 5).get(0).id()).isEqualTo("PAK");
        assertThat(index.search("kaz", 5).get(0).id()).isEqualTo("KAZ");
        assertThat(index.search("杭州", 5).get(0).id()).isEqualTo("CBEC-1-01");
        assertThat(index.search("hangzhou", 5).get(0).id()).isEqualTo("CBEC-1-01");
    }

    @Test
    void forgivesSmallTypos() {
        assertThat(index.search("Pakistn", 5)).extracting(SearchHit::id).first().isEqualTo("PAK");
        assertThat(index.search("Kazakstan", 5)).extracting(SearchHit::id).first().isEqualTo("KAZ");
        assertThat(index.search("Kyrgystan", 5)).extracting(SearchHit::id).first().isEqualTo("KGZ");
    }

    @Test
    void nonsenseFindsNothing() {
        assertThat(index.search("zzzzqq", 5)).isEmpty();
        assertThat(index.search("   ", 5)).isEmpty();
    }

    @Test
    void distanceCountsSwapsAsOneEdit() {
        assertThat(SearchIndex.distance("pakistan", "pakistna")).isEqualTo(1);
        assertThat(SearchIndex.distance("abc", "abc")).isZero();
    }
}
