package org.silkroadatlas.launch;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The JVM options the app runs with, wherever it is started: the window's JVM started by
 * {@link ClassArchiveLaunch}, {@code mvn javafx:run} and the app image (both from the pom, which a
 * test holds to this list), and the `bench` command, which measures the app as it runs.
 *
 * <p>C2, the optimising compiler, waits until code has run eight times as often as by default.
 * Starting the window runs thousands of methods a few hundred times each; C2 compiled 265 of them
 * in 1.9 s of CPU, a whole core of the two taken from the FX thread and the pack reader for most
 * of the start-up. Code that stays hot (drawing, year steps, parsing a large pack) still reaches C2
 * within moments; the bench's frame and year figures are measured with these options.
 */
public final class AppJvm {
    public static final List<String> OPTIONS = List.of(
            "-XX:Tier4InvocationThreshold=40000",
            "-XX:Tier4MinInvocationThreshold=4800",
            "-XX:Tier4CompileThreshold=120000",
            "-XX:Tier4BackEdgeThreshold=320000");

    /** Set on a JVM this class started, so it does not start another. */
    static final String CHILD = "atlas.appJvm.child";

    private AppJvm() { }

    /** The options of {@link #OPTIONS} that {@code jvmOptions} lacks. */
    static List<String> missing(List<String> jvmOptions) {
        List<String> out = new ArrayList<>();
        for (String o : OPTIONS) {
            if (!jvmOptions.contains(o)) out.add(o);
        }
        return out;
    }

    /**
     * Runs a command line command (`bench`) in a JVM with the app's options when this one lacks
     * them, and returns its exit code; empty when this JVM has them (or cannot start another).
     */
    public static OptionalInt runWithAppOptions(String[] args) {
        try {
            if (Boolean.getBoolean(CHILD)) return OptionalInt.empty();
            List<String> jvm = ManagementFactory.getRuntimeMXBean().getInputArguments();
            Optional<List<String>> cmd = command(System.getProperty("java.home"), jvm,
                    System.getProperty("java.class.path", ""), args);
            return cmd.isEmpty() ? OptionalInt.empty() : OptionalInt.of(ChildJvm.run(cmd.get()));
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
    }

    static Optional<List<String>> command(String javaHome, List<String> jvmOptions, String classPath, String[] args) {
        if (missing(jvmOptions).isEmpty()) return Optional.empty();
        Path java = ChildJvm.java(javaHome);
        if (!Files.isExecutable(java)) return Optional.empty();
        return Optional.of(ChildJvm.command(java, jvmOptions, List.of("-D" + CHILD + "=true"), classPath, args));
    }
}
