package org.silkroadatlas.launch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Runs the app's main class in another JVM, sharing this one's terminal, and waits for it. */
final class ChildJvm {
    static final String MAIN = "org.silkroadatlas.Launcher";

    private ChildJvm() { }

    static Path java(String javaHome) {
        return Path.of(javaHome, "bin", "java");
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
