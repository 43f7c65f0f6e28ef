package org.silkroadatlas.present;

import java.util.List;
import org.silkroadatlas.model.Confidence;
import org.silkroadatlas.model.Country;
import org.silkroadatlas.model.Dataset;
import org.silkroadatlas.model.Event;
import org.silkroadatlas.model.EventCategory;
import org.silkroadatlas.model.GeoPoint;
import org.silkroadatlas.model.Indicator;
import org.silkroadatlas.model.Membership;
import org.silkroadatlas.model.MembershipStatus;
import org.silkroadatlas.model.Organisation;
import org.silkroadatlas.model.PartialDate;
import org.silkroadatlas.model.Source;
import org.silkroadatlas.model.Zone;
import org.silkroadatlas.model.ZoneKind;
import org.silkroadatlas.state.MapFilters;
import org.silkroadatlas.state.MapViewport;
import org.silkroadatlas.state.Panel;
import org.silkroadatlas.state.SceneSnapshot;

/** A pack small enough to read at a glance, with the ids the tests select. */
final class PresentTestData {
    private PresentTestData() { }

    static Dataset dataset() {
        Country chn = new Country("CHN", "CN", "China", "中国", new GeoPoint(39.9, 116.4),
                List.of(new Membership(Organisation.SCO, MembershipStatus.MEMBER, PartialDate.ofDay(2001, 6, 15), null,
                        null, List.of("src-sco"), Confidence.HIGH, null)), List.of());
        Country pak = new Country("PAK", "PK", "Pakistan", "巴基斯坦", new GeoPoint(33.7, 73.0),
                List.of(new Membership(Organisation.SCO, MembershipStatus.MEMBER, PartialDate.ofDay(2017, 6, 9), null,
                        null, List.of("src-ecns"), Confidence.HIGH, null)), List.of());
        Country kaz = new Country("KAZ", "KZ", "Kazakhstan", "哈萨克斯坦", new GeoPoint(51.2, 71.4), List.of(), List.of());
        Zone hz = new Zone("CBEC-1-01", "China (Hangzhou) Cross-border E-commerce Comprehensive Pilot Zone", null,
                ZoneKind.CBEC_PILOT_ZONE, "Hangzhou", "Zhejiang", "CHN", new GeoPoint(30.28, 120.15),
                PartialDate.ofMonth(2015, 3), 1, null, null, List.of("src-chinagate"), Confidence.HIGH, null);
        Event iran = new Event("ev-iran", PartialDate.ofDay(2023, 7, 4), "Iran becomes SCO member", EventCategory.MEMBERSHIP,
                List.of("IRN"), List.of(), "", List.of("src-sputnik"), Confidence.HIGH);
        List<Source> sources = List.of(
                new Source("src-sco", "SCO founding", "sco.int", "2001", "http://example.org/sco", null),
                new Source("src-ecns", null, "ecns.cn", null, "http://ecns.cn/2017/06-10/260947.shtml", null),
                new Source("src-chinagate", null, "en.chinagate.cn", "2016-01-15", "http://en.chinagate.cn/x", null),
                new Source("src-sputnik", null, "sputnikglobe.com", null, "https://sputnikglobe.com/x", null));
        Indicator users = new Indicator("individuals_using_internet", "Individuals using the Internet", null, "percent", null, "WDI");
        return new Dataset(List.of(chn, pak, kaz), List.of(), List.of(hz), List.of(iran), List.of(users), List.of(),
                sources, List.of(), "test");
    }

    static SceneSnapshot scene(int year, String selection, double lat, double lon, double zoom, String caption) {
        return new SceneSnapshot(new MapViewport(lat, lon, zoom), year, MapFilters.ALL, selection, Panel.DETAIL, null,
                false, caption, "notes for " + caption);
    }

    /** Four scenes; the third names an entity the test pack lacks. */
    static Deck deck() {
        return new Deck("Test briefing", List.of(
                scene(2015, "CBEC-1-01", 30.3, 120.1, 5, "Hangzhou pilot zone"),
                scene(2017, "PAK", 33.7, 73.0, 4, "Pakistan joins the SCO"),
                scene(2020, "ATLANTIS", 10, 10, 3, "A place the pack lacks"),
                scene(2023, "ev-iran", 35, 51, 3.5, "Iran joins the SCO")));
    }

    /**
     * A stand-in for the live view's picture of a scene: its caption on a tinted page, drawn on the
     * FX thread. The PDF and slide tests check the page around the picture, not the map.
     */
    static javafx.scene.image.Image pagePicture(SceneSnapshot s) {
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(new javafx.scene.control.Label(s.caption()));
        box.setStyle("-fx-background-color: #c9dbe6; -fx-padding: 20;");
        box.setPrefSize(800, 450);
        new javafx.scene.Scene(box);
        box.applyCss();
        box.resize(800, 450);
        box.layout();
        return SlideExporter.snapshotToFit(box, 1600, 900);
    }
}
