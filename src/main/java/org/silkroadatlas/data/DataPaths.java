package org.silkroadatlas.data;

import java.io.FileNotFoundException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the bundled pack is: the system property {@code atlas.data.dir}; else {@code ./data} if it
 * holds {@code countries.json}; else a {@code data} folder beside the running jar.
 */
public final class DataPaths {
    public static final String PROPERTY = "atlas.data.dir";

    private DataPaths() { }

    /** The bundled pack's folder, or an exception whose message says where it looked and what to do. */
    public static Path bundled() throws FileNotFoundException {
        List<String> looked = new ArrayList<>();
        String prop = System.getProperty(PROPERTY);
        if (prop != null && !prop.isBlank()) {
            Path p = Path.of(prop).toAbsolutePath().normalize();
            if (Files.isDirectory(p)) return p;
            looked.add(p + " (from -D" + PROPERTY + ", not a folder)");
        }
        Path cwd = Path.of("data").toAbsolutePath().normalize();
        if (Files.isRegularFile(cwd.resolve("countries.json"))) return cwd;
        looked.add(cwd.toString());
        Path besideJar = besideJar();
        if (besideJar != null) {
            if (Files.isRegularFile(besideJar.resolve("countries.json"))) return besideJar;
            looked.add(besideJar.toString());
            // The jar Maven builds sits in target/, one level below the project's data/.
            Path project = besideJar.getParent() == null || besideJar.getParent().getParent() == null ? null
                    : besideJar.getParent().getParent().resolve("data");
            if (project != null && Files.isRegularFile(project.resolve("countries.json"))) return project;
            if (project != null) looked.add(project.toString());
        }
        throw new FileNotFoundException("no data pack found (looked in " + String.join(", ", looked)
                + "); pass --data DIR, set -D" + PROPERTY + "=DIR, or run from the folder that holds data/");
    }

    /** {@code --data DIR} when given, else the bundled pack. */
    public static Path resolve(String dataOption) throws FileNotFoundException {
        if (dataOption != null) return Path.of(dataOption).toAbsolutePath().normalize();
        return bundled();
    }

    private static Path besideJar() {
        try {
            CodeSource cs = DataPaths.class.getProtectionDomain().getCodeSource();
            if (cs == null || cs.getLocation() == null) return null;
            Path code = Path.of(cs.getLocation().toURI());
            // From a jar: its folder; from target/classes in development: no jar, nothing beside it.
            if (!Files.isRegularFile(code)) return null;
            Path parent = code.toAbsolutePath().getParent();
            return parent == null ? null : parent.resolve("data");
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
