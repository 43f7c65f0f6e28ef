package org.silkroadatlas.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppJvmTest {
    @Test
    void javafxRunAndTheAppImageStartWithTheAppsOptions() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        for (String o : AppJvm.OPTIONS) {
            assertThat(pom).as("mvn javafx:run").contains("<option>" + o + "</option>");
            assertThat(pom).as("the jpackage launcher").contains("<arg value=\"--java-options\"/><arg value=\"" + o + "\"/>");
        }
    }

    @Test
    void aCommandRunsAgainWithTheOptionsItLacksAndKeepsTheReadersOwn() {
        String[] args = {"bench", "--runs", "3"};
        List<String> cmd = AppJvm.command(System.getProperty("java.home"), List.of("-Xmx1g", AppJvm.OPTIONS.get(0)),
                "/opt/atlas/dsr-explorer.jar", args).orElseThrow();
        assertThat(cmd).containsAll(AppJvm.OPTIONS.subList(1, AppJvm.OPTIONS.size()));
        assertThat(cmd.stream().filter(AppJvm.OPTIONS.get(0)::equals)).as("given once, not twice").hasSize(1);
        assertThat(cmd).contains("-Xmx1g", "-D" + AppJvm.CHILD + "=true");
        assertThat(cmd).endsWith("-cp", "/opt/atlas/dsr-explorer.jar", "org.silkroadatlas.Launcher", "bench", "--runs", "3");
        // The reader's own options come after the app's, so an option given again by the reader wins.
        assertThat(cmd.indexOf("-Xmx1g")).isGreaterThan(cmd.indexOf(AppJvm.OPTIONS.get(1)));
    }

    @Test
    void aJvmWithTheOptionsRunsTheCommandItself() {
        List<String> all = new ArrayList<>(AppJvm.OPTIONS);
        all.add("-Dfoo=1");
        assertThat(AppJvm.command(System.getProperty("java.home"), all, "x.jar", new String[] {"bench"})).isEmpty();
        assertThat(AppJvm.missing(all)).isEmpty();
    }
}
