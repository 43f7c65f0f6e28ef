package org.silkroadatlas.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.silkroadatlas.state.ExplorerState;
import org.silkroadatlas.state.MapViewport;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.silkroadatlas.testing.FxThreadErrors;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith({FxThreadErrors.class, ApplicationExtension.class})
class PresenterModeTest {

    private ExplorerState state;
    private Stage stage;
    private ToolBar chrome;
    private StackPane mapStack;
    private PresenterMode presenter;

    /** The smallest window that can host presenting: chrome on top, a map stand-in under a stack. */
    private final class Host implements PresenterHost {
        @Override public void setChromeVisible(boolean visible) {
            chrome.setVisible(visible);
            chrome.setManaged(visible);
        }

        @Override public StackPane captionLayer() { return mapStack; }
    }

    @Start
    void start(Stage s) {
        stage = s;
        state = new ExplorerState(PresentTestData.dataset());
        chrome = new ToolBar(new Button("Edit"));
        chrome.setId("chrome");
        mapStack = new StackPane(new Label("map"));
        BorderPane root = new BorderPane(mapStack, chrome, null, null, null);
        Scene scene = new Scene(root, 800, 500);
        // The app's palette, so the :presenter variables resolve as they do in the window.
        var atlas = PresenterModeTest.class.getResource("/org/silkroadatlas/shell/atlas.css");
        if (atlas != null) scene.getStylesheets().add(atlas.toExternalForm());
        s.setScene(scene);
        presenter = new PresenterMode(s, new Host(), state);
        s.show();
    }

    @BeforeEach
    void catchFxExceptions() {
    }


    private void fx(Runnable r) {
        WaitForAsyncUtils.asyncFx(r);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void presentingHidesTheChromeAndTheKeysWalkTheDeck(FxRobot robot) {
        fx(() -> {
            state.setYear(2010);
            state.select("KAZ");
            state.flyTo(new MapViewport(1, 2, 3), true);
            presenter.smoothFlightsProperty().set(false);
            presenter.start(PresentTestData.deck(), 0);
        });
        assertThat(presenter.isActive()).isTrue();
        assertThat(chrome.isVisible()).isFalse();
        assertThat(stage.getScene().getRoot().getPseudoClassStates()).contains(PresenterMode.PRESENTER);
        assertThat(stage.getScene().getStylesheets()).contains(PresenterMode.STYLESHEET);
        assertThat(stage.getScene().getCursor()).as("no pointer on the projector").isEqualTo(javafx.scene.Cursor.NONE);
        assertThat(robot.lookup("#presenter-caption").tryQuery()).isPresent();
        assertThat(state.getYear()).isEqualTo(2015);
        assertThat(state.getSelection()).isEqualTo("CBEC-1-01");
        assertThat(presenter.captionShown()).isEqualTo("Hangzhou pilot zone");
        assertThat(presenter.counterShown()).isEqualTo("1 / 4");
        if (Boolean.getBoolean("atlas.keep.images")) {
            WaitForAsyncUtils.asyncFx(() -> {
                var img = stage.getScene().getRoot().snapshot(null, null);
                try {
                    SlideExporter.writePng(img, java.nio.file.Path.of("target/presenter-test.png"));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            WaitForAsyncUtils.waitForFxEvents();
        }

        robot.type(KeyCode.PAGE_DOWN);
        assertThat(state.getYear()).isEqualTo(2017);
        assertThat(state.getSelection()).isEqualTo("PAK");
        assertThat(state.getView()).isEqualTo(new MapViewport(33.7, 73.0, 4));
        assertThat(state.flyRequestProperty().get().instant()).as("smooth flights switched off").isTrue();
        assertThat(presenter.counterShown()).isEqualTo("2 / 4");

        robot.type(KeyCode.SPACE);
        assertThat(presenter.getIndex()).isEqualTo(2);
        assertThat(state.getYear()).isEqualTo(2020);
        assertThat(state.getSelection()).as("the pack lacks ATLANTIS: nothing selected").isNull();
        assertThat(presenter.warningsProperty().get()).singleElement().asString().contains("ATLANTIS");

        robot.type(KeyCode.RIGHT);
        assertThat(state.getSelection()).isEqualTo("ev-iran");
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(presenter.getIndex()).as("past the last scene it stays").isEqualTo(3);

        robot.type(KeyCode.PAGE_UP);
        assertThat(presenter.getIndex()).isEqualTo(2);
        robot.type(KeyCode.BACK_SPACE);
        robot.type(KeyCode.LEFT);
        assertThat(presenter.getIndex()).isEqualTo(0);
        assertThat(state.getYear()).isEqualTo(2015);
        robot.type(KeyCode.END);
        assertThat(presenter.getIndex()).isEqualTo(3);
        robot.type(KeyCode.HOME);
        assertThat(presenter.getIndex()).isEqualTo(0);

        robot.type(KeyCode.ESCAPE);
        assertThat(presenter.isActive()).isFalse();
        assertThat(chrome.isVisible()).isTrue();
        assertThat(stage.getScene().getRoot().getPseudoClassStates()).doesNotContain(PresenterMode.PRESENTER);
        assertThat(stage.getScene().getStylesheets()).doesNotContain(PresenterMode.STYLESHEET);
        assertThat(robot.lookup("#presenter-caption").tryQuery()).isEmpty();
        assertThat(stage.isFullScreen()).isFalse();
        assertThat(stage.getScene().getCursor()).isNotEqualTo(javafx.scene.Cursor.NONE);
        assertThat(state.getYear()).as("the desk view is back").isEqualTo(2010);
        assertThat(state.getSelection()).isEqualTo("KAZ");
        assertThat(state.getView()).isEqualTo(new MapViewport(1, 2, 3));
    }

    @Test
    void flightsAreSmoothByDefaultAndKeysDoNothingOnceLeft(FxRobot robot) {
        fx(() -> presenter.start(PresentTestData.deck(), 1));
        assertThat(state.getSelection()).isEqualTo("PAK");
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(state.flyRequestProperty().get().instant()).as("moving between scenes flies").isFalse();
        fx(presenter::exit);
        int year = state.getYear();
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(state.getYear()).isEqualTo(year);
        assertThat(presenter.getIndex()).isEqualTo(-1);
    }
}
