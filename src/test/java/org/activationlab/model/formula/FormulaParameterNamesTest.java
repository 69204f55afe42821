package org.activationlab.model.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which names of a typed text an editor declares as parameters ({@link Formula#parameterNames}). */
class FormulaParameterNamesTest {

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("x * tanh(softplus(x))", List.of()),
                Arguments.of("a * x + b", List.of("a", "b")),
                Arguments.of("b*x + a*x + b", List.of("b", "a")),
                Arguments.of("pi * e * x", List.of()),
                Arguments.of("if(x > t, x, alpha * (exp(x) - 1))", List.of("t", "alpha")),
                Arguments.of("foo(x) + k", List.of("k")),
                Arguments.of("x * slope_2 +", List.of("slope_2")),
                Arguments.of("2e-3 * x + w", List.of("w")),
                Arguments.of("max(x, β*x)", List.of("β")),
                Arguments.of("", List.of()));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void everyNameThatIsNotXPiEOrAFunctionIsAParameterInTheOrderItFirstAppears(String text, List<String> names) {
        assertThat(Formula.parameterNames(text)).containsExactlyElementsOf(names);
    }

    @ParameterizedTest
    @MethodSource("texts")
    void declaringTheNamesLeavesNoUnknownName(String text, List<String> names) {
        try {
            Formula.parse(text, names);
        } catch (FormulaException e) {
            assertThat(e.problem(Locale.ROOT)).doesNotContain("unknown name");
        }
    }

    @Test
    void aCharacterOutsideTheLanguageIsRefusedWithItsPosition() {
        assertThatThrownBy(() -> Formula.parameterNames("a * x $ 2"))
                .isInstanceOfSatisfying(FormulaException.class, e -> assertThat(e.position()).isEqualTo(7));
    }
}
