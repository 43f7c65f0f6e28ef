package org.silkroadatlas.shell;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.concurrent.Worker;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.silkroadatlas.map.tiles.TileSource;
import org.silkroadatlas.model.Dataset;
import org.silkroadatlas.state.ExplorerState;
import org.silkroadatlas.text.Tr;

/**
 * The strip under the map: what is loaded, the year, progress of long work, problems in the pack,
 * and the one-line honesty note on borders and routes. Every text follows the reader's language,
 * messages too: they are kept as a key and arguments, not as finished words.
 */
final class StatusBar extends HBox {
    private static final Tr TR = Tr.of(StatusBar.class);
    private final ExplorerState state;
    private final Label message = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button();
    private final Button problems = new Button();
    private final Label counts = new Label();
    private final Label attribution = new Label();
    /** The task whose messages the message line shows, until it ends or another message comes. */
    private Worker<?> showing;

    StatusBar(ExplorerState state, Runnable showProblems) {
        this.state = state;
        setId("status-bar");
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(12);
        message.setId("status-message");
        progress.setPrefWidth(140);
        progress.setVisible(false);
        progress.setManaged(false);
        cancel.setId("status-cancel");
        cancel.textProperty().bind(TR.bind(state.localeProperty(), "status.cancel"));
        cancel.accessibleHelpProperty().bind(TR.bind(state.localeProperty(), "status.cancel.help"));
        cancel.setVisible(false);
        cancel.setManaged(false);
        cancel.getStyleClass().add("small");
        progress.setId("status-progress");
        progress.accessibleTextProperty().bind(TR.bind(state.localeProperty(), "status.progress"));
        problems.setId("problems-button");
        problems.getStyleClass().addAll("small", "problems-button");
        problems.setOnAction(e -> showProblems.run());
        problems.textProperty().bind(Bindings.createStringBinding(
                () -> TR.get(state.getLocale(), "problems.button", state.getDataset().problems().size()),
                state.localeProperty(), state.datasetProperty()));
        problems.accessibleHelpProperty().bind(TR.bind(state.localeProperty(), "problems.button.help"));
        Tooltip problemsTip = new Tooltip();
        problemsTip.textProperty().bind(TR.bind(state.localeProperty(), "problems.button.help"));
        problems.setTooltip(problemsTip);
        counts.setId("status-counts");
        attribution.setId("status-attribution");
        attribution.getStyleClass().add("attribution");
        setAttribution(false);
        // Narrow windows: progress and Cancel keep their full width; the texts give way, the long
        // credits first (cut with an ellipsis; the full text stays in a tooltip).
        progress.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        problems.setMinWidth(Region.USE_PREF_SIZE);
        message.setMinWidth(0);
        counts.setMinWidth(0);
        // The credits take only the room left over (asking for none), right-aligned at the end.
        attribution.setMinWidth(0);
        attribution.setPrefWidth(0);
        attribution.setMaxWidth(Double.MAX_VALUE);
        attribution.setAlignment(Pos.CENTER_RIGHT);
        HBox.setHgrow(attribution, Priority.ALWAYS);
        Tooltip credits = new Tooltip();
        credits.textProperty().bind(attribution.textProperty());
        attribution.setTooltip(credits);
        getChildren().addAll(message, progress, cancel, counts, problems, attribution);
        state.datasetProperty().subscribe(this::showDataset);
        counts.textProperty().bind(Bindings.createStringBinding(() -> countsText(state),
                state.datasetProperty(), state.yearProperty(), state.localeProperty()));
    }

    private static String countsText(ExplorerState s) {
        Dataset d = s.getDataset();
        int y = s.getYear();
        long zones = d.zones().stream().filter(z -> z.standsAt(y)).count();
        long cables = d.cables().stream().filter(c -> c.inServiceBy(y)).count();
        return TR.get(s.getLocale(), "status.counts", y, d.countries().size(), cables, zones);
    }

    private void showDataset(Dataset d) {
        int n = d.problems().size();
        problems.setVisible(n > 0);
        problems.setManaged(n > 0);
    }

    /** Map credits and the border note; online tiles add the OpenStreetMap credit. */
    void setAttribution(boolean onlineTiles) {
        attribution.textProperty().bind(Bindings.createStringBinding(() -> {
            java.util.Locale l = state.getLocale();
            String base = TileSource.offlineAttribution(l) + "  ·  " + TR.get(l, "status.schematic");
            return onlineTiles ? base + "  ·  " + TileSource.osmAttribution(l) + " (" + TR.get(l, "tiles.onNote") + ")" : base;
        }, state.localeProperty()));
    }

    /** A message in the reader's language, rewritten when the language changes; "" clears it. */
    void say(String key, Object... args) {
        showing = null;
        message.textProperty().unbind();
        message.textProperty().bind(TR.bind(state.localeProperty(), key, args));
    }

    /** A message that is data, not words (shown as given). */
    void setMessage(String text) {
        showing = null;
        message.textProperty().unbind();
        message.setText(text);
    }

    String messageText() { return message.getText(); }

    /** Shows a long task's message and progress, with a cancel button, until it ends. */
    void track(Worker<?> task) {
        showing = task;
        message.textProperty().unbind();
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
                if (showing == task) {
                    // The task's last word stays until someone says something new.
                    String last = task.getMessage();
                    message.textProperty().unbind();
                    message.setText(last);
                    showing = null;
                }
            }
        });
    }
}
