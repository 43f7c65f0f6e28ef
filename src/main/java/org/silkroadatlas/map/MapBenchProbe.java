package org.silkroadatlas.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.Scene;
import org.silkroadatlas.model.Cable;
import org.silkroadatlas.model.CableKind;
import org.silkroadatlas.model.CableStatus;
import org.silkroadatlas.model.Dataset;
import org.silkroadatlas.model.GeoPoint;
import org.silkroadatlas.model.LandingPoint;
import org.silkroadatlas.model.PartialDate;
import org.silkroadatlas.model.RoutePrecision;
import org.silkroadatlas.state.ExplorerState;
import org.silkroadatlas.state.MapViewport;

/**
 * Measures the FX-thread time of one pan step of the map (input, layout, the layers' canvas
 * commands) for the bench command. It does not call {@code applyCss()}: that forces a CSS pass
 * over the whole subtree (about 8 ms for the full window here, with nothing changed), where a
 * real pulse styles only what changed. Not a test: it asserts nothing and needs no display
 * (Monocle headless is enough). Painting itself happens later on the render thread and is not
 * in this figure.
 */
public final class MapBenchProbe {
    /** Median and 95th percentile of the measured steps, and the cables drawn in the last one. */
    public record Result(long medianNanos, long p95Nanos, int cablesDrawn) { }

    private MapBenchProbe() { }

    /**
     * {@code cables} synthetic cables of {@code points} vertices each, wandering over the Digital
     * Silk Road area (a tenth of them across the Pacific and the antimeridian), with mixed kinds,
     * statuses and route precisions as in the real pack.
     */
    public static Dataset syntheticCables(int cables, int points, long seed) {
        Random r = new Random(seed);
        List<Cable> list = new ArrayList<>(cables);
        for (int c = 0; c < cables; c++) {
            boolean pacific = c % 10 == 0;
            double lat = -10 + r.nextDouble() * 60, lon = pacific ? 150 + r.nextDouble() * 25 : 20 + r.nextDouble() * 120;
            double heading = r.nextDouble() * 2 * Math.PI;
            double step = pacific ? 0.4 : 0.15 + r.nextDouble() * 0.3;
            List<GeoPoint> route = new ArrayList<>(points);
            for (int i = 0; i < points; i++) {
                route.add(new GeoPoint(Math.max(-80, Math.min(80, lat)), wrap(lon)));
                heading += (r.nextDouble() - 0.5) * 0.6;
                lat += Math.sin(heading) * step;
                lon += pacific ? step : Math.cos(heading) * step;
            }
            CableKind kind = c % 3 == 0 ? CableKind.TERRESTRIAL : CableKind.SUBMARINE;
            CableStatus status = c % 7 == 0 ? CableStatus.PLANNED : CableStatus.IN_SERVICE;
            List<LandingPoint> landings = List.of(new LandingPoint("A" + c, null, route.get(0)),
                    new LandingPoint("B" + c, null, route.get(route.size() - 1)));
            list.add(new Cable("synthetic-" + c, "Synthetic cable " + c, kind, status, PartialDate.ofYear(2000 + c % 24),
                    c % 5 == 0 ? null : 500.0 + c, List.of(), List.of(), landings, List.of(route),
                    c % 4 == 0 ? RoutePrecision.SURVEYED : RoutePrecision.SCHEMATIC, List.of(), null, null));
        }
        return new Dataset(List.of(), list, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), "(synthetic)");
    }

    private static double wrap(double lon) {
        return ((lon + 180) % 360 + 360) % 360 - 180;
    }

    /**
     * Builds a map of {@code width} x {@code height} on {@code data} in a scene of its own,
     * warms it up, then times {@code steps} pan steps. Call on the FX thread.
     */
    public static Result measurePanStep(Dataset data, int width, int height, int warmup, int steps) {
        return measurePanStep(panelFor(new ExplorerState(data), width, height), warmup, steps);
    }

    /**
     * A map of {@code width} x {@code height} on the state's pack, in a scene of its own, at the
     * last year and the default view, laid out once. Call on the FX thread.
     */
    public static MapPanel panelFor(ExplorerState state, int width, int height) {
        if (!Platform.isFxApplicationThread()) throw new IllegalStateException("call on the FX application thread");
        state.setYear(state.getLastYear());
        state.flyTo(MapViewport.DEFAULT, true);
        MapPanel panel = new MapPanel(state);
        Group root = new Group(panel);
        Scene scene = new Scene(root, width, height);
        // The shell's theme defines the colours the map's stylesheet looks up.
        var theme = MapBenchProbe.class.getResource("/org/silkroadatlas/shell/atlas.css");
        if (theme != null) scene.getStylesheets().add(theme.toExternalForm());
        panel.resize(width, height);
        root.applyCss();
        root.layout();
        return panel;
    }

    /**
     * Times year steps (a year back, then forward again) of a panel: the layers refilter and draw
     * anew. Only the map's share of a year step; other panels add theirs. Call on the FX thread.
     */
    public static Result measureYearStep(MapPanel panel, ExplorerState state, int warmup, int steps) {
        long[] samples = new long[steps];
        int year = state.getYear();
        for (int i = 0; i < warmup + steps; i++) {
            long t0 = System.nanoTime();
            state.setYear(i % 2 == 0 ? year - 1 : year);
            panel.layout();
            long t = System.nanoTime() - t0;
            if (i >= warmup) samples[i - warmup] = t;
        }
        state.setYear(year);
        return result(samples, panel);
    }

    /** Times pan steps of an existing panel that is in a scene and laid out. Call on the FX thread. */
    public static Result measurePanStep(MapPanel panel, int warmup, int steps) {
        long[] samples = new long[steps];
        for (int i = 0; i < warmup + steps; i++) {
            double dx = (i % 2 == 0) ? 37 : -37;
            long t0 = System.nanoTime();
            panel.panBy(dx, 0);
            panel.layout();
            long t = System.nanoTime() - t0;
            if (i >= warmup) samples[i - warmup] = t;
        }
        return result(samples, panel);
    }

    private static Result result(long[] samples, MapPanel panel) {
        Arrays.sort(samples);
        return new Result(samples[samples.length / 2], samples[Math.min(samples.length - 1, (int) Math.ceil(samples.length * 0.95) - 1)],
                panel.cableLayer().drawnCount());
    }
}
