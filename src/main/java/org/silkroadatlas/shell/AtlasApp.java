package org.silkroadatlas.shell;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The JavaFX application: opens the main window on the bundled data pack. */
public class AtlasApp extends Application {
    @Override public void start(Stage stage) {
        stage.setTitle("Silk Road Atlas");
        stage.setScene(new Scene(new BorderPane(), 1280, 800));
        stage.show();
    }
}
