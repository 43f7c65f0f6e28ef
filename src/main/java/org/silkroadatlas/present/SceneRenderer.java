package org.silkroadatlas.present;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.image.Image;
import org.silkroadatlas.state.ExplorerState;
import org.silkroadatlas.state.SceneSnapshot;

/**
 * Renders scenes of a live window for export: applies each scene to the state (no flight), lets the
 * UI settle for a few frames (and until {@code settled} says so, e.g. map tiles loaded), then
 * snapshots {@code node}. Call it from a worker thread (a {@code Task}, the CLI's main thread), never
 * the FX thread, which must stay free to lay out and paint in between.
 */
public final class SceneRenderer implements Function<SceneSnapshot, Image> {
    private static final long TIMEOUT_SECONDS = 60;

    private final ExplorerState state;
    private final Node node;
    private final double maxWidth;
    private final double maxHeight;
    private final int settleFrames;
    private final BooleanSupplier settled;
    private final Consumer<List<String>> warnings;
    private OffFxWait offFxWait;
    private java.util.Locale warningLocale = java.util.Locale.ENGLISH;

    /**
     * @param settleFrames pulses to wait after applying (at least 2: one to lay out, one to paint)
     * @param settled      polled on the FX thread each frame after those; null means "always settled"
     * @param warnings     receives what each scene could not show; null to ignore
     */
    public SceneRenderer(ExplorerState state, Node node, double maxWidth, double maxHeight, int settleFrames,
                         BooleanSupplier settled, Consumer<List<String>> warnings) {
        this.state = Objects.requireNonNull(state, "state");
        this.node = Objects.requireNonNull(node, "node");
        this.maxWidth = maxWidth;
        this.maxHeight = maxHeight;
        this.settleFrames = Math.max(2, settleFrames);
        this.settled = settled == null ? () -> true : settled;
        this.warnings = warnings == null ? w -> { } : warnings;
    }

    /** The scene as it shows in {@code node}, scaled to fit the size given at construction. */
    @Override public Image apply(SceneSnapshot scene) {
        return afterSettling(scene, () -> SlideExporter.snapshotToFit(node, maxWidth, maxHeight));
    }

    /** The scene as a framed slide of exactly {@code width x height} (title, date, source footer). */
    public Image slide(SceneSnapshot scene, int width, int height, SlideExporter.SlideText text) {
        SlideExporter.checkSize(width, height);
        return afterSettling(scene, () -> SlideExporter.slide(node, width, height, text));
    }

    private <T> T afterSettling(SceneSnapshot scene, Supplier<T> onFx) {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("SceneRenderer waits for frames and must not run on the FX thread");
        }
        CompletableFuture<Void> applied = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                warnings.accept(SceneWarnings.words(state.applyScene(scene, false), warningLocale));
                new AnimationTimer() {
                    private int frames;

                    @Override public void handle(long now) {
                        try {
                            if (++frames < settleFrames || !settled.getAsBoolean()) return;
                            stop();
                            applied.complete(null);
                        } catch (RuntimeException e) {
                            stop();
                            applied.completeExceptionally(e);
                        }
                    }
                }.start();
            } catch (RuntimeException e) {
                applied.completeExceptionally(e);
            }
        });
        await(scene, applied);
        if (offFxWait != null) {
            try {
                offFxWait.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while rendering a scene", e);
            } catch (Exception e) {
                throw new IllegalStateException("the view did not settle for scene \"" + scene.caption() + "\": " + e, e);
            }
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(onFx.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return await(scene, result);
    }

    private static <T> T await(SceneSnapshot scene, CompletableFuture<T> f) {
        try {
            return f.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering a scene", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not render the scene \"" + scene.caption() + "\": " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the view did not settle within " + TIMEOUT_SECONDS + " s for scene \""
                    + scene.caption() + "\"", e);
        }
    }

    /** A blocking wait run on the rendering thread between applying and snapshotting (e.g. tiles drawn). */
    @FunctionalInterface
    public interface OffFxWait {
        void await() throws Exception;
    }

    /**
     * Adds a blocking wait, run on the calling (worker) thread after the settle frames, for views
     * that know when they are drawn only by watching from outside (RenderedWindow.awaitSettled).
     */
    public SceneRenderer withOffFxWait(OffFxWait wait) {
        offFxWait = wait;
        return this;
    }

    /** Words what a scene could not show in {@code locale} (English, the command line's, by default). */
    public SceneRenderer withWarningsIn(java.util.Locale locale) {
        warningLocale = Objects.requireNonNull(locale, "locale");
        return this;
    }
}
