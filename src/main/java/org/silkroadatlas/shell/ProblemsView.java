package org.silkroadatlas.shell;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.silkroadatlas.model.Dataset;
import org.silkroadatlas.model.Problem;
import org.silkroadatlas.state.ExplorerState;
import org.silkroadatlas.text.Tr;

/**
 * Lists every problem found in the open data pack, one per line as file:line:column: field: problem.
 * The app still shows every valid record; this tells the user what was left out and why.
 */
final class ProblemsView extends BorderPane {
    private static final Tr TR = Tr.of(ProblemsView.class);
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
        // Each problem itself stays as the loader wrote it: file, line and field are for whoever fixes the file.
        Label help = new Label();
        help.textProperty().bind(TR.bind(state.localeProperty(), "problems.help"));
        help.setWrapText(true);
        help.getStyleClass().add("muted");
        setTop(new VBox(4, heading, help));
        setCenter(list);
        state.datasetProperty().subscribe(d -> list.getItems().setAll(d.problems()));
        heading.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            Dataset d = state.getDataset();
            return d.problems().isEmpty() ? TR.get(state.getLocale(), "problems.none", d.origin())
                    : TR.get(state.getLocale(), "problems.some", d.problems().size(), d.origin());
        }, state.datasetProperty(), state.localeProperty()));
    }
}
