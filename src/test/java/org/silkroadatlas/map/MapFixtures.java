package org.silkroadatlas.map;

import java.util.List;
import org.silkroadatlas.model.Cable;
import org.silkroadatlas.model.CableKind;
import org.silkroadatlas.model.CableStatus;
import org.silkroadatlas.model.Country;
import org.silkroadatlas.model.Dataset;
import org.silkroadatlas.model.Event;
import org.silkroadatlas.model.EventCategory;
import org.silkroadatlas.model.GeoPoint;
import org.silkroadatlas.model.LandingPoint;
import org.silkroadatlas.model.PartialDate;
import org.silkroadatlas.model.RoutePrecision;
import org.silkroadatlas.model.Zone;
import org.silkroadatlas.model.ZoneKind;

/**
 * A small pack shaped like the real one, for map tests until the bundled pack lands: submarine and
 * terrestrial cables, in service and planned, one across the antimeridian, one with no length; zones
 * of several kinds and batches, one with no coordinates.
 */
final class MapFixtures {
    private MapFixtures() { }

    static GeoPoint p(double lat, double lon) {
        return new GeoPoint(lat, lon);
    }

    static Dataset dataset() {
        Cable pacific = new Cable("trans-pacific-test", "Trans-Pacific Test Cable", CableKind.SUBMARINE, CableStatus.IN_SERVICE,
                PartialDate.ofQuarter(2018, 2), 9_500.0, List.of("JPN", "USA"), List.of("Owner A"),
                List.of(new LandingPoint("Chikura", "JPN", p(35.0, 139.95)), new LandingPoint("Honolulu", "USA", p(21.3, -157.85))),
                List.of(List.of(p(35.0, 139.95), p(33, 150), p(30, 165), p(27, 178), p(25, -172), p(23, -163), p(21.3, -157.85))),
                RoutePrecision.SCHEMATIC, List.of("src-1"), null, null);
        Cable sea = new Cable("sea-me-we-test", "Asia-Europe Test Cable", CableKind.SUBMARINE, CableStatus.IN_SERVICE,
                PartialDate.ofYear(2005), 20_000.0, List.of("SGP", "LKA", "EGY"), List.of(),
                List.of(new LandingPoint("Tuas", "SGP", p(1.3, 103.65)), new LandingPoint("Colombo", "LKA", p(6.93, 79.85))),
                List.of(List.of(p(1.3, 103.65), p(4.5, 97.0), p(6.0, 90.0), p(6.93, 79.85))),
                RoutePrecision.SCHEMATIC, List.of("src-1"), null, null);
        Cable land = new Cable("china-kyrgyz-test", "China-Kyrgyzstan Test Fibre", CableKind.TERRESTRIAL, CableStatus.IN_SERVICE,
                PartialDate.ofYear(2012), null, List.of("CHN", "KGZ"), List.of(),
                List.of(new LandingPoint("Kashgar", "CHN", p(39.47, 75.99)), new LandingPoint("Bishkek", "KGZ", p(42.87, 74.59))),
                List.of(List.of(p(39.47, 75.99), p(40.5, 75.3), p(42.87, 74.59))),
                RoutePrecision.ENDPOINTS_ONLY, List.of("src-1"), null, null);
        Cable planned = new Cable("hk-manila-planned", "Hong Kong-Manila Planned Cable", CableKind.SUBMARINE, CableStatus.PLANNED,
                PartialDate.ofYear(2027), 1_200.0, List.of("CHN", "PHL"), List.of(),
                List.of(new LandingPoint("Hong Kong", "CHN", p(22.28, 114.16)), new LandingPoint("Manila", "PHL", p(14.6, 120.98))),
                List.of(List.of(p(22.28, 114.16), p(18.0, 118.0), p(14.6, 120.98))),
                RoutePrecision.SCHEMATIC, List.of("src-1"), null, null);

        Zone hangzhou = zone("CBEC-1-01", "China (Hangzhou) CBEC Pilot Zone", ZoneKind.CBEC_PILOT_ZONE, "Hangzhou", p(30.28, 120.15), PartialDate.ofMonth(2015, 3), 1);
        Zone ningbo = zone("CBEC-2-05", "China (Ningbo) CBEC Pilot Zone", ZoneKind.CBEC_PILOT_ZONE, "Ningbo", p(29.87, 121.55), PartialDate.ofMonth(2016, 1), 2);
        Zone suzhou = zone("CBEC-2-06", "China (Suzhou) CBEC Pilot Zone", ZoneKind.CBEC_PILOT_ZONE, "Suzhou", p(31.3, 120.62), PartialDate.ofMonth(2016, 1), 2);
        Zone chengdu = zone("CBEC-5-12", "China (Chengdu) CBEC Pilot Zone", ZoneKind.CBEC_PILOT_ZONE, "Chengdu", p(30.67, 104.06), PartialDate.ofDay(2020, 4, 27), 5);
        Zone urumqi = zone("CBEC-7-01", "China (Urumqi) CBEC Pilot Zone", ZoneKind.CBEC_PILOT_ZONE, "Urumqi", p(43.8, 87.6), PartialDate.ofYear(2022), 7);
        Zone shanghai = zone("SRE-SH", "Shanghai Silk Road E-commerce Cooperation Pilot Zone", ZoneKind.SILK_ROAD_ECOMMERCE_ZONE, "Shanghai", p(31.23, 121.47), PartialDate.ofMonth(2023, 10), null);
        Zone kl = zone("HUB-KL", "Kuala Lumpur eWTP Hub", ZoneKind.OVERSEAS_HUB, "Kuala Lumpur", p(3.14, 101.69), PartialDate.ofYear(2017), null);
        Zone nowhere = zone("HUB-NOWHERE", "Hub With No Coordinates", ZoneKind.DIGITAL_HUB, null, null, PartialDate.ofYear(2019), null);

        Country chn = new Country("CHN", "CN", "China", "中国", p(39.9, 116.4), List.of(), List.of());
        Country kgz = new Country("KGZ", "KG", "Kyrgyzstan", "吉尔吉斯斯坦", p(42.87, 74.59), List.of(), List.of());
        Event e = new Event("ev-test", PartialDate.ofYear(2005), "Test event", EventCategory.CABLE, List.of("CHN"),
                List.of("china-kyrgyz-test", "CBEC-7-01"), "A test event", List.of("src-1"), null);
        return new Dataset(List.of(chn, kgz), List.of(pacific, sea, land, planned),
                List.of(hangzhou, ningbo, suzhou, chengdu, urumqi, shanghai, kl, nowhere), List.of(e),
                List.of(), List.of(), List.of(), List.of(), "(map fixtures)");
    }

    private static Zone zone(String id, String name, ZoneKind kind, String city, GeoPoint where, PartialDate approved, Integer batch) {
        return new Zone(id, name, null, kind, city, null, "CHN", where, approved, batch, null, null, List.of("src-1"), null, null);
    }
}
