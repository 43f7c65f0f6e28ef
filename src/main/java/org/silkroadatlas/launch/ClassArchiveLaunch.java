package org.silkroadatlas.launch;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Opens the window in a child JVM that maps a class-data archive of the app's classes (AppCDS).
 *
 * <p>Loading and verifying the 2,700 classes the window takes from the jar (JavaFX, Gluon Maps,
 * Jackson, ours), and generating 1,300 more, is about a second of the start-up on two cores (issue 8). A dynamic archive made by one run and mapped by the next removes most of
 * it, but Java 17 takes the archive only as a JVM option and only for the exact jar path it was made
 * with, so an installed app cannot ship one. Instead the launch JVM, which has loaded almost
 * nothing, starts the window's JVM with an archive in the user's cache folder: the first run writes
 * it when the window closes (Java 19+ does this itself with {@code -XX:+AutoCreateSharedArchive}),
 * later runs map it. An archive is used only with the size it was written with and with the JVM's
 * checksum test, because Java 17 crashes on a damaged one rather than refusing it; should the window's
 * JVM still stop on a fatal error, the archive is removed and the window opens in the launch JVM.
 * Nothing else depends on the archive. The window's JVM also gets the app's {@link AppJvm#OPTIONS}.
 *
 * <p>Only for one jar on the class path (the jar and the app image), on Linux: {@code mvn javafx:run}
 * runs from class folders, which Java cannot archive; on Windows and macOS a second process would
 * open a console window or a second Dock icon, so they start as before. {@code -Datlas.classArchive=off}
 * turns it off; JVM options given to the launch JVM reach the window's JVM.
 */
public final class ClassArchiveLaunch {
    /** Set on the window's JVM, so it does not start another. */
    static final String CHILD = "atlas.classArchive.child";
    static final String SWITCH = "atlas.classArchive";
    private static final int KEPT = 3;

    private ClassArchiveLaunch() { }

    /** What the launch knows of its JVM; a record so the decision can be tested without starting one. */
    record Launch(String javaHome, int javaFeature, String vmVersion, String classPath, List<String> jvmOptions, String osName,
                  Path cacheDir, String switchValue, boolean isChild, String jarIdentity, long pid, boolean jdkArchive) { }

    /** The window's JVM command, and the archive it writes when it is the first run. */
    record Plan(List<String> command, Path archive, Path written) { }

    /**
     * Runs the window in a child JVM when that helps, and returns its exit code; empty when this JVM
     * should open the window itself.
     */
    public static OptionalInt runInChild(String[] args) {
        Optional<Plan> plan;
        try {
            plan = plan(current(), args);
        } catch (RuntimeException | IOException e) {
            return OptionalInt.empty();
        }
        if (plan.isEmpty()) return OptionalInt.empty();
        Plan p = plan.get();
        int code;
        try {
            Files.createDirectories(p.archive().getParent());
            code = ChildJvm.run(p.command());
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
        if (p.written() == null && crashed(code) && p.command().contains("-XX:SharedArchiveFile=" + p.archive())) {
            // Java 17 can crash on an archive damaged on disk: drop it and open the window here.
            forget(p.archive());
            System.err.println("Silk Road Atlas: the class archive " + p.archive() + " could not be used; it was removed.");
            return OptionalInt.empty();
        }
        keepWritten(p, code);
        return OptionalInt.of(code);
    }

    /** The exit codes of a JVM that stopped on a fatal error (abort, bus error, segmentation fault). */
    static boolean crashed(int code) {
        return code == 134 || code == 135 || code == 139;
    }

    private static Launch current() throws IOException {
        String cp = System.getProperty("java.class.path", "");
        Path jar = Path.of(cp).toAbsolutePath().normalize();
        String identity = Files.isRegularFile(jar) ? jar + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis() : "";
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path cache = archiveFolder(xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache"));
        return new Launch(System.getProperty("java.home"), Runtime.version().feature(), System.getProperty("java.vm.version", ""), cp,
                ManagementFactory.getRuntimeMXBean().getInputArguments(), System.getProperty("os.name", ""), cache,
                System.getProperty(SWITCH, "on"), Boolean.getBoolean(CHILD), identity, ProcessHandle.current().pid(),
                // "sharing" when the runtime's own class archive is mapped: ours can only be written on top of it.
                System.getProperty("java.vm.info", "").contains("sharing"));
    }

    /** Where the archives are kept under a cache folder ({@code $XDG_CACHE_HOME}, else {@code ~/.cache}). */
    public static Path archiveFolder(Path cacheHome) {
        return cacheHome.resolve("silkroadatlas").resolve("classes");
    }

    /** The child JVM to start, or empty when the window should open in this JVM. */
    static Optional<Plan> plan(Launch l, String[] args) {
        if (l.isChild() || "off".equalsIgnoreCase(l.switchValue()) || l.jarIdentity().isEmpty() || !l.jdkArchive()) return Optional.empty();
        if (!l.osName().toLowerCase(Locale.ROOT).startsWith("linux")) return Optional.empty();
        if (!l.classPath().endsWith(".jar") || l.classPath().contains(java.io.File.pathSeparator)) return Optional.empty();
        for (String o : l.jvmOptions()) {
            // The reader chose how classes are shared (or is debugging the start-up): leave it to them.
            if (o.contains("SharedArchiveFile") || o.startsWith("-Xshare") || o.contains("ArchiveClassesAtExit")
                    || o.startsWith("-agentlib") || o.startsWith("-javaagent")) return Optional.empty();
        }
        Path java = ChildJvm.java(l.javaHome());
        if (!Files.isExecutable(java)) return Optional.empty();

        Path archive = l.cacheDir().resolve(name(l) + ".jsa");
        List<String> extra = new ArrayList<>();
        extra.add("-D" + CHILD + "=true");
        // The JVM's own notes on classes it leaves out of the archive are not the reader's business.
        extra.add("-Xlog:cds=off");
        extra.add("-Xlog:cds+dynamic=off");
        Path written = null;
        if (l.javaFeature() >= 19) {
            extra.add("-XX:+AutoCreateSharedArchive");
            extra.add("-XX:SharedArchiveFile=" + archive);
        } else if (intact(archive)) {
            // The JVM checks the archive's checksum (no cost measurable in the bench) instead of crashing on a damaged one.
            extra.add("-XX:+VerifySharedSpaces");
            extra.add("-XX:SharedArchiveFile=" + archive);
        } else {
            forget(archive);
            // Written beside the archive, and moved into place only after a clean exit.
            written = archive.resolveSibling(archive.getFileName() + "." + l.pid() + ".part");
            extra.add("-XX:ArchiveClassesAtExit=" + written);
        }
        List<String> cmd = ChildJvm.command(java, l.jvmOptions(), extra,
                Path.of(l.classPath()).toAbsolutePath().normalize().toString(), args);
        return Optional.of(new Plan(cmd, archive, written));
    }

    /**
     * One archive per jar build and Java runtime: a rebuilt jar or another Java gets a new one, and
     * so does a Java updated in place (its JVM would refuse the old archive, silently, for good).
     */
    static String name(Launch l) {
        String key = l.jarIdentity() + "|" + l.javaHome() + "|" + l.vmVersion();
        return "atlas-" + Long.toHexString(fnv64(key));
    }

    private static long fnv64(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** Moves a first run's archive into place, or drops it; keeps the newest few archives. */
    static void keepWritten(Plan p, int exitCode) {
        if (p.written() == null) return;
        try {
            if (exitCode == 0 && Files.isRegularFile(p.written()) && Files.size(p.written()) > 0) {
                long size = Files.size(p.written());
                Files.move(p.written(), p.archive(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                // Its size, written after it: an archive cut short on disk is never mapped (Java 17 would crash).
                Path part = p.written().resolveSibling(p.written().getFileName() + ".size");
                Files.writeString(part, Long.toString(size));
                Files.move(part, sizeFile(p.archive()), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.deleteIfExists(p.written());
            }
            prune(p.archive().getParent(), p.archive());
        } catch (IOException | RuntimeException e) {
            // An archive not kept only means the next start loads classes as usual.
        }
    }

    private static Path sizeFile(Path archive) {
        return archive.resolveSibling(archive.getFileName() + ".size");
    }

    /** Whether the archive is there with the size it was written with. */
    static boolean intact(Path archive) {
        try {
            return Files.isRegularFile(archive)
                    && Long.parseLong(Files.readString(sizeFile(archive)).trim()) == Files.size(archive);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    static void forget(Path archive) {
        try {
            Files.deleteIfExists(archive);
            Files.deleteIfExists(sizeFile(archive));
        } catch (IOException | RuntimeException e) {
            // Then the next start tries again.
        }
    }

    private static void prune(Path dir, Path current) throws IOException {
        List<Path> all = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "atlas-*.jsa")) {
            for (Path f : s) all.add(f);
        }
        all.sort(Comparator.comparing((Path f) -> {
            try {
                return Files.getLastModifiedTime(f).toMillis();
            } catch (IOException e) {
                return 0L;
            }
        }).reversed());
        for (int i = KEPT; i < all.size(); i++) {
            if (!all.get(i).equals(current)) forget(all.get(i));
        }
        // A first run whose launch JVM was killed leaves its part behind.
        long dayAgo = System.currentTimeMillis() - 86_400_000L;
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "atlas-*.part")) {
            for (Path f : s) {
                if (Files.getLastModifiedTime(f).toMillis() < dayAgo) Files.deleteIfExists(f);
            }
        }
    }
}
