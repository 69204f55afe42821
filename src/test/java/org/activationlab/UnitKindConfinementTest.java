package org.activationlab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Maxout is known to {@code model} (the function and its linear pieces) and {@code nn} (its unit
 * kind) only: every other layer reaches it through {@code Activation.linearPieces()} and
 * {@code nn.UnitKind}, so that a new kind of unit (gated units next) is added in those two
 * packages and not in every layer. This scans the main sources, comments included, for the name.
 */
class UnitKindConfinementTest {
    private static final Path SOURCES = Path.of("src/main/java/org/activationlab");
    private static final Pattern NAME = Pattern.compile("maxout", Pattern.CASE_INSENSITIVE);

    /**
     * The files outside {@code model} and {@code nn} that may name Maxout: text-key constants (the
     * keys of its texts, whose bundles name it too) and the lesson reader, whose file format has
     * a {@code maxoutPreset} field that 0.1.0 lessons use; and the shoot-out's table of default
     * initialisers, which lists the catalogue functions by name (a name, not a unit kind).
     */
    private static final List<String> ALLOWED = List.of(
            "ui/TextKeys.java",
            "ui/lessons/LessonKeys.java",
            "ui/lessons/LessonParser.java",
            "shootout/DefaultInitializer.java");

    @Test
    void onlyModelAndNnNameMaxout() {
        List<String> naming = javaFiles().filter(this::namesMaxout).map(this::relative)
                .filter(path -> !path.startsWith("model/") && !path.startsWith("nn/"))
                .filter(path -> !ALLOWED.contains(path))
                .toList();
        assertThat(naming).as("files outside model and nn that name Maxout").isEmpty();
    }

    @Test
    void everyAllowedFileStillNamesIt() {
        List<String> naming = javaFiles().filter(this::namesMaxout).map(this::relative).toList();
        assertThat(naming).as("an exception no longer needed should be removed from the list").containsAll(ALLOWED);
        assertThat(naming).anyMatch(path -> path.startsWith("model/")).anyMatch(path -> path.startsWith("nn/"));
    }

    private Stream<Path> javaFiles() {
        try {
            return Files.walk(SOURCES).filter(p -> p.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean namesMaxout(Path file) {
        try {
            return NAME.matcher(Files.readString(file)).find();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String relative(Path file) {
        return SOURCES.relativize(file).toString().replace('\\', '/');
    }
}
