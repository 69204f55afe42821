package org.activationlab.ui.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.activationlab.export.ExportException;
import org.activationlab.ui.json.JsonText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The functions library file: round trip, atomic writes, broken entries skipped with their place, the v1 fixture. */
class FunctionLibraryFileTest {
    private static final LibraryEntry MISH = LibraryEntry.of("Mish", "Misra 2019", "x * tanh(softplus(x))", Map.of());
    private static final LibraryEntry SWISH = LibraryEntry.of("Swish β", "", "x * sigmoid(beta * x)",
            Map.of("beta", 1.5));
    private static final LibraryEntry SQUARED = LibraryEntry.of("平方 ReLU", "relu(x)^2", "relu(x)^2", Map.of());

    @TempDir
    Path dir;

    @Test
    void entriesWrittenAreReadBackEqualInTheirOrder() throws Exception {
        Path file = dir.resolve("functions.json");
        FunctionLibraryFile.write(file, List.of(MISH, SWISH, SQUARED));

        LibraryLoad load = FunctionLibraryFile.read(file);

        assertThat(load.problems()).isEmpty();
        assertThat(load.entries()).containsExactly(MISH, SWISH, SQUARED);
        assertThat(load.entries().get(1).formula().parameters()).containsEntry("beta", 1.5);
    }

    @Test
    void theFileNamesItsFormatAndVersionAndStoresEachFormulaAsASessionDoes() throws Exception {
        Path file = dir.resolve("functions.json");
        FunctionLibraryFile.write(file, List.of(SWISH));

        JsonNode root = JsonText.read(file, 1 << 20);

        assertThat(root.get("format").textValue()).isEqualTo("activation-lab-functions");
        assertThat(root.get("version").intValue()).isEqualTo(1);
        JsonNode entry = root.get("functions").get(0);
        assertThat(entry.get("name").textValue()).isEqualTo("Swish β");
        assertThat(entry.get("formula").textValue()).isEqualTo("x * sigmoid(beta * x)");
        assertThat(entry.get("parameters").get("beta").doubleValue()).isEqualTo(1.5);
    }

    @Test
    void aWriteReplacesTheFileWholeAndLeavesNoTemporaryFileBehind() throws Exception {
        Path file = dir.resolve("functions.json");
        FunctionLibraryFile.write(file, List.of(MISH, SWISH, SQUARED));
        FunctionLibraryFile.write(file, List.of(SQUARED));

        assertThat(FunctionLibraryFile.read(file).entries()).containsExactly(SQUARED);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aWriteThatCannotHappenIsRefusedAndLeavesNothing() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("plain"), "x");

