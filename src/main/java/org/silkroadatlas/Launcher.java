package org.silkroadatlas;

import org.silkroadatlas.cli.Cli;
import org.silkroadatlas.launch.AppJvm;
import org.silkroadatlas.launch.ClassArchiveLaunch;

/**
 * Entry point of the jar. It does not extend {@code Application}, so a plain classpath jar can
 * start JavaFX; with arguments it runs the command-line face instead of the window.
 */
public final class Launcher {
    private Launcher() { }

    public static void main(String[] args) {
        if (args.length == 0 || (args.length == 2 && args[0].equals("--data"))) {
            // The window starts faster in a JVM that maps an archive of the app's classes (issue 8).
            java.util.OptionalInt ranInChild = ClassArchiveLaunch.runInChild(args);
            if (ranInChild.isPresent()) System.exit(ranInChild.getAsInt());
            javafx.application.Application.launch(org.silkroadatlas.shell.AtlasApp.class, args);
            return;
        }
        if (args[0].equals("bench")) {
            // The bench measures the app as it runs, with its JVM options.
            java.util.OptionalInt ranWithAppOptions = AppJvm.runWithAppOptions(args);
            if (ranWithAppOptions.isPresent()) System.exit(ranWithAppOptions.getAsInt());
        }
        System.exit(Cli.run(args, System.out, System.err));
    }
}
