package org.silkroadatlas.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.silkroadatlas.data.DataPaths;
import org.silkroadatlas.data.SyntheticPack;
import org.silkroadatlas.shell.RenderedWindow;
import org.silkroadatlas.shell.Workspace;

/**
 * `bench [--scale N] [--runs R]`: the performance figures of issue 8, with no display. Each line is
 * {@code name median unit p95 value target verdict}. Process figures (start, load) run in fresh
 * JVMs; frame and year figures drive the real window headless, first on the bundled pack, then on
 * a synthetic pack N times larger.
 */
final class BenchCommand implements Command {
    @Override public String usage() {
        return "bench [--scale N] [--runs R] [--data DIR]   print the performance figures (no display needed)";
    }

    /**
     * Steps run before the frame and year figures are taken. The app's JVM compiles code with C2 only
     * once it stays hot (launch.AppJvm), later than by default; after 10 steps frame_paint came out
     * at about 30 or about 42 ms from one run to the next, as if some runs still measured code not yet
     * optimised. After 30 it stayed at the paint floor plus a few milliseconds.
     */
    static final int WARM_UP_STEPS = 30;

    private PrintStream out;
    private final List<String> failed = new ArrayList<>();

    @Override public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        this.out = out;
        Args a = Args.parse(args, Set.of("--scale", "--runs", "--data"), Set.of());
        int scale = a.getInt("--scale", 10, 2, 100);
        int runs = a.getInt("--runs", 5, 1, 50);
        Path pack = DataPaths.resolve(a.get("--data"));
        Path big = Files.createTempDirectory("atlas-bench-" + scale + "x-");
        Path cache = Files.createTempDirectory("atlas-bench-cache-");
        try {
            SyntheticPack.write(pack, scale, big);
            out.printf("# Silk Road Atlas bench: pack %s, synthetic %dx in %s, %d runs, %d cores, Java %s%n",
                    pack, scale, big, runs, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
            out.printf("# JVM options: %s%n", String.join(" ", java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()));
            out.println("# name median unit p95 value target verdict");

            // The window's JVM maps an archive of the app's classes from the user's cache, written by
            // the first start (launch.ClassArchiveLaunch): the bench keeps its own cache, and says
            // what a first start and a start without the archive cost.
            String[] window = {"-Datlas.bench.exitAfterFirstFrame=true", "org.silkroadatlas.Launcher", "--data", pack.toString()};
            double[] first = {childJvm(window, "ATLAS_FIRST_FRAME", true, cache)};
            double[] start = new double[runs];
            childJvm(window, "ATLAS_FIRST_FRAME", true, cache); // warm the disk cache
            for (int i = 0; i < runs; i++) start[i] = childJvm(window, "ATLAS_FIRST_FRAME", true, cache);
            String[] plain = {"-Datlas.classArchive=off", "-Datlas.bench.exitAfterFirstFrame=true", "org.silkroadatlas.Launcher", "--data", pack.toString()};
            double[] noArchive = new double[Math.min(runs, 3)];
            for (int i = 0; i < noArchive.length; i++) noArchive[i] = childJvm(plain, "ATLAS_FIRST_FRAME", true, cache);
            line("start_first_run_ms", first, "ms", "(info: writes the archive)", Double.NaN);
            line("start_no_archive_ms", noArchive, "ms", "(info: javafx:run, Win, Mac)", Double.NaN);
            line("start_to_first_frame_ms", start, "ms", "<= 2500", 2500);

            // The app reads its pack in the window's JVM, which maps the class archive the start runs
            // wrote: the load probes (and the parse floor) run so too, when there is one.
            probeArchive = classArchive(cache);
            out.printf("# load probes: %s%n", probeArchive == null ? "no class archive (not made on this system)" : "with the class archive " + probeArchive.getFileName());
            double[] load = probe("load", pack, runs);
            line("load_ms", load, "ms", "<= 400", 400);
            double[] load10 = probe("load", big, runs);
            double[] parse10 = probe("parse", big, runs);
            line("parse_only_" + scale + "x_ms", parse10, "ms", "floor", Double.NaN);
            line("load_" + scale + "x_ms", load10, "ms", "<= 2 x parse_only", 2 * median(parse10));

            HeadlessFx.start(1600, 900);
            FrameFigures one = frames(Workspace.load(pack), 40);
            line("frame_fx_ms", one.fx, "ms", "<= 4", 4);
            line("paint_floor_ms", one.floor, "ms", "floor", Double.NaN);
            line("frame_paint_ms", one.paint, "ms", "<= 1.5 x paint_floor", 1.5 * median(one.floor));
            line("year_step_ms", one.yearStep, "ms", "<= 16", 16);
            line("year_settle_ms", one.yearSettle, "ms", "<= 250", 250);

            FrameFigures ten = frames(Workspace.load(big), 30);
            line("frame_fx_" + scale + "x_ms", ten.fx, "ms", "<= 8", 8);
            line("frame_paint_" + scale + "x_ms", ten.paint, "ms", "<= 2 x paint_floor", 2 * median(one.floor));
            line("year_step_" + scale + "x_ms", ten.yearStep, "ms", "<= 33", 33);
            line("year_settle_" + scale + "x_ms", ten.yearSettle, "ms", "<= 500", 500);
            // Not a target of the issue: the same year steps with the Figures tab in front instead of Detail.
            line("year_step_figures_" + scale + "x_ms", ten.yearStepFigures, "ms", "(info: Figures tab shown)", Double.NaN);
            line("heap_" + scale + "x_mb", new double[] {ten.heapMb}, "MB", "<= 300", 300);
            out.println(failed.isEmpty() ? "# every target met" : "# targets missed: " + String.join(", ", failed));
            return 0;
        } finally {
            HeadlessFx.exit();
            deleteTree(big);
            deleteTree(cache);
        }
    }

