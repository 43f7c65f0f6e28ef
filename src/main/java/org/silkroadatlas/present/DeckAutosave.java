package org.silkroadatlas.present;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;

/**
 * Saves unsaved edits beside the deck a moment after the last edit, so a crash loses at most that
 * moment. The write runs on a worker thread; the snapshot of the deck is taken on the FX thread.
 */
final class DeckAutosave {
    private final PauseTransition debounce;
    private final Supplier<Path> target;
    private final Supplier<Deck> deck;
    private final Consumer<String> onError;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "deck-autosave");
        t.setDaemon(true);
        return t;
    });

    /** {@code target} gives the deck file the autosave belongs to (null: nothing to save beside). */
    DeckAutosave(Duration delay, Supplier<Path> target, Supplier<Deck> deck, Consumer<String> onError) {
        this.target = target;
        this.deck = deck;
        this.onError = onError;
        debounce = new PauseTransition(delay);
        debounce.setOnFinished(e -> saveNow());
    }

    /** Called after every edit: restarts the wait. */
    void edited() { debounce.playFromStart(); }

    /** Drops a pending autosave (the deck was just saved or replaced). */
    void cancel() { debounce.stop(); }

    /**
     * Writes the autosave now if edits are waiting for it, else nothing: quitting with nothing
     * changed must not leave an autosave to be offered at the next start.
     */
    void saveIfPending() {
        if (debounce.getStatus() == javafx.animation.Animation.Status.RUNNING) saveNow();
    }

    void saveNow() {
        debounce.stop();
        Path file = target.get();
        if (file == null) return;
        Deck d = deck.get();
        writer.execute(() -> {
            try {
                DeckStore.autosave(file, d);
            } catch (IOException e) {
                Platform.runLater(() -> onError.accept(String.valueOf(e.getMessage())));
            }
        });
    }

    /** Waits for writes already handed to the worker (tests, and before a save removes the autosave). */
    void flush() {
        try {
            writer.submit(() -> { }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
