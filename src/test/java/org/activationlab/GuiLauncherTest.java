package org.activationlab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the launcher keeps JavaFX's module jars from the fat jar in its cache folder. */
class GuiLauncherTest {
    @TempDir
    Path folder;

    private Path jar(Map<String, String> entries) throws IOException {
        Path jar = folder.resolve("app.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                zip.putNextEntry(new JarEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }

    @Test
    void copiesTheNestedModuleJarsAndNothingElse() throws IOException {
        Path jar = jar(Map.of(GuiLauncher.NESTED + "javafx-base-21-linux.jar", "base",
                GuiLauncher.NESTED + "javafx-graphics-21-linux.jar", "graphics",
                GuiLauncher.NESTED + "notes.txt", "not a jar",
                "org/activationlab/Launcher.class", "class"));
        Path cache = folder.resolve("cache");

        assertThat(GuiLauncher.unpack(jar, cache)).containsExactlyInAnyOrder(
                cache.resolve("javafx-base-21-linux.jar"), cache.resolve("javafx-graphics-21-linux.jar"));
        assertThat(cache.resolve("javafx-graphics-21-linux.jar")).hasContent("graphics");
        try (var files = Files.list(cache)) {
            assertThat(files).hasSize(2);
        }
    }

    @Test
    void keepsACopyOfTheSameSizeAndReplacesADamagedOne() throws IOException {
        Path jar = jar(Map.of(GuiLauncher.NESTED + "a.jar", "aaaa", GuiLauncher.NESTED + "b.jar", "bbbb"));
        Path cache = folder.resolve("cache");
        GuiLauncher.unpack(jar, cache);
        FileTime old = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(cache.resolve("a.jar"), old);
        Files.writeString(cache.resolve("b.jar"), "b");

        GuiLauncher.unpack(jar, cache);

        assertThat(Files.getLastModifiedTime(cache.resolve("a.jar"))).as("not copied again").isEqualTo(old);
        assertThat(cache.resolve("b.jar")).hasContent("bbbb");
    }

    @Test
    void aJarWithoutJavaFxModulesIsExplained() throws IOException {
        Path jar = jar(Map.of("org/activationlab/Launcher.class", "class"));

        assertThatThrownBy(() -> GuiLauncher.unpack(jar, folder.resolve("cache")))
                .hasMessageContaining("holds no JavaFX modules under javafx-modules/");
    }

    @Test
    void theCacheFolderFollowsTheSystemProperty() {
        String before = System.getProperty(GuiLauncher.CACHE_PROPERTY);
        System.setProperty(GuiLauncher.CACHE_PROPERTY, folder.toString());
        try {
            assertThat(GuiLauncher.cacheFolder()).isEqualTo(folder.resolve("javafx"));
        } finally {
            if (before == null) {
                System.clearProperty(GuiLauncher.CACHE_PROPERTY);
            } else {
                System.setProperty(GuiLauncher.CACHE_PROPERTY, before);
            }
        }
    }
}