    private record FrameFigures(double[] fx, double[] paint, double[] floor, double[] yearStep, double[] yearSettle,
                                double[] yearStepFigures, double heapMb) { }

    /** Opens the real window on a pack and times pan steps, paints and year changes on it. */
    private FrameFigures frames(Workspace ws, int steps) throws Exception {
        RenderedWindow w = HeadlessFx.call(() -> RenderedWindow.open(ws, 1600, 900));
        try {
            w.awaitSettled();
            BenchSteps s = new BenchSteps(w);
            HeadlessFx.run(() -> s.warmUp(WARM_UP_STEPS));
            double[] fx = new double[steps], paint = new double[steps], floor = new double[steps];
            for (int i = 0; i < steps; i++) {
                int k = i;
                fx[i] = HeadlessFx.call(() -> s.panStep(k));
                paint[i] = HeadlessFx.call(s::paintMap);
            }
            HeadlessFx.run(() -> s.layersVisible(false));
            for (int i = 0; i < steps; i++) {
                int k = i;
                HeadlessFx.call(() -> s.panStep(k));
                floor[i] = HeadlessFx.call(s::paintMap);
            }
            HeadlessFx.run(() -> s.layersVisible(true));
            double[] yearStep = new double[steps], yearSettle = new double[steps];
            for (int i = 0; i < steps; i++) {
                int k = i;
                yearStep[i] = HeadlessFx.call(() -> s.yearStep(k));
                yearSettle[i] = HeadlessFx.call(() -> s.yearSettle(k));
            }
            double[] yearStepFigures = new double[steps];
            HeadlessFx.run(() -> s.showPanel(org.silkroadatlas.state.Panel.FIGURES));
            for (int i = 0; i < steps; i++) {
                int k = i;
                yearStepFigures[i] = HeadlessFx.call(() -> s.yearStep(k));
            }
            HeadlessFx.run(() -> s.showPanel(org.silkroadatlas.state.Panel.DETAIL));
            System.gc();
            System.gc();
            Thread.sleep(200);
            Runtime rt = Runtime.getRuntime();
            double heap = (rt.totalMemory() - rt.freeMemory()) / (1024.0 * 1024.0);
            return new FrameFigures(fx, paint, floor, yearStep, yearSettle, yearStepFigures, heap);
        } finally {
            HeadlessFx.run(w::close);
        }
    }

