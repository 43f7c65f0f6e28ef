package org.silkroadatlas.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.silkroadatlas.data.BasemapLoader;
import org.silkroadatlas.data.DataPaths;
import org.silkroadatlas.data.LoadProgress;
import org.silkroadatlas.data.PackLoader;
import org.silkroadatlas.model.Basemap;
import org.silkroadatlas.model.Dataset;
import org.silkroadatlas.model.Problem;

/**
 * A loaded data pack with the basemap to draw it on. The basemap comes from the pack if it has
 * one, else from the bundled pack, so that any pack can be opened on a world map.
 */
public record Workspace(Path packDir, Dataset dataset, Basemap coarse, Basemap detailed) {

    /** Where the bundled pack is (see {@link DataPaths}). */
    public static Path bundledPack() {
        try {
            return DataPaths.bundled();
        } catch (java.io.FileNotFoundException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Reads a pack and its basemap; never throws for bad data (problems go into the dataset). */
    public static Workspace load(Path packDir) {
        return load(packDir, LoadProgress.NONE);
    }

    /**
     * As {@link #load(Path)}, reporting bytes read over the pack and both basemaps, and stopping with
     * a {@link java.util.concurrent.CancellationException} once {@code progress} is cancelled.
     */
    public static Workspace load(Path packDir, LoadProgress progress) {
        long coarseBytes = basemapBytes(packDir, "110m"), detailedBytes = basemapBytes(packDir, "50m");
        long[] packTotal = {0};
        Dataset data = new PackLoader().load(packDir, new LoadProgress() {
            @Override public void progress(long done, long total) {
                packTotal[0] = total;
                progress.progress(done, total + coarseBytes + detailedBytes);
            }

            @Override public boolean cancelled() { return progress.cancelled(); }
        });
        List<Problem> extra = new ArrayList<>();
        progress.checkCancelled();
        Basemap coarse = basemap(packDir, "110m", extra);
        progress.progress(packTotal[0] + coarseBytes, packTotal[0] + coarseBytes + detailedBytes);
        progress.checkCancelled();
        Basemap detailed = basemap(packDir, "50m", extra);
        progress.progress(1, 1);
        if (!extra.isEmpty()) data = data.withProblems(extra);
        return new Workspace(packDir, data, coarse, detailed);
    }

    private static long basemapBytes(Path packDir, String scale) {
        try {
            Path own = BasemapLoader.file(packDir, scale);
            Path dir = Files.exists(own) ? packDir : bundledPackOrNull();
            return dir == null ? 0 : Files.size(BasemapLoader.file(dir, scale));
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static Basemap basemap(Path packDir, String scale, List<Problem> problems) {
        Path dir = Files.exists(BasemapLoader.file(packDir, scale)) ? packDir : bundledPackOrNull();
        if (dir == null) {
            problems.add(new Problem("basemap/countries-" + scale + ".json", 0, 0, "", "no basemap in this pack or the bundled one; the map shows sea only"));
            return new Basemap(scale, List.of());
        }
        try {
            return BasemapLoader.load(dir, scale);
        } catch (IOException | RuntimeException e) {
            problems.add(new Problem("basemap/countries-" + scale + ".json", 0, 0, "", "could not read the basemap: " + e.getMessage()));
            return new Basemap(scale, List.of());
        }
    }

    private static Path bundledPackOrNull() {
        try {
            return bundledPack();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
