package org.silkroadatlas.shell;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.silkroadatlas.model.Dataset;
import org.silkroadatlas.model.Problem;
import org.silkroadatlas.state.ExplorerState;

/**
 * Lists every problem found in the open data pack, one per line as file:line:column: field: problem.
 * The app still shows every valid record; this tells the user what was left out and why.
 */
final class ProblemsView extends BorderPane {
    private final ListView<Problem> list = new ListView<>();
    private final Label heading = new Label();

    ProblemsView(ExplorerState state) {
        setId("problems-view");
        getStyleClass().add("problems-view");
        heading.getStyleClass().add("panel-heading");
        heading.setWrapText(true);
        list.setId("problems-list");
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override protected void updateItem(Problem p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.toString());
            }
        });
        Label help = new Label("Records with a problem were left out; every valid record is shown. Fix the file and open the pack again (File > Open data pack).");
        help.setWrapText(true);
        help.getStyleClass().add("muted");
        setTop(new VBox(4, heading, help));
        setCenter(list);
        state.datasetProperty().subscribe(this::show);
    }

    private void show(Dataset d) {
        list.getItems().setAll(d.problems());
        heading.setText(d.problems().isEmpty() ? "No problems in " + d.origin() : d.problems().size() + " problems in " + d.origin());
    }
}
