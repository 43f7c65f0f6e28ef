package org.silkroadatlas.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Parses `--name value` options and flags for a command, refusing anything it was not told of. */
public final class Args {
    private final Map<String, String> values = new HashMap<>();

    private Args() { }

    /**
     * @param valued options that take a value ("--data"), {@code flags} options that do not
     */
    public static Args parse(List<String> args, Set<String> valued, Set<String> flags) throws UsageException {
        Args a = new Args();
        for (int i = 0; i < args.size(); i++) {
            String s = args.get(i);
            if (valued.contains(s)) {
                if (i + 1 >= args.size()) throw new UsageException(s + " needs a value");
                a.values.put(s, args.get(++i));
            } else if (flags.contains(s)) {
                a.values.put(s, "true");
            } else {
                throw new UsageException("unexpected argument \"" + s + "\"");
            }
        }
        return a;
    }

    public String get(String name) { return values.get(name); }

    public String get(String name, String fallback) { return values.getOrDefault(name, fallback); }

    public boolean has(String name) { return values.containsKey(name); }

    public int getInt(String name, int fallback, int min, int max) throws UsageException {
        String v = values.get(name);
        if (v == null) return fallback;
        try {
            int n = Integer.parseInt(v.trim());
            if (n < min || n > max) throw new UsageException(name + " must be between " + min + " and " + max + ", found " + n);
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException(name + " expects a whole number, found \"" + v + "\"");
        }
    }
}
