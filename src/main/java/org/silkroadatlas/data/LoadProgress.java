package org.silkroadatlas.data;

import java.util.concurrent.CancellationException;

/**
 * How a long read reports how far it has got and learns that the reader gave up. The loader asks
 * {@link #cancelled()} between files and every few records, and then stops with a
 * {@link CancellationException}; what was loaded before stays as it was.
 */
public interface LoadProgress {
    /** Reports nothing; stops when the thread is interrupted. */
    LoadProgress NONE = new LoadProgress() {
        @Override public void progress(long done, long total) { }
    };

    /** {@code done} of {@code total} bytes read (total is 0 when unknown). */
    void progress(long done, long total);

    /** True when the reader no longer wants the result. */
    default boolean cancelled() { return Thread.currentThread().isInterrupted(); }

    /** Throws when {@link #cancelled()}; for loops that read many things. */
    default void checkCancelled() {
        if (cancelled()) throw new CancellationException("cancelled");
    }
}
