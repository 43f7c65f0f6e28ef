package org.silkroadatlas.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.silkroadatlas.model.Cable;
import org.silkroadatlas.model.Country;
import org.silkroadatlas.model.Dataset;
import org.silkroadatlas.model.Zone;
import org.silkroadatlas.model.ZoneKind;
import org.silkroadatlas.state.ExplorerState;
import org.silkroadatlas.state.MapFilters;
import org.silkroadatlas.text.Tr;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.silkroadatlas.testing.FxThreadErrors;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The map's controls, legends and cards follow the interface language and keep the view while they do. */
@ExtendWith({FxThreadErrors.class, ApplicationExtension.class})
class MapInChineseTest {
    private ExplorerState state;
    private MapLegend legend;
    private PartnersLegend partners;
    private final AtomicInteger filterChanges = new AtomicInteger();

    @Start
    void start(Stage stage) {
        Dataset partnersPack = PartnersTestData.pack();
        Dataset withCables = MapFixtures.dataset();
        state = new ExplorerState(new Dataset(partnersPack.countries(), withCables.cables(), withCables.zones(), List.of(),
                partnersPack.indicators(), partnersPack.figures(), List.of(), List.of(), "(map i18n)"));
        state.filtersProperty().addListener(o -> filterChanges.incrementAndGet());
        legend = new MapLegend(state);
        partners = new PartnersLegend(state);
        legend.setPartnersKey(partners);
        stage.setScene(new Scene(new HBox(new LayerControl(state), legend), 900, 800));
        stage.show();
    }


    @Test
    void layerControlAndLegendsSwitchToChineseAndBack(FxRobot robot) {
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> {
            state.setYear(2018);
            state.setFilters(state.getFilters().withOpacities(1, 0.4, 1));
        });
        MapFilters filters = state.getFilters();
        int changes = filterChanges.get();
        assertThat(text(robot, "#layer-cables")).isEqualTo("Cables");
        assertThat(legend.entries()).contains("Submarine cable in service");
        assertThat(partners.shown().title()).isEqualTo("SCO and ASEAN, end of 2018");

        WaitForAsyncUtils.waitForAsyncFx(2000, () -> state.setLocale(Tr.CHINESE));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#layer-cables")).isEqualTo("光缆");
        assertThat(text(robot, "#layer-partners")).isEqualTo("伙伴国家");
        assertThat(text(robot, "#org-sco")).isEqualTo("上合组织");
        assertThat(text(robot, "#cable-status-planned")).isEqualTo("规划中");
        assertThat(text(robot, "#zone-kind-cbec_pilot_zone")).isEqualTo("跨境电子商务综合试验区");
        assertThat(robot.lookup("#opacity-cables").queryAs(Slider.class).getAccessibleText()).isEqualTo("光缆图层的不透明度");
        assertThat(robot.lookup(".label").queryAllAs(Label.class)).extracting(Label::getText).contains("综合试验区批次", "不透明度");
        assertThat(legend.entries()).contains("光缆", "已投入使用的海底光缆", "示意路由，并非实测路径", "跨境电子商务综合试验区（按批次）")
                .noneMatch(s -> s.contains("cable"));
        assertThat(partners.shown().title()).isEqualTo("2018年底的上合组织与东盟");
        assertThat(partners.shown().legend()).extracting(PartnerLooks.LegendEntry::label).contains("上合组织成员国", "东盟成员国");
        assertThat(state.getFilters()).as("the view is kept").isEqualTo(filters);
        assertThat(state.getYear()).isEqualTo(2018);
        assertThat(filterChanges.get()).as("relabelling pushes nothing into the state").isEqualTo(changes);

        WaitForAsyncUtils.waitForAsyncFx(2000, () -> state.setLocale(Tr.ENGLISH));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#layer-cables")).isEqualTo("Cables");
        assertThat(legend.entries()).contains("Submarine cable in service").doesNotContain("已投入使用的海底光缆");
        assertThat(partners.shown().title()).isEqualTo("SCO and ASEAN, end of 2018");
    }

    @Test
    void hoverCardsNameTheEntityAndDateInTheReadersLanguage() {
        Dataset d = MapFixtures.dataset();
        Zone chengdu = d.zone("CBEC-5-12").orElseThrow();
        Zone named = new Zone(chengdu.id(), chengdu.nameEn(), "中国（成都）跨境电子商务综合试验区", chengdu.kind(), chengdu.city(), null,
                "CHN", chengdu.location(), chengdu.approved(), chengdu.batch(), null, null, List.of(), null, null);
        assertThat(ZoneLayer.describe(named, Tr.CHINESE)).startsWith("中国（成都）跨境电子商务综合试验区\n跨境电子商务综合试验区")
                .contains("第5批", "2020年4月27日获批（精确到日）");
        assertThat(ZoneLayer.describe(named, Tr.ENGLISH)).startsWith("China (Chengdu) CBEC Pilot Zone")
                .contains("batch 5", "approved 27 April 2020 (to the day)");
        Cable sea = d.cable("sea-me-we-test").orElseThrow();
        assertThat(CableLayer.describe(sea, Tr.CHINESE)).contains("Asia-Europe Test Cable", "海底光缆 · 已投入使用", "投入使用：2005年",
                "20,000公里", "示意路由");
        assertThat(ZoneLayer.kindLabel(ZoneKind.OVERSEAS_HUB)).isEqualTo("Overseas hub");
    }

    @Test
    void countryCardLeadsWithTheNameInTheReadersLanguage() {
        Dataset d = new Dataset(List.of(new Country("KGZ", "KG", "Kyrgyzstan", "吉尔吉斯斯坦", null, List.of(), List.of())),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), "(card)");
        PartnerLooks zh = PartnerLooks.compute(d, 2020, MapFilters.ALL, false, null, Tr.CHINESE);
        assertThat(zh.describe(d, "KGZ", "Kyrgyzstan")).isEqualTo("吉尔吉斯斯坦  Kyrgyzstan\n2020年底：\n上合组织：无\n东盟：无");
        PartnerLooks en = PartnerLooks.compute(d, 2020, MapFilters.ALL, false, null);
        assertThat(en.describe(d, "KGZ", "Kyrgyzstan")).isEqualTo("Kyrgyzstan  吉尔吉斯斯坦\nEnd of 2020:\nSCO: none\nASEAN: none");
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(CheckBox.class).getText();
    }
}
