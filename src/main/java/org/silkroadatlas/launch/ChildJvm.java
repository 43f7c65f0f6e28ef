package org.silkroadatlas.launch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the app's main class in another JVM, sharing this one's terminal, and waits for it. */
final class ChildJvm {
    static final String MAIN = "org.silkroadatlas.Launcher";

    private ChildJvm() { }

    static Path java(String javaHome) {
        return Path.of(javaHome, "bin", "java");
    }

    /**
     * The command that runs the app's main class in another JVM: the app's options this JVM lacks,
     * then this JVM's own (after them, so an option the reader gave again wins; the launcher's class
     * path option aside), then {@code extra}, the class path, the main class and {@code args}.
     */
    static List<String> command(Path java, List<String> jvmOptions, List<String> extra, String classPath, String[] args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java.toString());
        cmd.addAll(AppJvm.missing(jvmOptions));
        for (String o : jvmOptions) {
            if (!o.startsWith("-Djava.class.path=")) cmd.add(o);
        }
        cmd.addAll(extra);
        cmd.add("-cp");
        cmd.add(classPath);
        cmd.add(MAIN);
        cmd.addAll(List.of(args));
        return List.copyOf(cmd);
    }

    /** Starts {@code command}, waits for it and returns its exit code. */
    static int run(List<String> command) throws IOException {
        Process child = new ProcessBuilder(command).inheritIO().start();
        // Ended by a signal, the launch JVM takes the other one with it.
        Thread stopChild = new Thread(child::destroy, "stop-child-jvm");
        Runtime.getRuntime().addShutdownHook(stopChild);
        try {
            return child.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            child.destroy();
            return 130;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stopChild);
            } catch (IllegalStateException shuttingDown) {
                // The hook is already running: it stops the child.
            }
        }
    }
}
