package org.silkroadatlas.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassArchiveLaunchTest {
    @TempDir Path tmp;

    private ClassArchiveLaunch.Launch launch(String classPath, List<String> options, String os, int feature) {
        return new ClassArchiveLaunch.Launch(System.getProperty("java.home"), feature, "17.0.15+6", classPath, options, os,
                tmp.resolve("cache"), "on", false, classPath + "|123|456", 4242, true);
    }

    private ClassArchiveLaunch.Launch jarLaunch(List<String> options) {
        return launch("/opt/atlas/dsr-explorer.jar", options, "Linux", 17);
    }

    @Test
    void theFirstRunWritesTheArchiveBesideItsPlaceAndLaterRunsMapIt() throws Exception {
        ClassArchiveLaunch.Launch l = jarLaunch(List.of("-Xmx2g", "-Dfoo=bar"));
        ClassArchiveLaunch.Plan first = ClassArchiveLaunch.plan(l, new String[] {"--data", "/packs/p"}).orElseThrow();
        assertThat(first.command()).first().asString().endsWith("java");
        assertThat(first.command()).contains("-Xmx2g", "-Dfoo=bar", "-Datlas.classArchive.child=true",
                "-XX:ArchiveClassesAtExit=" + first.written());
        assertThat(first.command()).containsSubsequence("-cp", "/opt/atlas/dsr-explorer.jar", "org.silkroadatlas.Launcher", "--data", "/packs/p");
        assertThat(first.written().getParent()).isEqualTo(first.archive().getParent());
        assertThat(first.written().getFileName().toString()).endsWith(".4242.part");

        assertThat(first.command()).as("the window's JVM runs with the app's options").containsAll(AppJvm.OPTIONS);

        // The window closed cleanly: the archive moves into place, and the next run maps it, checked.
        Files.createDirectories(first.written().getParent());
        Files.writeString(first.written(), "archive");
        ClassArchiveLaunch.keepWritten(first, 0);
        assertThat(first.archive()).exists();
        assertThat(first.written()).doesNotExist();
        assertThat(ClassArchiveLaunch.intact(first.archive())).isTrue();
        ClassArchiveLaunch.Plan second = ClassArchiveLaunch.plan(l, new String[0]).orElseThrow();
        assertThat(second.written()).isNull();
        assertThat(second.command()).contains("-XX:SharedArchiveFile=" + first.archive(), "-XX:+VerifySharedSpaces");
        assertThat(second.command()).noneMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit"));
    }

    @Test
    void anArchiveCutShortOnDiskIsNeverMappedButWrittenAgain() throws Exception {
        // Java 17 crashes (SIGBUS) on a truncated archive instead of refusing it.
        ClassArchiveLaunch.Launch l = jarLaunch(List.of());
        ClassArchiveLaunch.Plan first = ClassArchiveLaunch.plan(l, new String[0]).orElseThrow();
        Files.createDirectories(first.written().getParent());
        Files.writeString(first.written(), "a whole archive");
        ClassArchiveLaunch.keepWritten(first, 0);
        Files.writeString(first.archive(), "a whole");
        assertThat(ClassArchiveLaunch.intact(first.archive())).isFalse();
        ClassArchiveLaunch.Plan again = ClassArchiveLaunch.plan(l, new String[0]).orElseThrow();
        assertThat(again.command()).noneMatch(o -> o.startsWith("-XX:SharedArchiveFile"));
        assertThat(again.written()).isNotNull();
        assertThat(first.archive()).as("the damaged archive is gone").doesNotExist();
    }

    @Test
    void onlyAJvmsFatalErrorsCountAsACrash() {
        assertThat(ClassArchiveLaunch.crashed(134)).isTrue(); // abort after hs_err
        assertThat(ClassArchiveLaunch.crashed(135)).isTrue(); // bus error
        assertThat(ClassArchiveLaunch.crashed(139)).isTrue(); // segmentation fault
        assertThat(ClassArchiveLaunch.crashed(0)).isFalse();
        assertThat(ClassArchiveLaunch.crashed(130)).as("Ctrl+C").isFalse();
        assertThat(ClassArchiveLaunch.crashed(137)).as("killed").isFalse();
        assertThat(ClassArchiveLaunch.crashed(1)).isFalse();
    }

    @Test
    void aRunThatFailsLeavesNoArchive() throws Exception {
        ClassArchiveLaunch.Plan p = ClassArchiveLaunch.plan(jarLaunch(List.of()), new String[0]).orElseThrow();
        Files.createDirectories(p.written().getParent());
        Files.writeString(p.written(), "half an archive");
        ClassArchiveLaunch.keepWritten(p, 1);
        assertThat(p.written()).doesNotExist();
        assertThat(p.archive()).doesNotExist();
    }

    @Test
    void onlyTheNewestArchivesAreKept() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("cache"));
        for (int i = 0; i < 5; i++) {
            Path old = Files.writeString(dir.resolve("atlas-old" + i + ".jsa"), "old");
            Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        ClassArchiveLaunch.Plan p = ClassArchiveLaunch.plan(jarLaunch(List.of()), new String[0]).orElseThrow();
        Files.writeString(p.written(), "new");
        ClassArchiveLaunch.keepWritten(p, 0);
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
                    .containsExactlyInAnyOrder(p.archive().getFileName().toString(), p.archive().getFileName() + ".size",
                            "atlas-old4.jsa", "atlas-old3.jsa");
        }
    }

    @Test
    void javaNineteenAndLaterKeepTheArchiveThemselves() {
        ClassArchiveLaunch.Plan p = ClassArchiveLaunch.plan(launch("/opt/atlas/dsr-explorer.jar", List.of(), "Linux", 21), new String[0]).orElseThrow();
        assertThat(p.command()).contains("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + p.archive());
        assertThat(p.written()).isNull();
    }

    @Test
    void anotherJarBuildOrJavaGetsAnotherArchive() {
        ClassArchiveLaunch.Launch a = jarLaunch(List.of());
        ClassArchiveLaunch.Launch b = new ClassArchiveLaunch.Launch(a.javaHome(), 17, "17.0.15+6", a.classPath(), List.of(), "Linux",
                a.cacheDir(), "on", false, a.classPath() + "|123|789", 1, true);
        assertThat(ClassArchiveLaunch.name(a)).isNotEqualTo(ClassArchiveLaunch.name(b));
        ClassArchiveLaunch.Launch updatedJava = new ClassArchiveLaunch.Launch(a.javaHome(), 17, "17.0.16+8", a.classPath(), List.of(),
                "Linux", a.cacheDir(), "on", false, a.jarIdentity(), 1, true);
        assertThat(ClassArchiveLaunch.name(a)).as("a Java updated in place").isNotEqualTo(ClassArchiveLaunch.name(updatedJava));
    }

    @Test
    void theWindowOpensInThisJvmWhenAChildCannotHelp() {
        String[] none = new String[0];
        // Class folders (mvn javafx:run): Java archives classes from jars only.
        assertThat(ClassArchiveLaunch.plan(launch("/work/target/classes:/m2/javafx.jar", List.of(), "Linux", 17), none)).isEmpty();
        assertThat(ClassArchiveLaunch.plan(launch("/work/target/classes", List.of(), "Linux", 17), none)).isEmpty();
        // Windows and macOS: a second process would show a console or a second Dock icon.
        assertThat(ClassArchiveLaunch.plan(launch("C:\\atlas\\dsr-explorer.jar", List.of(), "Windows 11", 17), none)).isEmpty();
        assertThat(ClassArchiveLaunch.plan(launch("/Applications/a/dsr-explorer.jar", List.of(), "Mac OS X", 17), none)).isEmpty();
        // The reader chose how classes are shared, or attached a debugger or agent.
        assertThat(ClassArchiveLaunch.plan(jarLaunch(List.of("-Xshare:off")), none)).isEmpty();
        assertThat(ClassArchiveLaunch.plan(jarLaunch(List.of("-XX:SharedArchiveFile=/x.jsa")), none)).isEmpty();
        assertThat(ClassArchiveLaunch.plan(jarLaunch(List.of("-agentlib:jdwp=transport=dt_socket")), none)).isEmpty();
        // Turned off, or already the window's JVM.
        ClassArchiveLaunch.Launch j = jarLaunch(List.of());
        assertThat(ClassArchiveLaunch.plan(new ClassArchiveLaunch.Launch(j.javaHome(), 17, "17.0.15+6", j.classPath(), List.of(), "Linux",
                j.cacheDir(), "off", false, j.jarIdentity(), 1, true), none)).isEmpty();
        assertThat(ClassArchiveLaunch.plan(new ClassArchiveLaunch.Launch(j.javaHome(), 17, "17.0.15+6", j.classPath(), List.of(), "Linux",
                j.cacheDir(), "on", true, j.jarIdentity(), 1, true), none)).isEmpty();
        // No java beside the runtime.
        assertThat(ClassArchiveLaunch.plan(new ClassArchiveLaunch.Launch(tmp.toString(), 17, "17.0.15+6", j.classPath(), List.of(), "Linux",
                j.cacheDir(), "on", false, j.jarIdentity(), 1, true), none)).isEmpty();
        // A runtime without the JDK's own class archive (a jlink image made without one): Java refuses
        // to write ours, and the window would never open.
        assertThat(ClassArchiveLaunch.plan(new ClassArchiveLaunch.Launch(j.javaHome(), 17, "17.0.15+6", j.classPath(), List.of(), "Linux",
                j.cacheDir(), "on", false, j.jarIdentity(), 1, false), none)).isEmpty();
        assertThat(ClassArchiveLaunch.plan(jarLaunch(List.of()), none)).isNotEqualTo(Optional.empty());
    }

    @Test
    void theLaunchersOwnClassPathOptionDoesNotReachTheChild() {
        ClassArchiveLaunch.Plan p = ClassArchiveLaunch.plan(jarLaunch(List.of("-Djava.class.path=/opt/atlas/dsr-explorer.jar",
                "-Datlas.data.dir=/opt/atlas/data")), new String[0]).orElseThrow();
        assertThat(p.command()).noneMatch(o -> o.startsWith("-Djava.class.path="));
        assertThat(p.command()).contains("-Datlas.data.dir=/opt/atlas/data");
    }
}