    private Path probeArchive;

    /** The archive the window's JVM wrote into the bench's cache folder, or null. */
    private static Path classArchive(Path cache) throws java.io.IOException {
        Path dir = org.silkroadatlas.launch.ClassArchiveLaunch.archiveFolder(cache);
        if (!Files.isDirectory(dir)) return null;
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jsa")).findFirst().orElse(null);
        }
    }

    private double[] probe(String mode, Path dir, int runs) throws Exception {
        List<String> main = new ArrayList<>();
        if (probeArchive != null) {
            main.addAll(List.of("-XX:+VerifySharedSpaces", "-XX:SharedArchiveFile=" + probeArchive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        }
        main.addAll(List.of("org.silkroadatlas.cli.BenchProbe", mode, dir.toString()));
        String[] command = main.toArray(new String[0]);
        childJvm(command, "ATLAS_MS", false, null);
        double[] r = new double[runs];
        for (int i = 0; i < runs; i++) r[i] = childJvm(command, "ATLAS_MS", false, null);
        return r;
    }

    /**
     * Runs a fresh JVM on this jar. With {@code wallClock} the figure is launch to marker line;
     * otherwise the child's own number after the marker. A {@code cache} folder stands in for the
     * user's cache folder (where the class archive is kept).
     */
    private static double childJvm(String[] mainAndArgs, String marker, boolean wallClock, Path cache) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // Every JVM the bench starts runs as the app does (launch.AppJvm).
        cmd.addAll(org.silkroadatlas.launch.AppJvm.OPTIONS);
        cmd.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-Djava.awt.headless=true", "-Dheadless.geometry=1600x900-32", "-Datlas.prefs.node=bench",
                "-cp", absoluteClassPath()));
        cmd.addAll(Arrays.asList(mainAndArgs));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        if (cache != null) pb.environment().put("XDG_CACHE_HOME", cache.toString());
        long t0 = System.nanoTime();
        Process p = pb.start();
        double result = Double.NaN;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith(marker)) {
                    result = wallClock ? (System.nanoTime() - t0) / 1e6 : Double.parseDouble(line.split(" ")[1]);
                    break;
                }
            }
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) p.destroyForcibly();
        if (Double.isNaN(result)) throw new IllegalStateException("the child JVM never printed " + marker + ": " + String.join(" ", mainAndArgs));
        return result;
    }

    /** The class path with absolute entries: a class archive is only mapped on the path it was written with. */
    private static String absoluteClassPath() {
        List<String> out = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            out.add(e.isEmpty() ? e : Path.of(e).toAbsolutePath().normalize().toString());
        }
        return String.join(java.io.File.pathSeparator, out);
    }

    private void line(String name, double[] samples, String unit, String target, double limit) {
        double med = median(samples), p95 = percentile(samples, 0.95);
        String verdict = Double.isNaN(limit) ? "" : med <= limit ? "ok" : "MISSED";
        if (verdict.equals("MISSED")) failed.add(name);
        out.printf("%-26s %9.1f %-3s p95 %9.1f   target %-22s %s%n", name, med, unit, p95, target, verdict);
    }

    static double median(double[] v) { return percentile(v, 0.5); }

    static double percentile(double[] v, double q) {
        double[] s = v.clone();
        Arrays.sort(s);
        int i = (int) Math.ceil(q * s.length) - 1;
        return s[Math.max(0, Math.min(s.length - 1, i))];
    }

    private static void deleteTree(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (Exception ignored) {
            // a temp folder left behind is harmless
        }
    }
}
