package org.silkroadatlas.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;

/** Runs work on the FX thread from any thread and waits for its result (at once when already on it). */
public final class FxCall {
    private FxCall() { }

    /** The work's own exception is rethrown as it was; a timeout throws {@link java.util.concurrent.TimeoutException}. */
    public static <T> T call(Supplier<T> work, long timeoutSeconds) throws Exception {
        if (Platform.isFxApplicationThread()) return work.get();
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.get());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        try {
            return f.get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception ex) throw ex;
            throw e;
        }
    }
}
