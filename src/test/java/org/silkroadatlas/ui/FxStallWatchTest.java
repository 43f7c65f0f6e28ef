package org.silkroadatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class FxStallWatchTest {
    @Start
    void start(Stage stage) { }

    @Test
    void aLongTaskOnTheFxThreadIsReportedWithWhatRan() throws Exception {
        List<String> reports = new CopyOnWriteArrayList<>();
        FxStallWatch watch = FxStallWatch.start(50, 20, reports::add);
        try {
            Thread.sleep(100); // let the watcher learn which thread is the FX thread
            FxCall.call(() -> { holdTheFxThreadFor(300); return null; }, 10);
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> reports.stream().anyMatch(r -> r.contains("holdTheFxThreadFor")));
        } finally {
            watch.stop();
        }
        String report = reports.stream().filter(r -> r.contains("holdTheFxThreadFor")).findFirst().orElseThrow();
        assertThat(report).startsWith("FX thread busy for ").contains("(over 50 ms)");
        int ms = Integer.parseInt(report.substring("FX thread busy for ".length(), report.indexOf(" ms")));
        assertThat(ms).isBetween(200, 5_000);
    }

    @Test
    void describeNamesTheApplicationsOwnFramesFirst() {
        StackTraceElement[] stack = {
            new StackTraceElement("javafx.scene.Parent", "layout", "Parent.java", 1),
            new StackTraceElement("org.silkroadatlas.figures.FiguresPanel", "yearChanged", "FiguresPanel.java", 42),
            new StackTraceElement("org.silkroadatlas.state.ExplorerState", "setYear", "ExplorerState.java", 7),
        };
        assertThat(FxStallWatch.describe(stack)).isEqualTo("FiguresPanel.yearChanged:42 < ExplorerState.setYear:7");
        assertThat(FxStallWatch.describe(new StackTraceElement[] {stack[0]})).isEqualTo("Parent.layout:1");
        assertThat(FxStallWatch.describe(null)).isEqualTo("(no stack sampled)");
        assertThat(FxStallWatch.mostSeen(java.util.Map.of("A.a:1", 3, "B.b:2", 9))).isEqualTo("B.b:2 (9 of 12 samples)");
        assertThat(FxStallWatch.mostSeen(java.util.Map.of())).isEqualTo("(no stack sampled)");
    }

    private static void holdTheFxThreadFor(long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < end) Thread.onSpinWait();
    }
}
