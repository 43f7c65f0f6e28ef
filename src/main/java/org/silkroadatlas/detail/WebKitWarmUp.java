package org.silkroadatlas.detail;

import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Keeps WebKit's start-up cost off the window's first frame and off the FX thread. From a plain
 * jar JavaFX unpacks and checksums its 120 MB WebKit library on every start before the first
 * WebView can be made: about 1.5 s of the FX thread on the development machine, a third of the
 * window's start. The detail view is therefore made once the window has drawn its first frames,
 * after a background thread has loaded the library.
 */
final class WebKitWarmUp {
    private static final System.Logger LOG = System.getLogger(WebKitWarmUp.class.getName());
    private static CompletableFuture<Void> loaded;

    private WebKitWarmUp() { }

    /**
     * Runs {@code action} on the FX thread once {@code frames} pulses have passed and WebKit's
     * library is loaded, so that making a WebView then only costs the page itself.
     */
    static void afterFrames(int frames, Runnable action) {
        new AnimationTimer() {
            private int seen;

            @Override public void handle(long now) {
                if (++seen < frames) return;
                stop();
                loadInBackground().whenComplete((v, e) -> Platform.runLater(action));
            }
        }.start();
    }

    /**
     * Loads the WebKit library on a background thread, once. Only possible where JavaFX sits on the
     * class path (the shipped jar); on the module path its loader is not accessible, and WebKit
     * loads as usual with the first WebView.
     */
    static synchronized CompletableFuture<Void> loadInBackground() {
        if (loaded != null) return loaded;
        CompletableFuture<Void> done = new CompletableFuture<>();
        loaded = done;
        Thread t = new Thread(() -> {
            try {
                Class.forName("com.sun.glass.utils.NativeLibLoader")
                        .getMethod("loadLibrary", String.class)
                        .invoke(null, "jfxwebkit");
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                LOG.log(System.Logger.Level.DEBUG, "WebKit loads with the first WebView instead: " + e);
            } finally {
                done.complete(null);
            }
        }, "webkit-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        t.start();
        return done;
    }
}
