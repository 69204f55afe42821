package org.activationlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which spellings of numbers the command line accepts. */
class NumberTextTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"1, 1", "-0.5, -0.5", "+2, 2", ".5, 0.5", "5., 5", "1e-3, 0.001", "1E+3, 1000", "-0, 0",
            "1.7976931348623157e308, 1.7976931348623157e308", "4.9e-324, 4.9e-324"})
    void acceptsDecimalNotation(String text, double value) {
        assertThat(NumberText.parseFinite(text)).isEqualTo(value);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", " 1", "1 ", "1f", "1d", "0x10", "1,5", "--1", "e3", "1e", "one", "1_000"})
    void rejectsEverythingElse(String text) {
        assertThatThrownBy(() -> NumberText.parseFinite(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'" + text + "' is not a number");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"NaN", "nan", "inf", "-inf", "Infinity", "-Infinity", "+INF"})
    void namesNonFiniteValues(String text) {
        assertThatThrownBy(() -> NumberText.parseFinite(text)).hasMessage(text + " is not a finite number");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1e309", "-2e308"})
    void rejectsOverflow(String text) {
        assertThatThrownBy(() -> NumberText.parseFinite(text)).hasMessage(text + " is beyond the largest finite double");
    }
}
