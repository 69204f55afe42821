package org.activationlab.model.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.activationlab.model.InvalidParameterException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The formula language's grammar: precedence, associativity, numbers, names and positioned errors. */
class FormulaParserTest {

    private static double eval(String text, double x) {
        return FormulaActivation.of(text, Map.of("a", 3.0)).value(x);
    }

    @ParameterizedTest(name = "{0} at x = {1} is {2}")
    @CsvSource(delimiter = '|', value = {
        "-x^2              | 3   | -9",
        "2^-x              | 1   | 0.5",
        "2^3^2             | 0   | 512",
        "-2^2              | 0   | -4",
        "(-2)^2            | 0   | 4",
        "x^-1^2            | 2   | 0.5",
        "2*-x              | 3   | -6",
        "1 - -x            | 2   | 3",
        "--x               | 5   | 5",
        "+x                | 5   | 5",
        "1 + 2 * 3         | 0   | 7",
        "(1 + 2) * 3       | 0   | 9",
        "8 / 4 / 2         | 0   | 1",
        "8 - 4 - 2         | 0   | 2",
        "2 * 3 ^ 2         | 0   | 18",
        "x > 0             | 2   | 1",
        "x > 0             | -2  | 0",
        "x + 1 > 2 * x     | 0.5 | 1",
        "x < 1 + 1         | 1.5 | 1",
        "x <= 1            | 1   | 1",
        "x >= 1            | 0.5 | 0",
        "x == 2            | 2   | 1",
        "x != 2            | 2   | 0",
        "(x > 0) * x       | -3  | 0",
        "if(x > 0, x, 0.5 * x) | -4 | -2",
        "if(x, 1, 2)       | 0   | 2",
        "if(x, 1, 2)       | 0.1 | 1",
        "min(x, 1)         | 3   | 1",
        "max(0, x)         | -1  | 0",
        "pow(2, x)         | 3   | 8",
        "a * x             | 2   | 6",
        "pi                | 0   | 3.141592653589793",
        "e                 | 0   | 2.718281828459045",
        "1e-3              | 0   | 0.001",
        "2.5E+2            | 0   | 250",
        ".5 + 5.           | 0   | 5.5",
        "  x\t*  2         | 4   | 8",
        "exp(0) + log(1) + log1p(0) + expm1(0) + sqrt(4) | 0 | 3",
        "abs(x) + sin(0) + cos(0) + tan(0) + atan(0) | -2 | 3",
        "sinh(0) + cosh(0) + tanh(0) + erf(0) + erfc(0) | 0 | 2",
        "sigmoid(0) + softplus(0) + relu(-1) | 0 | 1.1931471805599454",
    })
    void precedenceAndAssociativity(String text, double x, double expected) {
        assertThat(eval(text, x)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "x*           | formula 'x*': expected a number, x, a parameter, a function or '(' at position 3",
        "''           | formula '': expected a number, x, a parameter, a function or '(' at position 1",
        "x y          | formula 'x y': expected an operator or the end of the formula at position 3",
        "2x           | formula '2x': expected an operator or the end of the formula at position 2",
        "(x           | formula '(x': expected an operator or ')' at position 3",
        "max(x 1)     | formula 'max(x 1)': expected an operator, ',' or ')' at position 7",
        "max(x,)      | formula 'max(x,)': expected a number, x, a parameter, a function or '(' at position 7",
        "max(x)       | formula 'max(x)': the function max takes 2 arguments, got 1 at position 1",
        "1+exp(x, 2)  | formula '1+exp(x, 2)': the function exp takes 1 argument, got 2 at position 3",
        "if(x, 1)     | formula 'if(x, 1)': the function if takes 3 arguments, got 2 at position 1",
        "x * b        | formula 'x * b': unknown name 'b'; the declared parameters are a at position 5",
        "Exp(x)       | formula 'Exp(x)': unknown function 'Exp'; the functions are exp, log, log1p, expm1, sqrt, abs, sin, cos, tan, atan, sinh, cosh, tanh, erf, erfc, sigmoid, softplus, relu, min, max, pow, if at position 1",
        "X            | formula 'X': unknown name 'X'; the declared parameters are a at position 1",
        "x(2)         | formula 'x(2)': 'x' is not a function at position 1",
        "tanh + 1     | formula 'tanh + 1': expected '(' after the function tanh at position 6",
        "x # 2        | formula 'x # 2': unexpected character '#' at position 3",
        "x = 2        | formula 'x = 2': unexpected character '=' at position 3",
        "0 < x < 1    | formula '0 < x < 1': comparisons do not chain; write (a < b) * (b < c) at position 7",
        "1e999        | formula '1e999': the number 1e999 is too large at position 1",
        "2e           | formula '2e': expected an operator or the end of the formula at position 2",
    })
    void errorsShowTheFormulaThePositionAndWhatWasExpected(String text, String message) {
        assertThatThrownBy(() -> Formula.parse(text, List.of("a"))).isInstanceOf(FormulaException.class)
                .extracting(e -> ((FormulaException) e).message(Locale.ROOT)).isEqualTo(message);
    }

    @org.junit.jupiter.api.Test
    void positionsCountCharactersNotUtf16Units() {
        FormulaException e = org.junit.jupiter.api.Assertions.assertThrows(FormulaException.class,
                () -> Formula.parse("\uD835\uDEFC1 # 2", List.of()));
        assertThat(e.position()).isEqualTo(1);
        FormulaException greek = org.junit.jupiter.api.Assertions.assertThrows(FormulaException.class,
                () -> Formula.parse("α * β * b", List.of("α", "β")));
        assertThat(greek.message(Locale.ROOT))
                .isEqualTo("formula 'α * β * b': unknown name 'b'; the declared parameters are α, β at position 9");
    }

    @ParameterizedTest
    @CsvSource({"x", "pi", "e", "exp", "if", "2a", "a-b", "''"})
    void takenOrMalformedParameterNamesAreRefused(String name) {
        assertThatThrownBy(() -> Formula.parse("x", List.of(name))).isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("'" + name + "' cannot name a parameter");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"x*", "x * b", "max(x)"})
    void theMessageIsChineseToo(String text) {
        FormulaException e = org.junit.jupiter.api.Assertions.assertThrows(FormulaException.class,
                () -> Formula.parse(text, List.of("a")));
        assertThat(e.message(Locale.CHINESE)).startsWith("公式 '" + text + "'：").contains("第 " + e.position() + " 个字符处");
    }
}
