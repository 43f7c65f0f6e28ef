package org.silkroadatlas.about;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.silkroadatlas.data.PackLoader;
import org.silkroadatlas.model.Dataset;
import org.silkroadatlas.text.Tr;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.silkroadatlas.testing.FxThreadErrors;
import org.testfx.framework.junit5.Start;

/** The About box says what a policy reader must be able to quote, and the keyboard closes it. */
@ExtendWith({FxThreadErrors.class, ApplicationExtension.class})
class AboutDialogTest {
    private static Dataset pack;
    private Stage stage;

    @BeforeAll
    static void load() {
        pack = new PackLoader().load(Path.of(System.getProperty("atlas.data.dir", "data")));
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new javafx.scene.Scene(new StackPane(), 400, 300));
        stage.show();
    }


    @Test
    void theVersionComesFromTheBuild() {
        // Maven filters version.properties; the placeholder is never shown as a version.
        assertThat(AboutText.version()).isNotNull().doesNotContain("${").matches("\\d+\\.\\d+.*");
        assertThat(AboutText.header(Tr.ENGLISH)).isEqualTo("Silk Road Atlas " + AboutText.version());
    }

    @Test
    void namesLicencesSourcesAndHowTheMapIsDrawn() {
        String en = AboutText.body(Tr.ENGLISH, pack, false);
        assertThat(en).contains("GPL-3.0-or-later", "Gluon Maps: GPL-3.0", "AtlantaFX themes: MIT", "Ikonli icons: Apache-2.0",
                "Jackson and Apache PDFBox: Apache-2.0", "Classpath Exception", "Natural Earth", "public domain",
                "GeoNames (CC BY 4.0)", "OpenStreetMap contributors, ODbL", "schematic", "de facto",
                "from " + String.format("%,d", pack.sources().size()) + " cited sources");
        assertThat(AboutText.body(Tr.ENGLISH, pack, true)).contains("Online tiles are on now");
        String zh = AboutText.body(Tr.CHINESE, pack, false);
        assertThat(zh).contains("许可证", "示意线", "审图号", "GeoNames（CC BY 4.0）");
    }

    @Test
    void theTextIsSelectableAndEscapeClosesTheBox(FxRobot robot) {
        Alert[] box = new Alert[1];
        robot.interact(() -> {
            box[0] = AboutDialog.create(stage, Tr.ENGLISH, pack, false);
            box[0].show();
        });
        TextArea text = robot.lookup("#about-text").queryAs(TextArea.class);
        assertThat(text.isEditable()).isFalse();
        robot.interact(() -> {
            text.requestFocus();
            text.selectAll();
        });
        assertThat(text.getSelectedText()).contains("How the map is drawn");
        robot.type(KeyCode.ESCAPE);
        assertThat(box[0].isShowing()).isFalse();
    }
}
