package org.silkroadatlas.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Dispatches `java -jar dsr-explorer.jar COMMAND ...` to its command. */
public final class Cli {
    private Cli() { }

    static Map<String, Command> commands() {
        Map<String, Command> m = new LinkedHashMap<>();
        // Each command registers here, one line each.
        m.put("render", new RenderCommand());
        m.put("bench", new BenchCommand());
        m.put("convert-basemap", new ConvertBasemapCommand());
        m.put("convert", new ConvertCommand());
        m.put("validate", new ValidateCommand());
        m.put("export", new ExportCommand());
        return m;
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, Command> commands = commands();
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            printUsage(commands, args.length == 0 ? err : out);
            return args.length == 0 ? 2 : 0;
        }
        Command c = commands.get(args[0]);
        if (c == null) {
            err.println("dsr-explorer: unknown command \"" + args[0] + "\"");
            printUsage(commands, err);
            return 2;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            return c.run(rest, out, err);
        } catch (UsageException e) {
            err.println("dsr-explorer " + args[0] + ": " + e.getMessage());
            err.println("usage: dsr-explorer " + c.usage());
            return 2;
        } catch (Exception e) {
            // A command that fails for a reason it did not foresee still says what happened, in one line.
            err.println("dsr-explorer " + args[0] + ": " + e);
            return 1;
        }
    }

    private static void printUsage(Map<String, Command> commands, PrintStream to) {
        to.println("Silk Road Atlas (dsr-explorer)");
        to.println("usage: java -jar dsr-explorer.jar                 open the app on the bundled data");
        for (Command c : commands.values()) to.println("       java -jar dsr-explorer.jar " + c.usage());
    }
}
