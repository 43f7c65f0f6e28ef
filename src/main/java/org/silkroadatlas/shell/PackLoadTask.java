package org.silkroadatlas.shell;

import java.nio.file.Path;
import javafx.concurrent.Task;
import org.silkroadatlas.data.LoadProgress;
import org.silkroadatlas.map.tiles.TileSource;

/**
 * Reads a data pack off the FX thread, with progress by bytes read. Cancel stops the reader
 * between records (it asks {@link #isCancelled()}), and a cancelled load never reaches the state,
 * so the pack already open stays as it was.
 */
final class PackLoadTask extends Task<Workspace> {
    private static final org.silkroadatlas.text.Tr TR = org.silkroadatlas.text.Tr.of(PackLoadTask.class);
    private final Path requested;
    private final java.util.Locale locale;
    private volatile double fraction;
    /** Runs on the reader's thread at each progress report; tests use it to hold the reader mid-pack. */
    private volatile Runnable onProgress = () -> { };

    /** @param requested the pack's folder, or null for the bundled pack */
    PackLoadTask(Path requested, java.util.Locale locale) {
        this.requested = requested;
        this.locale = locale;
    }

    @Override protected Workspace call() {
        updateMessage(TR.get(locale, "loading.pack"));
        updateProgress(-1, 1);
        Path dir = requested != null ? requested : Workspace.bundledPack();
        Workspace ws = Workspace.load(dir, new LoadProgress() {
            @Override public void progress(long done, long total) {
                if (total <= 0) return;
                fraction = Math.min(1, done / (double) total);
                updateProgress(done, total);
                onProgress.run();
            }

            @Override public boolean cancelled() { return isCancelled(); }
        });
        // The map projects these for its tiles and partner shapes: done here, not on the FX thread.
        TileSource.prepare(ws.coarse(), ws.detailed());
        updateMessage(TR.get(locale, "pack.read", ws.dataset().countries().size(), ws.dataset().cables().size(),
                ws.dataset().zones().size(), dir));
        return ws;
    }

    void onProgress(Runnable hook) { onProgress = hook; }

    /** How much of the pack the reader had got through when it last reported (0 to 1). */
    double fractionRead() { return fraction; }
}
