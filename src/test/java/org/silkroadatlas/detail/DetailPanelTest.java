package org.silkroadatlas.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.silkroadatlas.panels.PanelsFixture;
import org.silkroadatlas.panels.Snapshots;
import org.silkroadatlas.state.ExplorerState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.silkroadatlas.testing.FxThreadErrors;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.w3c.dom.events.DocumentEvent;
import org.w3c.dom.events.EventTarget;
import org.w3c.dom.events.MouseEvent;
import org.w3c.dom.views.AbstractView;

@ExtendWith({FxThreadErrors.class, ApplicationExtension.class})
class DetailPanelTest {
    private final List<String> opened = new ArrayList<>();
    private ExplorerState state;
    private DetailPanel panel;

    @Start
    void start(Stage stage) {
        state = new ExplorerState(PanelsFixture.pack());
        state.setYear(2018);
        panel = new DetailPanel(state, opened::add);
        stage.setScene(new Scene(panel, 470, 760));
        stage.show();
    }

    /** Text of the loaded page, read from the DOM (JavaScript is off). */
    static String pageText(DetailPanel p) {
        Document d = p.document();
        return d == null || d.getDocumentElement() == null ? "" : d.getDocumentElement().getTextContent();
    }

    private String waitForPage(String expected) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () ->
                WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> !panel.isLoading() && pageText(panel).contains(expected))));
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> pageText(panel)));
    }

    @Test
    void withNothingSelectedItShowsAnOverview(FxRobot robot) throws Exception {
        String text = waitForPage("How to use");
        javafx.scene.web.WebView view = robot.lookup("#detail-view").queryAs(javafx.scene.web.WebView.class);
        assertThat(view.isContextMenuEnabled()).isFalse();
        assertThat(view.getEngine().isJavaScriptEnabled()).isFalse();
        assertThat(view.getEngine().getUserStyleSheetLocation()).endsWith("detail.css");
        assertThat(text).contains("Silk Road Atlas").contains("countries").contains("In 2018").contains("SCO members");
        assertThat(FxThreadErrors.errors()).isEmpty();
    }

    @Test
    void selectingPakistanShowsPakistan(FxRobot robot) throws Exception {
        robot.interact(() -> state.select("PAK"));
        String text = waitForPage("Pakistan");
        String h1 = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> panel.document().getElementsByTagName("h1").item(0).getTextContent()));
        assertThat(h1).startsWith("Pakistan").contains("巴基斯坦");
        assertThat(text).contains("SCO in 2018").contains("member").contains("9 June 2017day").contains("observer")
                .contains("India and Pakistan become SCO members").contains("China-Pakistan Fibre Optic Project")
                .contains("Individuals using the Internet").contains("Sources").contains("ecns.cn");
        Snapshots.save(panel, "detail-pak");
        assertThat(FxThreadErrors.errors()).isEmpty();
    }

    @Test
    void theYearUpdatesThePageOnceScrubbingStops(FxRobot robot) throws Exception {
        robot.interact(() -> state.select("PAK"));
        waitForPage("SCO in 2018");
        robot.interact(() -> { state.setYear(2015); state.setYear(2016); });
        String text = waitForPage("SCO in 2016");
        assertThat(text).contains("observer").contains("today: member");
        assertThat(FxThreadErrors.errors()).isEmpty();
    }

    @Test
    void aCableShowsItsRoutePrecisionWarning(FxRobot robot) throws Exception {
        robot.interact(() -> state.select("china-pakistan-cable"));
        String text = waitForPage("Landing points");
        assertThat(text).contains("schematic route, not the surveyed path").contains("13 July 2018 (day)").contains("820 km")
                .contains("China-Pakistan cross-border fibre-optic cable inaugurated");
        Snapshots.save(panel, "detail-cable");
        assertThat(FxThreadErrors.errors()).isEmpty();
    }

    @Test
    void theIranEventListsIranAndItsLinkSelectsIran(FxRobot robot) throws Exception {
        robot.interact(() -> state.select("iran-sco-2023"));
        String text = waitForPage("Iran becomes a full SCO member");
        assertThat(text).contains("4 July 2023").contains("day precision").contains("Iran").contains("Figures of these countries");
        Snapshots.save(panel, "detail-iran-event");
        // Click the Iran link through the DOM, as a mouse click would reach it.
        robot.interact(() -> {
            Element link = anchor(panel.document(), Html.selectHref("IRN"));
            assertThat(link).as("link to Iran").isNotNull();
            MouseEvent click = (MouseEvent) ((DocumentEvent) panel.document()).createEvent("MouseEvents");
            click.initMouseEvent("click", true, true, (AbstractView) null, 1, 0, 0, 0, 0, false, false, false, false, (short) 0, null);
            ((EventTarget) link).dispatchEvent(click);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(state.getSelection()).isEqualTo("IRN");
        waitForPage("Status history");
        assertThat(opened).isEmpty();
        assertThat(FxThreadErrors.errors()).isEmpty();
    }

    @Test
    void webAddressesGoToTheSystemBrowserAndOtherSchemesNowhere(FxRobot robot) {
        robot.interact(() -> {
            panel.follow("https://tass.com/world/2010381/amp");
            panel.follow("javascript:alert(1)");
            panel.follow("file:///etc/passwd");
        });
        assertThat(opened).containsExactly("https://tass.com/world/2010381/amp");
        robot.interact(() -> panel.follow(Html.selectHref("peace")));
        assertThat(state.getSelection()).isEqualTo("peace");
        assertThat(FxThreadErrors.errors()).isEmpty();
    }

    @Test
    void aClickedRealLinkNeverLeavesThePage(FxRobot robot) throws Exception {
        robot.interact(() -> state.select("china-pakistan-cable-2018"));
        waitForPage("Sources");
        robot.interact(() -> {
            Element link = anchor(panel.document(), "http://silkroad.news.cn/2018/0716/102902.shtml");
            assertThat(link).isNotNull();
            MouseEvent click = (MouseEvent) ((DocumentEvent) panel.document()).createEvent("MouseEvents");
            click.initMouseEvent("click", true, true, (AbstractView) null, 1, 0, 0, 0, 0, false, false, false, false, (short) 0, null);
            ((EventTarget) link).dispatchEvent(click);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened).containsExactly("http://silkroad.news.cn/2018/0716/102902.shtml");
        String text = waitForPage("China-Pakistan cross-border");
        assertThat(text).contains("Sources");
        assertThat(FxThreadErrors.errors()).isEmpty();
    }

    static Element anchor(Document d, String href) {
        NodeList as = d.getElementsByTagName("a");
        for (int i = 0; i < as.getLength(); i++) {
            Element a = (Element) as.item(i);
            if (href.equals(a.getAttribute("href"))) return a;
        }
        return null;
    }
}
