package org.silkroadatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class SceneBoundWorkTest {
    @Start
    void start(Stage stage) { }

    @Test
    void waitsForTheSceneThenRunsOnceHoweverOftenItWasAsked() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        WaitForAsyncUtils.asyncFx(() -> {
            Pane panel = new Pane();
            SceneBoundWork work = new SceneBoundWork(panel, runs::incrementAndGet);
            work.request();
            work.request();
            assertThat(runs).hasValue(0);
            assertThat(work.isDue()).isTrue();

            Group root = new Group();
            new Scene(root);
            root.getChildren().add(panel);
            assertThat(runs).hasValue(1);
            assertThat(work.isDue()).isFalse();

            work.request();
            assertThat(runs).as("in a scene, each request runs at once").hasValue(2);
            root.getChildren().remove(panel);
            root.getChildren().add(panel);
            assertThat(runs).as("joining again with nothing asked runs nothing").hasValue(2);
        }).get();
    }
}
