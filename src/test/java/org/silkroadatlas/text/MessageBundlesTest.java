package org.silkroadatlas.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every package's words exist in both languages, and every pattern with arguments parses. */
class MessageBundlesTest {
    private static final Path RESOURCES = Path.of("src/main/resources");

    @Test
    void everyEnglishBundleHasAChineseTwinWithTheSameKeys() throws IOException {
        List<Path> english = bundles("messages.properties");
        assertThat(english).as("bundles found").isNotEmpty();
        for (Path en : english) {
            Path zh = en.resolveSibling("messages_zh.properties");
            assertThat(zh).as("Chinese twin of " + en).exists();
            Properties e = load(en);
            Properties z = load(zh);
            assertThat(new TreeSet<>(z.stringPropertyNames())).as("keys of " + zh)
                    .isEqualTo(new TreeSet<>(e.stringPropertyNames()));
            for (String k : e.stringPropertyNames()) {
                assertThat(e.getProperty(k)).as(en + " " + k).isNotBlank();
                assertThat(z.getProperty(k)).as(zh + " " + k).isNotBlank();
            }
        }
    }

    @Test
    void chineseBundlesAreWrittenInChinese() throws IOException {
        for (Path zh : bundles("messages_zh.properties")) {
            Properties z = load(zh);
            long han = z.stringPropertyNames().stream()
                    .filter(k -> z.getProperty(k).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                    .count();
            // Some texts are names or symbols in both languages (OpenStreetMap, SCO, 0–9), most are not.
            assertThat(han).as("Chinese texts in " + zh).isGreaterThanOrEqualTo(z.size() / 2);
        }
    }

    @Test
    void patternsWithArgumentsParse() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path p : Stream.concat(bundles("messages.properties").stream(), bundles("messages_zh.properties").stream()).toList()) {
            Properties props = load(p);
            for (String k : props.stringPropertyNames()) {
                String v = props.getProperty(k);
                if (!v.contains("{")) continue;
                try {
                    new MessageFormat(v);
                } catch (IllegalArgumentException e) {
                    broken.add(p + " " + k + ": " + e.getMessage());
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void lookupFollowsTheLocaleAndNotTheSystemDefault() {
        Tr tr = Tr.of(org.silkroadatlas.shell.AtlasApp.class);
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.SIMPLIFIED_CHINESE);
            assertThat(tr.get(Tr.ENGLISH, "menu.quit")).isEqualTo("Quit");
            assertThat(tr.get(Tr.CHINESE, "menu.quit")).isEqualTo("退出");
            assertThat(tr.get(java.util.Locale.TRADITIONAL_CHINESE, "menu.quit")).isEqualTo("退出");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    private static List<Path> bundles(String name) throws IOException {
        try (Stream<Path> s = Files.walk(RESOURCES)) {
            return s.filter(p -> p.getFileName().toString().equals(name)).sorted().toList();
        }
    }

    private static Properties load(Path p) throws IOException {
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            props.load(r);
        }
        return props;
    }
}
