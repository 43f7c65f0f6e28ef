package org.silkroadatlas.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.silkroadatlas.model.Dataset;
import org.silkroadatlas.panels.PanelsFixture;
import org.silkroadatlas.panels.Snapshots;
import org.silkroadatlas.state.ExplorerState;
import org.silkroadatlas.text.Tr;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.silkroadatlas.testing.FxThreadErrors;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The detail page in Chinese: headings, field names, statuses and dates; names from the data; the page follows a switch. */
@ExtendWith({FxThreadErrors.class, ApplicationExtension.class})
class DetailInChineseTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 1, 1);
    private ExplorerState state;
    private DetailPanel panel;

    @Start
    void start(Stage stage) {
        state = new ExplorerState(PanelsFixture.pack());
        state.setYear(2016);
        panel = new DetailPanel(state, url -> { });
        stage.setScene(new Scene(panel, 470, 760));
        stage.show();
    }

    @Test
    void aCountryPageReadsInChineseWithTheDatasChineseName() {
        String html = DetailHtml.render(PanelsFixture.pack(), "PAK", 2016, TODAY, Tr.CHINESE);
        assertThat(html).startsWith("<!DOCTYPE html><html lang=\"zh-CN\">")
                .contains("<h1>巴基斯坦 <span class=\"zh\" lang=\"en\">Pakistan</span></h1>")
                .contains("上合组织（2016年）").contains("观察员国").contains("目前：成员国")
                .contains("2017年6月9日<div class=\"muted small\">日</div>")
                .contains("身份变化").contains("<span class=\"conf conf-high\">高</span>").contains("来源")
                .doesNotContain("Status history").doesNotContain(" in 2016");
    }

    @Test
    void cableZoneEventAndOverviewPagesReadInChinese() {
        Dataset d = PanelsFixture.pack();
        assertThat(DetailHtml.render(d, "china-pakistan-cable", 2018, TODAY, Tr.CHINESE))
                .contains("陆地光缆").contains("投入使用").contains("2018年7月13日（精确到日）").contains("820公里")
                .contains("示意路由").contains("巴基斯坦");
        assertThat(DetailHtml.render(d, "CBEC-1-01", 2018, TODAY, Tr.CHINESE))
                .contains("<h1>杭州 <span class=\"zh\" lang=\"en\">Hangzhou</span></h1>").contains("跨境电子商务综合试验区")
                .contains("第1批").contains("获批");
        assertThat(DetailHtml.render(d, "iran-sco-2023", 2024, TODAY, Tr.CHINESE))
                .contains("2023年7月4日").contains("精确到日").contains("伊朗").contains("事件");
        assertThat(DetailHtml.render(d, null, 2018, TODAY, Tr.CHINESE))
                .contains("使用方法").contains("2018年").contains("上合组织成员国</th><td>8：");
    }

    @Test
    void switchingTheLanguageRewritesThePageAndKeepsTheSelection(FxRobot robot) throws Exception {
        robot.interact(() -> state.select("PAK"));
        assertThat(waitForPage("Status history")).contains("SCO in 2016");
        robot.interact(() -> state.setLocale(Tr.CHINESE));
        assertThat(waitForPage("身份变化")).contains("巴基斯坦").contains("上合组织（2016年）").contains("2017年6月9日");
        Snapshots.save(panel, "detail-zh");
        assertThat(state.getSelection()).isEqualTo("PAK");
        assertThat(state.getYear()).isEqualTo(2016);
        robot.interact(() -> state.setLocale(Tr.ENGLISH));
        assertThat(waitForPage("Status history")).contains("SCO in 2016").doesNotContain("身份变化");
        assertThat(FxThreadErrors.errors()).isEmpty();
    }

    private String waitForPage(String expected) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () ->
                WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> !panel.isLoading() && DetailPanelTest.pageText(panel).contains(expected))));
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> DetailPanelTest.pageText(panel)));
    }
}
