package org.silkroadatlas.map;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.silkroadatlas.model.CableKind;
import org.silkroadatlas.model.CableStatus;
import org.silkroadatlas.model.Organisation;
import org.silkroadatlas.model.Zone;
import org.silkroadatlas.model.ZoneKind;
import org.silkroadatlas.state.ExplorerState;
import org.silkroadatlas.state.MapFilters;
import org.silkroadatlas.text.Labels;
import org.silkroadatlas.text.Tr;
import org.silkroadatlas.ui.Icons;

/**
 * Layer toggles, opacity sliders and filters. Every change goes to {@link ExplorerState#setFilters};
 * every change of the filters made elsewhere (a deck scene, the command line) is shown here. An
 * {@code updating} flag keeps the two directions from echoing into each other.
 */
public final class LayerControl extends VBox {
    private static final Tr TR = Tr.of(LayerControl.class);

    private final ExplorerState state;
    private boolean updating;

    private final CheckBox partners;
    private final CheckBox cables;
    private final CheckBox zones;
    private final Slider partnersOpacity;
    private final Slider cablesOpacity;
    private final Slider zonesOpacity;
    private final Map<Organisation, CheckBox> organisations = new EnumMap<>(Organisation.class);
    private final Map<CableKind, CheckBox> cableKinds = new EnumMap<>(CableKind.class);
    private final Map<CableStatus, CheckBox> cableStatuses = new EnumMap<>(CableStatus.class);
    private final Map<ZoneKind, CheckBox> zoneKinds = new EnumMap<>(ZoneKind.class);
    private final Map<Integer, CheckBox> batches = new LinkedHashMap<>();
    private final FlowPane batchBox = new FlowPane(6, 4);

    public LayerControl(ExplorerState state) {
        this.state = state;
        partners = toggle("layer-partners", TR.bind(state.localeProperty(), "layer.partners"));
        cables = toggle("layer-cables", TR.bind(state.localeProperty(), "layer.cables"));
        zones = toggle("layer-zones", TR.bind(state.localeProperty(), "layer.zones"));
        partnersOpacity = opacity("opacity-partners", "layer.opacity.partners");
        cablesOpacity = opacity("opacity-cables", "layer.opacity.cables");
        zonesOpacity = opacity("opacity-zones", "layer.opacity.zones");
        setId("layer-control");
        getStyleClass().add("layer-control");
        getStylesheets().add(LayerControl.class.getResource("layers.css").toExternalForm());

        for (Organisation o : Organisation.values()) {
            organisations.put(o, toggle("org-" + o.name().toLowerCase(java.util.Locale.ROOT),
                    localised(() -> Labels.organisation(o, state.getLocale()))));
        }
        for (CableKind k : CableKind.values()) {
            cableKinds.put(k, toggle("cable-kind-" + k.id(), localised(() -> capitalised(Labels.cableKind(k, state.getLocale())))));
        }
        for (CableStatus s : CableStatus.values()) {
            cableStatuses.put(s, toggle("cable-status-" + s.id(), localised(() -> capitalised(Labels.cableStatus(s, state.getLocale())))));
        }
        for (ZoneKind k : ZoneKind.values()) {
            zoneKinds.put(k, toggle("zone-kind-" + k.id(), localised(() -> ZoneLayer.kindLabel(k, state.getLocale()))));
        }
        Label batchesTitle = new Label();
        batchesTitle.textProperty().bind(TR.bind(state.localeProperty(), "layer.batches"));
        accessibleHelpProperty().bind(TR.bind(state.localeProperty(), "layer.help"));

        getChildren().addAll(
                section(partners, opacityRow(partnersOpacity), flow(organisations.values())),
                section(cables, opacityRow(cablesOpacity), flow(cableKinds.values()), flow(cableStatuses.values())),
                section(zones, opacityRow(zonesOpacity), new VBox(2, zoneKinds.values().toArray(new CheckBox[0])),
                        batchesTitle, batchBox));

        state.filtersProperty().addListener(o -> pull());
        state.datasetProperty().addListener(o -> rebuildBatches());
        rebuildBatches();
    }

    private CheckBox toggle(String id, ObservableValue<String> text) {
        CheckBox box = new CheckBox();
        box.textProperty().bind(text);
        box.setId(id);
        Icons.decorate(box);
        box.setWrapText(true);
        box.selectedProperty().addListener(o -> push());
        return box;
    }

    private Slider opacity(String id, String accessibleKey) {
        Slider s = new Slider(0, 1, 1);
        s.setId(id);
        s.accessibleTextProperty().bind(TR.bind(state.localeProperty(), accessibleKey));
        s.getStyleClass().add("layer-opacity");
        s.valueProperty().addListener(o -> push());
        return s;
    }

