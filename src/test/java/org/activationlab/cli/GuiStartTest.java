package org.activationlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which command lines open the desktop app, and what stops it before JavaFX starts (issue 16, 4.1 and 4.14). */
class GuiStartTest {
    private static final Map<String, String> LINUX = Map.of("os.name", "Linux");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "\"{0}\" opens the app: {1}")
    @CsvSource(delimiter = '|', value = {
            "'' | true",
            "lesson.alab | true",
            "--lang zh lesson.alab | true",
            "--lang=en lesson.alab | true",
            "--lang zh | true",
            "--lang xx lesson.alab | false",
            "--lang | false",
            "list | false",
            "--lang zh list | false",
            "a.alab b.alab | false",
            "--help | false",
    })
    void theGlobalLanguageOptionMayPrecedeASessionFile(String line, boolean app) {
        String[] args = line.isEmpty() ? new String[0] : line.split(" ");
        assertThat(GuiStart.of(args).isPresent()).isEqualTo(app);
    }

    @Test
    void theAppGetsTheLanguageAsANamedParameterAndTheSessionFile() {
        assertThat(GuiStart.of("--lang", "zh", "lesson.alab").orElseThrow().appArguments())
                .containsExactly("--lang=zh", "lesson.alab");
        assertThat(GuiStart.of().orElseThrow().appArguments()).isEmpty();
    }

    @ParameterizedTest(name = "DISPLAY={0} WAYLAND_DISPLAY={1} os={2} glass={3}: problem {4}")
    @CsvSource(delimiter = '|', value = {
            "''   | ''         | Linux       | ''      | true",
            "' '  | ''         | Linux       | ''      | true",
            ":0   | ''         | Linux       | ''      | false",
            "''   | wayland-0  | Linux       | ''      | false",
            "''   | ''         | FreeBSD     | ''      | true",
            "''   | ''         | Linux       | Monocle | false",
            "''   | ''         | Mac OS X    | ''      | false",
            "''   | ''         | Windows 11  | ''      | false",
    })
    void withoutADisplayTheWindowCannotOpen(String display, String wayland, String os, String glass, boolean problem) {
        Map<String, String> environment = Map.of("DISPLAY", display, "WAYLAND_DISPLAY", wayland);
        Map<String, String> properties = Map.of("os.name", os, GuiStart.GLASS_PLATFORM, glass);
        assertThat(GuiStart.of().orElseThrow().problem(environment, properties).isPresent()).isEqualTo(problem);
    }

    @Test
    void theNoDisplayLineIsOneLineNamingTheSubcommandsInEitherLanguage() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            String english = GuiStart.of().orElseThrow().problem(Map.of(), LINUX).orElseThrow();
            assertThat(english).startsWith("activation-lab: the window needs a display").contains("subcommands")
                    .doesNotContain("\n");
            GuiStart chinese = GuiStart.of("--lang", "zh").orElseThrow();
            chinese.useLanguage();
            assertThat(chinese.problem(Map.of(), LINUX).orElseThrow()).contains("显示器").doesNotContain("\n");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void aMissingSessionFileIsReportedBeforeTheDisplay() throws Exception {
        String missing = dir.resolve("none.alab").toString();
        assertThat(GuiStart.of(missing).orElseThrow().problem(Map.of(), LINUX)).get().asString()
                .endsWith("the file does not exist");
        Path file = Files.writeString(dir.resolve("ok.alab"), "{}");
        assertThat(GuiStart.of(file.toString()).orElseThrow().problem(Map.of("DISPLAY", ":0"), LINUX)).isEmpty();
    }
}