        assertThatThrownBy(() -> FunctionLibraryFile.write(notAFolder.resolve("functions.json"), List.of(MISH)))
                .isInstanceOf(ExportException.class).hasMessageContaining("plain");
        assertThat(Files.readString(notAFolder)).isEqualTo("x");
    }

    static Stream<Arguments> brokenEntries() {
        return Stream.of(
                Arguments.of("{\"name\": \"bad\", \"formula\": \"x*\"}", "/functions/1/formula: ", "position 3"),
                Arguments.of("{\"formula\": \"x\"}", "/functions/1/name: ", "missing"),
                Arguments.of("{\"name\": \"  \", \"formula\": \"x\"}", "/functions/1/name: ", "empty"),
                Arguments.of("{\"name\": \"no formula\"}", "/functions/1/formula: ", "missing"),
                Arguments.of("{\"name\": \"p\", \"formula\": \"a*x\", \"parameters\": {\"a\": \"one\"}}",
                        "/functions/1/parameters/a: ", "expected a finite number"),
                Arguments.of("{\"name\": \"u\", \"formula\": \"a*x\"}", "/functions/1/formula: ", "unknown name 'a'"),
                Arguments.of("{\"name\": 3, \"formula\": \"x\"}", "/functions/1/name: ", "expected a text"),
                Arguments.of("\"x^2\"", "/functions/1: ", "expected an object"),
                Arguments.of("{\"name\": \"Mish\", \"formula\": \"x\"}", "/functions/1/name: ",
                        "a function called \"Mish\" comes earlier"));
    }

    @ParameterizedTest
    @MethodSource("brokenEntries")
    void aBrokenEntryIsReportedWithItsPlaceAndSkippedAndTheOthersLoad(String broken, String place, String problem)
            throws Exception {
        Path file = Files.writeString(dir.resolve("functions.json"), "{\"format\": \"activation-lab-functions\","
                + " \"version\": 1, \"functions\": [{\"name\": \"Mish\", \"formula\": \"x * tanh(softplus(x))\"},"
                + broken + ", {\"name\": \"Square\", \"formula\": \"x^2\", \"description\": \"d\"}]}");

        LibraryLoad load = FunctionLibraryFile.read(file);

        assertThat(load.entries()).extracting(LibraryEntry::name).containsExactly("Mish", "Square");
        assertThat(load.intact()).isFalse();
        assertThat(load.problems()).singleElement().asString().startsWith(place).contains(problem);
    }

    static Stream<Arguments> unusableFiles() {
        return Stream.of(
                Arguments.of("", "the file is empty"),
                Arguments.of("{\"format\": \"activation-lab-functions\", \"version\": 1, \"functions\": [",
                        "cut short"),
                Arguments.of("[1, 2]", "expected an object"),
                Arguments.of("{\"format\": \"activation-lab-session\", \"version\": 1, \"parts\": {}}",
                        "/format: not a functions library file"),
                Arguments.of("{\"format\": \"activation-lab-functions\", \"version\": 2, \"functions\": []}",
                        "/version: the file has functions library format version 2"),
                Arguments.of("{\"format\": \"activation-lab-functions\", \"version\": 1, \"functions\": {}}",
                        "/functions: expected a list"));
    }

    @ParameterizedTest
    @MethodSource("unusableFiles")
    void aFileThatIsNotALibraryGivesNoEntriesAndOneProblem(String text, String problem) throws Exception {
        Path file = Files.writeString(dir.resolve("functions.json"), text);

        LibraryLoad load = FunctionLibraryFile.read(file);

        assertThat(load.entries()).isEmpty();
        assertThat(load.problems()).singleElement().asString().contains(problem);
    }

    @Test
    void theVersion1FixtureOpensWithEveryEntry() throws Exception {
        Path file = dir.resolve("functions.json");
        try (var in = getClass().getResourceAsStream("/org/activationlab/fixtures/functions-v1/functions.json")) {
            Files.write(file, in.readAllBytes());
        }

        LibraryLoad load = FunctionLibraryFile.read(file);

        assertThat(load.problems()).isEmpty();
        assertThat(load.entries()).containsExactly(
                LibraryEntry.of("Mish", "Misra 2019: x tanh(softplus(x)), smooth and not monotonic",
                        "x * tanh(softplus(x))", Map.of()),
                LibraryEntry.of("Swish with a learnable slope", "", "x * sigmoid(beta * x)", Map.of("beta", 1.5)),
                LibraryEntry.of("平方 ReLU", "relu(x)^2, Primer (So et al. 2021)", "relu(x)^2", Map.of()));
        assertThat(load.entries().get(0).formula().resolve().value(1)).isCloseTo(0.8650983882673103,
                org.assertj.core.api.Assertions.within(1e-15));
    }

    @Test
    void theUsersFileIsInTheActivationLabFolderUnlessAPropertyNamesAnother() {
        String saved = System.getProperty(FunctionLibraryFile.FILE_PROPERTY);
        try {
            System.clearProperty(FunctionLibraryFile.FILE_PROPERTY);
            assertThat(FunctionLibraryFile.defaultFile())
                    .isEqualTo(Path.of(System.getProperty("user.home"), ".activation-lab", "functions.json"));
            System.setProperty(FunctionLibraryFile.FILE_PROPERTY, dir.resolve("mine.json").toString());
            assertThat(FunctionLibraryFile.defaultFile()).isEqualTo(dir.resolve("mine.json"));
        } finally {
            if (saved == null) {
                System.clearProperty(FunctionLibraryFile.FILE_PROPERTY);
            } else {
                System.setProperty(FunctionLibraryFile.FILE_PROPERTY, saved);
            }
        }
    }
}
