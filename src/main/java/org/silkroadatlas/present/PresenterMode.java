package org.silkroadatlas.present;

import java.util.List;
import java.util.Objects;
import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.silkroadatlas.state.ExplorerState;
import org.silkroadatlas.state.SceneSnapshot;

/**
 * Shows a deck full screen, one scene at a time, driven by the keys a clicker sends. Entering saves
 * everything it changes (the view, full screen, chrome) and Esc puts it all back, so presenting
 * leaves the desk as it was.
 */
public final class PresenterMode {
    public static final PseudoClass PRESENTER = PseudoClass.getPseudoClass("presenter");
    static final String STYLESHEET = PresenterMode.class.getResource("present.css").toExternalForm();

    private final Stage stage;
    private final PresenterHost host;
    private final ExplorerState state;
    private final CaptionBar captionBar = new CaptionBar();
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active", false);
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index", -1);
    private final ReadOnlyObjectWrapper<List<String>> warnings = new ReadOnlyObjectWrapper<>(this, "warnings", List.of());
    private final BooleanProperty smoothFlights = new SimpleBooleanProperty(this, "smoothFlights", true);

    private final EventHandler<KeyEvent> keys = this::onKey;
    private final EventHandler<MouseEvent> pointerMoved = e -> showPointerBriefly();
    /** The pointer hides while presenting and shows for a moment when the mouse moves. */
    private final PauseTransition pointerIdle = new PauseTransition(Duration.seconds(2));
    private final ChangeListener<Boolean> fullScreenLeft = (o, was, now) -> { if (!now) exit(); };

    private Deck deck;
    private Scene scene;
    private SceneSnapshot before;
    private boolean wasFullScreen;
    private KeyCombination previousExitKey;
    private String previousExitHint;
    private Cursor previousCursor;

    public PresenterMode(Stage stage, PresenterHost host, ExplorerState state) {
        this.stage = Objects.requireNonNull(stage, "stage");
        this.host = Objects.requireNonNull(host, "host");
        this.state = Objects.requireNonNull(state, "state");
        StackPane.setAlignment(captionBar, Pos.BOTTOM_CENTER);
        pointerIdle.setOnFinished(e -> { if (active.get()) scene.setCursor(Cursor.NONE); });
        // The language can change while presenting (Ctrl+Shift+L): the caption's own words follow.
        state.localeProperty().addListener((o, a, l) -> {
            if (active.get() && index.get() >= 0) captionBar.show(deck.scene(index.get()), index.get(), deck.size(), warnings.get(), l);
        });
    }

    /** Whether moving between scenes flies the map (true) or jumps (false). */
    public BooleanProperty smoothFlightsProperty() { return smoothFlights; }

    public ReadOnlyBooleanProperty activeProperty() { return active.getReadOnlyProperty(); }
    public boolean isActive() { return active.get(); }

    /** The scene shown, counted from 0; -1 when not presenting. */
    public ReadOnlyIntegerProperty indexProperty() { return index.getReadOnlyProperty(); }
    public int getIndex() { return index.get(); }

    /** What the current scene could not show with this data pack (empty when it showed in full). */
    public ReadOnlyObjectProperty<List<String>> warningsProperty() { return warnings.getReadOnlyProperty(); }

    /** Enters presenter mode at scene {@code first} (clamped); a deck without scenes is refused. */
    public void start(Deck d, int first) {
        Objects.requireNonNull(d, "deck");
        if (d.size() == 0) throw new IllegalArgumentException("the deck has no scenes to present");
        if (active.get()) exit();
        scene = Objects.requireNonNull(stage.getScene(), "the stage shows no scene");
        deck = d;
        before = state.capture();
        wasFullScreen = stage.isFullScreen();
        previousExitKey = stage.getFullScreenExitKeyCombination();
        previousExitHint = stage.getFullScreenExitHint();

        host.setChromeVisible(false);
        Parent root = scene.getRoot();
        root.pseudoClassStateChanged(PRESENTER, true);
        if (!scene.getStylesheets().contains(STYLESHEET)) scene.getStylesheets().add(STYLESHEET);
        host.captionLayer().getChildren().add(captionBar);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
        scene.addEventFilter(MouseEvent.MOUSE_MOVED, pointerMoved);
        previousCursor = scene.getCursor();
        scene.setCursor(Cursor.NONE);
        // Esc is ours: it must leave presenter mode as a whole, not only full screen.
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        stage.setFullScreen(true);
        stage.fullScreenProperty().addListener(fullScreenLeft);
        active.set(true);
        show(Math.max(0, Math.min(d.size() - 1, first)), false);
    }

    /** Leaves presenter mode and restores the window and the view as they were before. */
    public void exit() {
        if (!active.get()) return;
        active.set(false);
        stage.fullScreenProperty().removeListener(fullScreenLeft);
        scene.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
        scene.removeEventFilter(MouseEvent.MOUSE_MOVED, pointerMoved);
        pointerIdle.stop();
        scene.setCursor(previousCursor);
        host.captionLayer().getChildren().remove(captionBar);
        scene.getStylesheets().remove(STYLESHEET);
        scene.getRoot().pseudoClassStateChanged(PRESENTER, false);
        host.setChromeVisible(true);
        if (stage.isFullScreen() != wasFullScreen) stage.setFullScreen(wasFullScreen);
        stage.setFullScreenExitKeyCombination(previousExitKey);
        stage.setFullScreenExitHint(previousExitHint);
        state.apply(before, false);
        index.set(-1);
        warnings.set(List.of());
        deck = null;
    }

    public boolean next() { return step(1); }
    public boolean previous() { return step(-1); }
    public void first() { if (active.get()) show(0, smoothFlights.get()); }
    public void last() { if (active.get()) show(deck.size() - 1, smoothFlights.get()); }

    public void goTo(int i) {
        if (active.get() && i >= 0 && i < deck.size()) show(i, smoothFlights.get());
    }

    /** Caption text on screen, for tests and for the lead's status line. */
    String captionShown() { return captionBar.captionText(); }
    String counterShown() { return captionBar.counterText(); }

    private boolean step(int delta) {
        if (!active.get()) return false;
        int target = index.get() + delta;
        if (target < 0 || target >= deck.size()) return false;
        show(target, smoothFlights.get());
        return true;
    }

    private void show(int i, boolean animate) {
        SceneSnapshot s = deck.scene(i);
        List<String> w = SceneWarnings.words(state.applyScene(s, animate), state.getLocale());
        index.set(i);
        warnings.set(w);
        captionBar.show(s, i, deck.size(), w, state.getLocale());
    }

    private void showPointerBriefly() {
        scene.setCursor(previousCursor);
        pointerIdle.playFromStart();
    }

    private void onKey(KeyEvent e) {
        if (e.isAltDown() || e.isControlDown() || e.isMetaDown() || e.isShortcutDown()) return;
        switch (e.getCode()) {
            case PAGE_DOWN, RIGHT, DOWN, SPACE, ENTER -> next();
            case PAGE_UP, LEFT, UP, BACK_SPACE -> previous();
            case HOME -> first();
            case END -> last();
            case ESCAPE -> exit();
            default -> { return; }
        }
        e.consume();
    }
}
