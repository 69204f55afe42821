package org.activationlab.model.formula;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The derivatives follow PyTorch's autograd on the same expression at the points where the
 * conventions matter (values as {@code torch.autograd.grad} gives them in float64: kinks, ties,
 * comparisons, pow at a zero base or exponent, softplus' threshold; the branch that if, min or
 * max does not take adds nothing, where {@code torch.where} would leak a NaN), and undefined values are NaN or infinite, never an exception; the
 * derivative is also shown as a simplified formula and in TeX.
 */
class FormulaDerivativeTest {

    @ParameterizedTest(name = "{0} at {1}: f = {2}, f' = {3}")
    @CsvSource(delimiter = '|', value = {
        "abs(x)                  | 0    | 0         | 0",
        "relu(x)                 | 0    | 0         | 0",
        "relu(x)                 | 2    | 2         | 1",
        "x > 0                   | 3    | 1         | 0",
        "(x > 0) * x             | 3    | 3         | 1",
        "if(x > 0, x^2, -x)      | 3    | 9         | 6",
        "if(x > 0, x^2, -x)      | -3   | 3         | -1",
        "if(x > 0, log(x), 0)    | -1   | 0         | 0",
        "if(x > 0, log(x), 0)    | 0    | 0         | NaN",
        "if(x > 0, x, expm1(x))  | 800  | 800       | NaN",
        "if(x > 0, x, expm1(x))  | 300  | 300       | 1",
        "min(0, expm1(x))        | 800  | 0         | NaN",
        "min(0, expm1(x))        | 300  | 0         | 0",
        "max(x, 1 / x)           | 0    | Infinity  | -Infinity",
        "max(0, log(x))          | 0    | 0         | NaN",
        "max(x, 0)               | 0    | 0         | 0.5",
        "min(x, 0)               | 0    | 0         | 0.5",
        "max(x, 2 * x)           | 0    | 0         | 1.5",
        "max(x, x)               | 1    | 1         | 1",
        "softplus(x)             | 25   | 25        | 1",
        "softplus(x)             | 0    | 0.6931471805599453 | 0.5",
        "x^2                     | 0    | 0         | 0",
        "x^0                     | 0    | 1         | 0",
        "x^0.5                   | 0    | 0         | Infinity",
        "0^x                     | 1    | 0         | 0",
        "0^x                     | -1   | Infinity  | -Infinity",
        "x^x                     | 0    | 1         | 0",
        "2^x                     | 3    | 8         | 5.545177444479562",
        "pow(x, 3)               | -2   | -8        | 12",
        "sqrt(x)                 | 0    | 0         | Infinity",
        "log(x)                  | 0    | -Infinity | Infinity",
        "log(x)                  | -1   | NaN       | -1",
        "1 / x                   | 0    | Infinity  | -Infinity",
        "abs(log(x))             | -1   | NaN       | 0",
        "sigmoid(x)              | 0    | 0.5       | 0.25",
        "tanh(x)                 | 0    | 0         | 1",
        "erf(x)                  | 0    | 0         | 1.1283791670955126",
    })
    void derivativesFollowPyTorch(String formula, double x, double value, double derivative) {
        FormulaActivation f = FormulaActivation.of(formula, Map.of());
        same(f.value(x), value);
        same(f.derivative(x), derivative);
        double[] v = new double[1];
        double[] d = new double[1];
        f.fill(new double[] {x}, v, d);
        same(v[0], value);
        same(d[0], derivative);
    }

    /** Equal, NaN equal to NaN. */
    static void same(double actual, double expected) {
        if (Double.isNaN(expected)) {
            assertThat(actual).isNaN();
        } else {
            assertThat(actual).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "d/dx {0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "x*tanh(softplus(x))       | tanh(softplus(x)) + x * ((1 - tanh(softplus(x))^2) * sigmoid(x))",
        "a * x^2 + 3*x + 1         | a * (2 * x) + 3",
        "exp(-x)                   | -exp(-x)",
        "relu(x)                   | x > 0",
        "abs(x)                    | (x > 0) - (x < 0)",
        "if(x > 0, x, a * x)       | if(x > 0, 1, a)",
        "2^x                       | 2^x * log(2)",
        "x / (1 + abs(x))          | 1 / (1 + abs(x)) - x * ((x > 0) - (x < 0)) / (1 + abs(x))^2",
        "max(0, x)                 | if(0 > x, 0, if(0 < x, 1, 0.5))",
        "x > a                     | 0",
        "7                         | 0",
    })
    void theDerivativeIsShownAsASimplifiedFormula(String formula, String derivative) {
        assertThat(Formula.parse(formula, List.of("a")).derivativeText()).isEqualTo(derivative);
    }

    @Test
    void formulaAndDerivativeAreTypesetForTheLegend() {
        FormulaActivation mish = FormulaActivation.of("x*tanh(softplus(x))", Map.of());
        assertThat(mish.info().formulaLatex())
                .isEqualTo("f(x) = x \\cdot \\tanh\\left(\\operatorname{softplus}\\left(x\\right)\\right)");
        assertThat(FormulaActivation.of("if(x > 0, x, alpha*expm1(x)) / sqrt(2)", Map.of("alpha", 1.0))
                .info().formulaLatex()).isEqualTo("f(x) = \\frac{\\begin{cases} x & \\quad x > 0 \\\\ \\alpha \\cdot "
                        + "\\operatorname{expm1}\\left(x\\right) & \\quad \\text{otherwise} \\end{cases}}{\\sqrt{2}}");
        assertThat(mish.info().derivativeLatex()).startsWith("f'(x) = ");
        assertThat(mish.info().displayName()).isEqualTo("x*tanh(softplus(x))");
        assertThat(mish.info().userFormula()).isTrue();
    }

    @ParameterizedTest(name = "{0}: kinks at {1}")
    @CsvSource(delimiter = '|', value = {
        "relu(x)                      | 0",
        "abs(x - 0.1) + max(x, 2)     | 0.1; 2",
        "relu(x)^2                    | ''",
        "if(x > -3, if(x < 3, x + 3, 6), 0) | -3; 3",
        "x >= 1.5                     | 1.5",
        "x * tanh(softplus(x))        | ''",
        "min(x, 1000)                 | 1000",
    })
    void kinksAreFoundNumerically(String formula, String kinks) {
        List<Double> expected = kinks.isEmpty() ? List.of()
                : java.util.Arrays.stream(kinks.split(";")).map(s -> Double.parseDouble(s.strip())).toList();
        assertThat(FormulaActivation.of(formula, Map.of()).kinks()).isEqualTo(expected);
    }

    @Test
    void aParameterChangeRecompilesWithoutParsingAndKeepsTheDefault() {
        FormulaActivation f = FormulaActivation.of("a * x", Map.of("a", 2.0));
        FormulaActivation g = f.with("a", 5);
        assertThat(g.formula()).isSameAs(f.formula());
        assertThat(g.value(2)).isEqualTo(10);
        assertThat(g.parameters().get(0).defaultValue()).isEqualTo(2);
        assertThat(g.parameterValues()).isEqualTo(Map.of("a", 5.0));
    }
}
