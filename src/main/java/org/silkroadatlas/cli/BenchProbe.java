package org.silkroadatlas.cli;

import java.nio.file.Path;
import org.silkroadatlas.data.PackLoader;
import org.silkroadatlas.data.ParseFloor;
import org.silkroadatlas.model.Dataset;

/**
 * Run by `bench` in a fresh JVM so that a figure is a first load, as a user's start is:
 * {@code load DIR} or {@code parse DIR}; prints the milliseconds taken.
 */
public final class BenchProbe {
    private BenchProbe() { }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        long t0 = System.nanoTime();
        long check;
        if (args[0].equals("load")) {
            Dataset d = new PackLoader().load(dir);
            check = d.cables().size() + d.zones().size() + d.figures().size();
            if (!d.problems().isEmpty()) System.err.println("bench: " + d.problems().size() + " problems, first: " + d.problems().get(0));
        } else {
            check = ParseFloor.parse(dir);
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        System.out.println("ATLAS_MS " + ms + " " + check);
    }
}
