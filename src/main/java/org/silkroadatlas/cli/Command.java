package org.silkroadatlas.cli;

import java.io.PrintStream;
import java.util.List;

/** One sub-command of the jar (`validate`, `export`, `render`, `bench`). */
public interface Command {
    /** One line for the usage text, e.g. {@code "validate [--data DIR]   check a data pack"}. */
    String usage();

    /** Runs with the arguments after the command name; returns the process exit code. */
    int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}
