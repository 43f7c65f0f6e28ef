package org.silkroadatlas.detail;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.concurrent.Worker;
import javafx.scene.layout.StackPane;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import javafx.util.Duration;
import org.silkroadatlas.state.ExplorerState;
import org.silkroadatlas.state.Theme;
import org.silkroadatlas.text.Tr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.w3c.dom.events.EventListener;
import org.w3c.dom.events.EventTarget;

/**
 * The selected entity's facts, related events and figures, and sources, in a contained WebView:
 * JavaScript off, no context menu, a local style sheet, no network. Links never navigate the view:
 * {@code atlas:select/ID} selects through the state, http(s) addresses go to {@code openExternal}
 * (the shell passes {@code HostServices::showDocument}).
 */
public class DetailPanel extends StackPane {
    private final ExplorerState state;
    private final Consumer<String> openExternal;
    // Made after the window's first frame or at the first selection, whichever comes first:
    // creating WebKit costs more than the whole rest of the window (see WebKitWarmUp).
    private WebView view;
    private WebEngine engine;
    private final PauseTransition yearSettle = new PauseTransition(Duration.millis(250));
    private final EventListener linkListener = this::linkClicked;
    private String html = "";
    private String rendered;
    private Theme shownTheme;
    private int renderedYear = Integer.MIN_VALUE;

    public DetailPanel(ExplorerState state, Consumer<String> openExternal) {
        this.state = Objects.requireNonNull(state, "state");
        this.openExternal = Objects.requireNonNull(openExternal, "openExternal");
        setId("detail-panel");
        getStyleClass().add("detail-panel");

        yearSettle.setOnFinished(e -> render());
        state.datasetProperty().subscribe(d -> render());
        state.selectionProperty().subscribe(id -> {
            if (id != null) ensureView();
            render();
        });
        state.localeProperty().addListener(o -> render());
        state.themeProperty().subscribe(t -> render());
        // The year changes the page only a little (status in that year): re-render once the user stops scrubbing.
        state.yearProperty().subscribe(y -> yearSettle.playFromStart());
        sceneProperty().subscribe(scene -> {
            if (scene != null && view == null) WebKitWarmUp.afterFrames(2, this::ensureView);
        });
    }

    private void ensureView() {
        if (view != null) return;
        view = new WebView();
        engine = view.getEngine();
        view.setId("detail-view");
        view.setContextMenuEnabled(false);
        view.accessibleTextProperty().bind(Tr.of(DetailPanel.class).bind(state.localeProperty(), "detail.a11y"));
        engine.setJavaScriptEnabled(false);
        engine.setUserStyleSheetLocation(DetailPanel.class.getResource("detail.css").toExternalForm());
        getChildren().add(view);

        engine.getLoadWorker().stateProperty().addListener((o, a, b) -> {
            if (b == Worker.State.SUCCEEDED) hookLinks(engine.getDocument());
        });
        // A link the DOM hook missed still cannot leave the page: follow it ourselves and restore the content.
        engine.locationProperty().addListener((o, a, b) -> {
            if (b == null || b.isEmpty() || b.equals("about:blank")) return;
            javafx.application.Platform.runLater(() -> {
                follow(b);
                engine.loadContent(page());
            });
        });
        if (!html.isEmpty()) engine.loadContent(page(), "text/html");
    }

    /**
     * Renders the page for the current state at once instead of after the year settles, for the
     * render command and scene changes; the page is shown once {@link #isLoading()} turns false.
     */
    public void refreshNow() {
        ensureView();
        render();
    }

    private void render() {
        yearSettle.stop();
        String selection = state.getSelection();
        int year = state.getYear();
        String next = DetailHtml.render(state.getDataset(), selection, year, state.getLocale());
        renderedYear = year;
        rendered = selection;
        if (next.equals(html) && state.getTheme() == shownTheme) return;
        html = next;
        shownTheme = state.getTheme();
        if (engine != null) engine.loadContent(page(), "text/html");
    }

    /** The page as loaded: the HTML with the theme's class on its root element (detail.css keys on it). */
    private String page() {
        return shownTheme == Theme.DARK ? html.replaceFirst("<html", "<html class=\"theme-dark\"") : html;
    }

    private void hookLinks(Document doc) {
        if (doc == null) return;
        NodeList anchors = doc.getElementsByTagName("a");
        for (int i = 0; i < anchors.getLength(); i++) {
            ((EventTarget) anchors.item(i)).addEventListener("click", linkListener, false);
        }
    }

    private void linkClicked(org.w3c.dom.events.Event evt) {
        evt.preventDefault();
        evt.stopPropagation();
        Object target = evt.getCurrentTarget();
        if (target instanceof Element a) follow(a.getAttribute("href"));
    }

    /**
     * Follows a link of the page: an internal one selects through the state, a web address opens
     * outside the application; anything else is ignored.
     */
    public void follow(String href) {
        if (href == null) return;
        String id = Html.selectedId(href);
        if (id != null) {
            state.select(id);
        } else if (Html.isWebAddress(href)) {
            openExternal.accept(href.trim());
        }
    }

    /** The HTML currently shown (for tests, the render command and copy). */
    public String html() { return html; }

    /** The page's DOM once loaded (JavaScript is off, so tests read the document instead). */
    public Document document() { return engine == null ? null : engine.getDocument(); }

    /** True while the page is loading its latest content (or the view that will show it is not made yet). */
    public boolean isLoading() { return engine == null || engine.getLoadWorker().isRunning(); }

    String renderedSelection() { return rendered; }

    int renderedYear() { return renderedYear; }

    WebEngine engine() {
        ensureView();
        return engine;
    }
}
