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

    @Override public Image apply(SceneSnapshot scene) {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("SceneRenderer waits for frames and must not run on the FX thread");
        }
        CompletableFuture<Image> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                warnings.accept(state.apply(scene, false));
                new AnimationTimer() {
                    private int frames;

                    @Override public void handle(long now) {
                        try {
                            if (++frames < settleFrames || !settled.getAsBoolean()) return;
                            stop();
                            result.complete(SlideExporter.snapshotToFit(node, maxWidth, maxHeight));
                        } catch (RuntimeException e) {
                            stop();
                            result.completeExceptionally(e);
                        }
                    }
                }.start();
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
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
}
