package org.silkroadatlas.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.silkroadatlas.model.CableStatus;
import org.silkroadatlas.model.ZoneKind;
import org.silkroadatlas.state.ExplorerState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.silkroadatlas.testing.FxThreadErrors;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith({FxThreadErrors.class, ApplicationExtension.class})
class LayerControlTest {
    private ExplorerState state;
    private final AtomicInteger filterChanges = new AtomicInteger();

    @Start
    void start(Stage stage) {
        state = new ExplorerState(MapFixtures.dataset());
        state.filtersProperty().addListener(o -> filterChanges.incrementAndGet());
        ScrollPane scroller = new ScrollPane(new LayerControl(state));
        scroller.setFitToWidth(true);
        stage.setScene(new Scene(scroller, 420, 780));
        stage.show();
    }


    @Test
    void togglesAndFiltersChangeTheStateOncePerClick(FxRobot robot) {
        robot.clickOn("#cable-status-planned");
        assertThat(filterChanges.get()).isEqualTo(1);
        assertThat(state.getFilters().cableStatuses()).doesNotContain(CableStatus.PLANNED).contains(CableStatus.IN_SERVICE);
        robot.clickOn("#zone-kind-overseas_hub");
        assertThat(state.getFilters().zoneKinds()).doesNotContain(ZoneKind.OVERSEAS_HUB);
        robot.clickOn("#org-asean");
        assertThat(state.getFilters().organisations()).hasSize(1);
        robot.clickOn("#layer-cables");
        assertThat(state.getFilters().cablesVisible()).isFalse();
        assertThat(filterChanges.get()).isEqualTo(4);
    }

    @Test
    void followsFiltersSetElsewhereWithoutEchoing(FxRobot robot) {
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> state.setFilters(state.getFilters().withZonesVisible(false).withOpacities(1, 0.3, 1)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#layer-zones").queryAs(CheckBox.class).isSelected()).isFalse();
        assertThat(robot.lookup("#opacity-cables").queryAs(Slider.class).getValue()).isEqualTo(0.3);
        assertThat(filterChanges.get()).as("no echo back into the state").isEqualTo(1);
    }

    @Test
    void batchesListThePacksBatchesAndTheLastOneCannotBeUnticked(FxRobot robot) {
        assertThat(robot.lookup(".check-box").queryAllAs(CheckBox.class).stream().map(CheckBox::getId).filter(id -> id.startsWith("zone-batch-")))
                .containsExactly("zone-batch-1", "zone-batch-2", "zone-batch-5", "zone-batch-7");
        robot.clickOn("#zone-batch-1");
        assertThat(state.getFilters().batches()).containsExactlyInAnyOrder(2, 5, 7);
        robot.clickOn("#zone-batch-2").clickOn("#zone-batch-5");
        assertThat(state.getFilters().batches()).containsExactly(7);
        assertThat(robot.lookup("#zone-batch-7").queryAs(CheckBox.class).isDisabled()).isTrue();
        robot.clickOn("#zone-batch-1").clickOn("#zone-batch-2").clickOn("#zone-batch-5");
        assertThat(state.getFilters().batches()).as("all ticked is stored as every batch").isEqualTo(Set.of());
    }

    @Test
    void aLayerSwitchedOffGreysOutItsSettings(FxRobot robot) throws Exception {
        robot.clickOn("#layer-zones");
        assertThat(robot.lookup("#zone-kind-cbec_pilot_zone").queryAs(CheckBox.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#cable-kind-submarine").queryAs(CheckBox.class).isDisabled()).isFalse();
        var img = WaitForAsyncUtils.waitForAsyncFx(2000, () -> javafx.stage.Window.getWindows().get(0).getScene().getRoot().snapshot(null, null));
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(img, null), "png", new java.io.File("target/layer-control.png"));
    }

    @Test
    void theOpacitySliderSetsTheLayersOpacity(FxRobot robot) {
        WaitForAsyncUtils.waitForAsyncFx(2000, () -> robot.lookup("#opacity-zones").queryAs(Slider.class).setValue(0.25));
        assertThat(state.getFilters().zonesOpacity()).isEqualTo(0.25);
    }
}