    /** A layer's toggle as the section heading; its settings are greyed out while the layer is off. */
    private static VBox section(CheckBox toggle, javafx.scene.Node... settings) {
        toggle.getStyleClass().add("section-title");
        VBox body = new VBox(4, settings);
        body.disableProperty().bind(toggle.selectedProperty().not());
        body.setPadding(new javafx.geometry.Insets(0, 0, 0, 22));
        VBox box = new VBox(4, toggle, body);
        box.getStyleClass().add("layer-section");
        return box;
    }

    private javafx.scene.Node opacityRow(Slider slider) {
        Label l = new Label();
        l.textProperty().bind(TR.bind(state.localeProperty(), "layer.opacity"));
        l.setLabelFor(slider);
        javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(6, l, slider);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        javafx.scene.layout.HBox.setHgrow(slider, javafx.scene.layout.Priority.ALWAYS);
        return row;
    }

    private static FlowPane flow(java.util.Collection<CheckBox> boxes) {
        FlowPane p = new FlowPane(8, 4);
        p.getChildren().addAll(boxes);
        return p;
    }

    /** A text that follows the interface language. */
    private ObservableValue<String> localised(java.util.concurrent.Callable<String> text) {
        return Bindings.createStringBinding(text, state.localeProperty());
    }

    static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private void rebuildBatches() {
        TreeSet<Integer> present = new TreeSet<>();
        for (Zone z : state.getDataset().zones()) if (z.batch() != null) present.add(z.batch());
        updating = true;
        try {
            batches.clear();
            batchBox.getChildren().clear();
            for (Integer b : present) {
                CheckBox box = toggle("zone-batch-" + b, new javafx.beans.property.SimpleStringProperty(Integer.toString(b)));
                box.accessibleTextProperty().bind(TR.bind(state.localeProperty(), "layer.batch", Integer.toString(b)));
                batches.put(b, box);
                batchBox.getChildren().add(box);
            }
        } finally {
            updating = false;
        }
        pull();
    }

    /** State to controls. */
    private void pull() {
        if (updating) return;
        updating = true;
        try {
            MapFilters f = state.getFilters();
            partners.setSelected(f.partnersVisible());
            cables.setSelected(f.cablesVisible());
            zones.setSelected(f.zonesVisible());
            partnersOpacity.setValue(f.partnersOpacity());
            cablesOpacity.setValue(f.cablesOpacity());
            zonesOpacity.setValue(f.zonesOpacity());
            organisations.forEach((k, b) -> b.setSelected(f.organisations().contains(k)));
            cableKinds.forEach((k, b) -> b.setSelected(f.cableKinds().contains(k)));
            cableStatuses.forEach((k, b) -> b.setSelected(f.cableStatuses().contains(k)));
            zoneKinds.forEach((k, b) -> b.setSelected(f.zoneKinds().contains(k)));
            batches.forEach((k, b) -> b.setSelected(f.batchShown(k)));
            updateBatchLocks();
        } finally {
            updating = false;
        }
    }

    /** Controls to state. */
    private void push() {
        if (updating) return;
        updating = true;
        try {
            Set<Integer> shownBatches = new HashSet<>();
            batches.forEach((k, b) -> { if (b.isSelected()) shownBatches.add(k); });
            // An empty set means "every batch", so all ticked is stored as empty.
            if (shownBatches.size() == batches.size()) shownBatches.clear();
            state.setFilters(new MapFilters(partners.isSelected(), cables.isSelected(), zones.isSelected(),
                    partnersOpacity.getValue(), cablesOpacity.getValue(), zonesOpacity.getValue(),
                    selected(organisations, Organisation.class), selected(cableKinds, CableKind.class),
                    selected(cableStatuses, CableStatus.class), selected(zoneKinds, ZoneKind.class), shownBatches));
            updateBatchLocks();
        } finally {
            updating = false;
        }
    }

    /** The last ticked batch cannot be unticked: no batch at all would read as every batch. */
    private void updateBatchLocks() {
        long ticked = batches.values().stream().filter(CheckBox::isSelected).count();
        batches.values().forEach(b -> b.setDisable(ticked == 1 && b.isSelected()));
    }

    private static <E extends Enum<E>> Set<E> selected(Map<E, CheckBox> boxes, Class<E> type) {
        Set<E> out = EnumSet.noneOf(type);
        boxes.forEach((k, b) -> { if (b.isSelected()) out.add(k); });
        return out;
    }
}
