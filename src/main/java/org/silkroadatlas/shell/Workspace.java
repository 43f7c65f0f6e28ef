package org.silkroadatlas.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.silkroadatlas.data.BasemapLoader;
import org.silkroadatlas.data.DataPaths;
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
        Dataset data = new PackLoader().load(packDir);
        List<Problem> extra = new ArrayList<>();
        Basemap coarse = basemap(packDir, "110m", extra);
        Basemap detailed = basemap(packDir, "50m", extra);
        if (!extra.isEmpty()) data = data.withProblems(extra);
        return new Workspace(packDir, data, coarse, detailed);
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
