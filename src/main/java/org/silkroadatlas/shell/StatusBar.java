package org.silkroadatlas.shell;

import javafx.beans.binding.Bindings;
import javafx.concurrent.Worker;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.silkroadatlas.map.tiles.TileSource;
import org.silkroadatlas.model.Dataset;
import org.silkroadatlas.state.ExplorerState;

/**
 * The strip under the map: what is loaded, the year, progress of long work, problems in the pack,
 * and the one-line honesty note on borders and routes.
 */
final class StatusBar extends HBox {
    private final Label message = new Label();
    private final ProgressBar progress = new ProgressBar();
    private static final org.silkroadatlas.text.Tr TR = org.silkroadatlas.text.Tr.of(StatusBar.class);
    private final Button cancel = new Button();
    private final Button problems = new Button();
    private final Label counts = new Label();
    private final Label attribution = new Label();

    StatusBar(ExplorerState state, Runnable showProblems) {
        setId("status-bar");
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(12);
        message.setId("status-message");
        progress.setPrefWidth(140);
        progress.setVisible(false);
        progress.setManaged(false);
        cancel.setVisible(false);
        cancel.setManaged(false);
        cancel.getStyleClass().add("small");
        cancel.setId("status-cancel");
        cancel.textProperty().bind(TR.bind(state.localeProperty(), "status.cancel"));
        cancel.accessibleTextProperty().bind(TR.bind(state.localeProperty(), "status.cancel.help"));
        progress.setId("status-progress");
        progress.accessibleTextProperty().bind(TR.bind(state.localeProperty(), "status.progress"));
        problems.setId("problems-button");
        problems.getStyleClass().addAll("small", "problems-button");
        problems.setOnAction(e -> showProblems.run());
        counts.setId("status-counts");
        attribution.setId("status-attribution");
        attribution.getStyleClass().add("attribution");
        setAttribution(null);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(message, progress, cancel, spacer, counts, problems, attribution);
        state.datasetProperty().subscribe(this::showDataset);
        counts.textProperty().bind(Bindings.createStringBinding(() -> countsText(state), state.datasetProperty(), state.yearProperty()));
    }

    private static String countsText(ExplorerState s) {
        Dataset d = s.getDataset();
        int y = s.getYear();
        long zones = d.zones().stream().filter(z -> z.standsAt(y)).count();
        long cables = d.cables().stream().filter(c -> c.inServiceBy(y)).count();
        return "Year " + y + "  ·  " + d.countries().size() + " countries  ·  " + cables + " cables in service  ·  " + zones + " zones standing";
    }

    private void showDataset(Dataset d) {
        int n = d.problems().size();
        problems.setText(n == 1 ? "1 problem in the data pack" : n + " problems in the data pack");
        problems.setVisible(n > 0);
        problems.setManaged(n > 0);
    }

    /** Map credits; online tiles add the OpenStreetMap credit. */
    void setAttribution(String extra) {
        String base = TileSource.OFFLINE_ATTRIBUTION + "  ·  Cable routes are schematic, not surveyed paths";
        attribution.setText(extra == null || extra.isBlank() ? base : base + "  ·  " + extra);
    }

    void setMessage(String text) {
        message.textProperty().unbind();
        message.setText(text);
    }

    /** Shows a long task's message and progress, with a cancel button, until it ends. */
    void track(Worker<?> task) {
        message.textProperty().bind(task.messageProperty());
        progress.progressProperty().bind(task.progressProperty());
        progress.setVisible(true);
        progress.setManaged(true);
        cancel.setVisible(true);
        cancel.setManaged(true);
        cancel.setOnAction(e -> task.cancel());
        task.runningProperty().addListener((obs, was, running) -> {
            if (!running) {
                progress.progressProperty().unbind();
                progress.setVisible(false);
                progress.setManaged(false);
                cancel.setVisible(false);
                cancel.setManaged(false);
                message.textProperty().unbind();
            }
        });
    }
}
