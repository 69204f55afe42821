package org.activationlab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.activationlab.model.Catalogue;
import org.activationlab.model.Gate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher in a fresh JVM on the test class path: with arguments it runs the command line,
 * exits with its status and never loads a JavaFX class (so it needs no display).
 */
class LauncherTest {
    @TempDir
    Path dir;

    /** What the child JVM printed and returned, and the classes it loaded. */
    record Outcome(int status, String out, String err, List<String> loadedClasses) {
    }

    private Outcome launch(String... args) throws IOException, InterruptedException {
        return launch(Map.of(), args);
    }

    /** Launches with the environment changed: a key mapped to null is removed. */
    private Outcome launch(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        Path classLog = dir.resolve("classes.log");
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + classLog,
                "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        environment.forEach((key, value) -> {
            if (value == null) {
                builder.environment().remove(key);
            } else {
                builder.environment().put(key, value);
            }
        });
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the launcher finishes").isTrue();
        return new Outcome(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8), Files.readAllLines(classLog));
    }

    @Test
    void listRunsHeadlessWithoutLoadingJavaFx() throws Exception {
        Outcome o = launch("list");
        assertThat(o.status()).isZero();
        assertThat(o.out().lines()).hasSize(Catalogue.names().size() + 2 + Gate.values().length);
        assertThat(o.loadedClasses()).isNotEmpty().noneMatch(line -> line.contains("javafx"));
    }

    @Test
    void badInputExitsWithStatusTwo() throws Exception {
        Outcome o = launch("sample", "--function", "relu", "--from", "1", "--to", "0", "--points", "3");
        assertThat(o.status()).isEqualTo(2);
        assertThat(o.out()).isEmpty();
        assertThat(o.err().strip()).isEqualTo("activation-lab sample: --from must be below --to, got --from 1 and --to 0");
        assertThat(o.loadedClasses()).noneMatch(line -> line.contains("javafx"));
    }

    @Test
    void aSessionFileThatIsNotThereExitsWithStatusTwoAndOneLineWithoutLoadingJavaFx() throws Exception {
        String missing = dir.resolve("lesson.alab").toString();
        Outcome o = launch(missing);
        assertThat(o.status()).isEqualTo(2);
        assertThat(o.out()).isEmpty();
        assertThat(o.err().lines()).containsExactly("activation-lab: cannot open the session " + missing
                + ": the file does not exist");
        assertThat(o.loadedClasses()).noneMatch(line -> line.contains("javafx"));
    }

    private static Map<String, String> noDisplay() {
        Map<String, String> environment = new HashMap<>();
        environment.put("DISPLAY", null);
        environment.put("WAYLAND_DISPLAY", null);
        return environment;
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void withoutADisplayTheAppSaysSoInOneLineAndExitsWithStatusTwoWithoutLoadingJavaFx() throws Exception {
        Outcome o = launch(noDisplay());
        assertThat(o.status()).isEqualTo(2);
        assertThat(o.err().lines()).containsExactly("activation-lab: the window needs a display, and none is set"
                + " (DISPLAY or WAYLAND_DISPLAY) or it cannot be opened; the subcommands (list, sample, properties,"
                + " export, train, depth, shootout) run without one, see activation-lab --help");
        assertThat(o.loadedClasses()).noneMatch(line -> line.contains("javafx"));
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aSessionFileInChineseWithoutADisplayIsTheSameOneLineInChinese() throws Exception {
        Path session = Files.writeString(dir.resolve("lesson.alab"), "{}");
        Outcome o = launch(noDisplay(), "--lang", "zh", session.toString());
        assertThat(o.status()).isEqualTo(2);
        assertThat(o.err().lines()).singleElement().asString().startsWith("activation-lab: 窗口需要显示器");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aDisplayThatCannotBeOpenedEndsWithTheSameLineAndNoStackTrace() throws Exception {
        Outcome o = launch(Map.of("DISPLAY", ":31999", "WAYLAND_DISPLAY", ""));
        assertThat(o.status()).isEqualTo(2);
        assertThat(o.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(o.err().lines().reduce((a, b) -> b)).get().asString()
                .startsWith("activation-lab: the window needs a display");
    }
}
