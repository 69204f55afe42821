package org.activationlab.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.activationlab.ui.library.LibraryMerge.Policy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Importing a shared file: new functions are added, equal ones are there already, conflicts follow the user's choice. */
class LibraryMergeTest {
    private static final LibraryEntry MISH = LibraryEntry.of("Mish", "", "x * tanh(softplus(x))", Map.of());
    private static final LibraryEntry SQUARE = LibraryEntry.of("Square", "", "x^2", Map.of());
    private static final LibraryEntry OTHER_SQUARE = LibraryEntry.of("Square", "the teacher's", "x*x", Map.of());
    private static final LibraryEntry CUBE = LibraryEntry.of("Cube", "", "x^3", Map.of());
    private static final List<LibraryEntry> MINE = List.of(MISH, SQUARE);
    private static final List<LibraryEntry> SHARED = List.of(MISH, OTHER_SQUARE, CUBE);

    @Test
    void aConflictIsANameTheLibraryHasForAnotherFunction() {
        assertThat(LibraryMerge.conflicts(MINE, SHARED)).containsExactly("Square");
        assertThat(LibraryMerge.conflicts(MINE, List.of(MISH, CUBE))).isEmpty();
    }

    static Stream<Arguments> policies() {
        return Stream.of(
                Arguments.of(Policy.SKIP, List.of(MISH, SQUARE, CUBE), new int[] {1, 0, 1, 1}),
                Arguments.of(Policy.REPLACE, List.of(MISH, OTHER_SQUARE, CUBE), new int[] {1, 1, 0, 1}),
                Arguments.of(Policy.KEEP_BOTH, List.of(MISH, SQUARE, OTHER_SQUARE.withName("Square (2)"), CUBE),
                        new int[] {2, 0, 0, 1}));
    }

    @ParameterizedTest
    @MethodSource("policies")
    void conflictsAreSettledByThePolicyAndCounted(Policy policy, List<LibraryEntry> expected, int[] counts) {
        LibraryMerge.Result result = LibraryMerge.merge(MINE, SHARED, policy);

        assertThat(result.entries()).containsExactlyElementsOf(expected);
        assertThat(new int[] {result.added(), result.replaced(), result.skipped(), result.alreadyThere()})
                .containsExactly(counts);
    }

    @Test
    void aKeptCopyTakesTheFirstFreeNumber() {
        assertThat(LibraryMerge.freeName("Square", Set.of("Square", "Square (2)"))).isEqualTo("Square (3)");
    }
}
