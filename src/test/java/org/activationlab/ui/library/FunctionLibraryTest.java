package org.activationlab.ui.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user's library: changes are observable and written at once; a broken file is kept aside, never lost. */
class FunctionLibraryTest {
    private static final LibraryEntry MISH = LibraryEntry.of("Mish", "", "x * tanh(softplus(x))", Map.of());
    private static final LibraryEntry SQUARE = LibraryEntry.of("Square", "", "x^2", Map.of());

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("functions.json");
    }

    @Test
    void aLibraryWithoutAFileIsEmptyAndWritesNothingUntilChanged() {
        FunctionLibrary library = new FunctionLibrary(file());

        assertThat(library.entries()).isEmpty();
        assertThat(library.loadProblems()).isEmpty();
        assertThat(file()).doesNotExist();
    }

    @Test
    void everyChangeIsSavedAndSeenByTheListAndTheNextRun() {
        FunctionLibrary library = new FunctionLibrary(file());
        List<String> changes = new ArrayList<>();
        library.entries().addListener((ListChangeListener<LibraryEntry>) c -> changes.add(c.getList().toString()));

        library.add(MISH);
        library.add(SQUARE);
        library.rename("Square", "Parabola");
        library.describe("Parabola", "x squared");
        library.remove("Mish");

        assertThat(changes).hasSize(5);
        assertThat(new FunctionLibrary(file()).entries())
                .containsExactly(LibraryEntry.of("Parabola", "x squared", "x^2", Map.of()));
    }

    @Test
    void aNameIsUniqueInTheLibrary() {
        FunctionLibrary library = new FunctionLibrary(file());
        library.add(MISH);
        library.add(SQUARE);

        assertThatThrownBy(() -> library.add(SQUARE.withDescription("another")))
                .hasMessage("a function called \"Square\" is in the library already: choose another name");
        assertThatThrownBy(() -> library.rename("Mish", " Square "))
                .hasMessageContaining("\"Square\" is in the library already");
        assertThatThrownBy(() -> library.rename("Mish", "  ")).hasMessage("give the formula a name");
        assertThat(library.entries()).containsExactly(MISH, SQUARE);
    }

    @Test
    void aFileWithBrokenEntriesLoadsTheOthersAndIsKeptAsideBeforeTheFirstWrite() throws Exception {
        String original = "{\"format\": \"activation-lab-functions\", \"version\": 1, \"functions\": ["
                + "{\"name\": \"Square\", \"formula\": \"x^2\"}, {\"name\": \"typo\", \"formula\": \"x*\"}]}";
        Files.writeString(file(), original);
        FunctionLibrary library = new FunctionLibrary(file());
        List<String> problems = new ArrayList<>();
        library.onProblem(problems::add);

        assertThat(library.entries()).extracting(LibraryEntry::name).containsExactly("Square");
        assertThat(library.loadProblems()).singleElement().asString().startsWith("/functions/1/formula: ");
        assertThat(Files.readString(file())).isEqualTo(original);

        library.add(MISH);

        assertThat(problems).singleElement().asString().contains("it is kept as").contains("functions-broken-");
        try (Stream<Path> files = Files.list(dir)) {
            Path copy = files.filter(p -> p.getFileName().toString().startsWith("functions-broken-")).findFirst()
                    .orElseThrow();
            assertThat(Files.readString(copy)).isEqualTo(original);
        }
        assertThat(new FunctionLibrary(file()).entries()).extracting(LibraryEntry::name).containsExactly("Square", "Mish");
        library.remove("Mish");
        assertThat(problems).hasSize(1);
    }

    @Test
    void aFileThatIsNotJsonIsKeptAsideToo() throws Exception {
        Files.writeString(file(), "{\"format\": \"activation-lab-functions\", \"functions\": [ {\"name\": ");
        FunctionLibrary library = new FunctionLibrary(file());

        assertThat(library.entries()).isEmpty();
        assertThat(library.loadProblems()).singleElement().asString().contains("cut short");
        library.add(SQUARE);

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).hasSize(2);
        }
    }

    @Test
    void aWriteThatFailsIsReportedAndTheChangeStays() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("plain"), "x");
        FunctionLibrary library = new FunctionLibrary(notAFolder.resolve("functions.json"));
        List<String> problems = new ArrayList<>();
        library.onProblem(problems::add);

        library.add(SQUARE);

        assertThat(library.entries()).containsExactly(SQUARE);
        assertThat(problems).singleElement().asString().startsWith("cannot save the functions library to ");
    }
}
