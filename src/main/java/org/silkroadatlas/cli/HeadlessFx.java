package org.silkroadatlas.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.silkroadatlas.ui.FxCall;

/**
 * Starts JavaFX with no display (Monocle headless, software rendering), so `render` and `bench`
 * draw the real window on any machine, CI included.
 */
final class HeadlessFx {
    private static boolean started;

    private HeadlessFx() { }

    static synchronized void start(int screenWidth, int screenHeight) throws InterruptedException {
        if (started) return;
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("java.awt.headless", "true");
        System.setProperty("headless.geometry", screenWidth + "x" + screenHeight + "-32");
        System.setProperty("atlas.prefs.node", System.getProperty("atlas.prefs.node", "cli"));
        CountDownLatch ready = new CountDownLatch(1);
        Platform.startup(ready::countDown);
        Platform.setImplicitExit(false);
        if (!ready.await(30, TimeUnit.SECONDS)) throw new IllegalStateException("JavaFX did not start within 30 s");
        started = true;
    }

    /** Runs on the FX thread and waits for the result. */
    static <T> T call(Supplier<T> work) throws Exception {
        return FxCall.call(work, 120);
    }

    static void run(Runnable work) throws Exception {
        call(() -> { work.run(); return null; });
    }

    static void exit() {
        Platform.exit();
    }
}
