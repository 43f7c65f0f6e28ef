package org.silkroadatlas.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.silkroadatlas.testing.FxThreadErrors;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Saved window sizes that make no sense (NaN from a window closed before it had a size) are ignored, not applied. */
@ExtendWith({FxThreadErrors.class, ApplicationExtension.class})
class WindowSettingsTest {
    private final Preferences node = Preferences.userRoot().node("org/silkroadatlas/dsr-explorer/test-window-" + System.nanoTime());

    @AfterEach
    void drop() throws Exception { node.removeNode(); }

    @Test
    void aNaNSizeFallsBackToTheDefaultAndIsNeverSaved() throws Exception {
        node.putDouble("window.width", Double.NaN);
        node.putDouble("window.height", Double.NaN);
        node.putDouble("window.x", Double.NaN);
        node.putDouble("window.y", Double.NaN);
        WindowSettings settings = new WindowSettings(node);
        double[] size = WaitForAsyncUtils.asyncFx(() -> {
            Stage s = new Stage();
            settings.restore(s, 1200, 800);
            return new double[] {s.getWidth(), s.getHeight()};
        }).get();
        assertThat(size).containsExactly(1200, 800);

        node.putDouble("window.width", 1000);
        WaitForAsyncUtils.asyncFx(() -> settings.save(new Stage())).get(); // never shown: no size yet
        assertThat(node.getDouble("window.width", -1)).as("an unsized window saves no size").isEqualTo(1000);
    }
}
