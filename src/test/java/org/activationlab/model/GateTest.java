package org.activationlab.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.CsvSource;

class GateTest {

    @ParameterizedTest
    @EnumSource(Gate.class)
    void partialsMatchCentralDifferencesAwayFromKinks(Gate gate) {
        double h = 1e-6;
        for (double a : new double[] {-2.5, -0.3, 0.7, 3.1}) {
            for (double b : new double[] {-4.2, -1.1, 0.35, 2.9}) {
                double da = (gate.value(a + h, b) - gate.value(a - h, b)) / (2 * h);
                double db = (gate.value(a, b + h) - gate.value(a, b - h)) / (2 * h);
                assertThat(gate.partialA(a, b)).as("dh/da at (%s, %s)", a, b).isCloseTo(da, within(1e-7));
                assertThat(gate.partialB(a, b)).as("dh/db at (%s, %s)", a, b).isCloseTo(db, within(1e-7));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Gate.class)
    void theDiagonalDerivativeIsTheSumOfThePartials(Gate gate) {
        Activation diagonal = gate.diagonal();
        for (double x = -6; x <= 6; x += 0.37) {
            assertThat(diagonal.value(x)).isEqualTo(x * gate.gate().value(x));
            assertThat(diagonal.derivative(x)).isEqualTo(gate.partialA(x, x) + gate.partialB(x, x));
        }
    }

    @ParameterizedTest
    @CsvSource({"-7.5", "-1", "0", "0.25", "3", "800", "-800"})
    void gluOnTheDiagonalIsSilu(double x) {
        Activation silu = Catalogue.get("silu");
        Activation diagonal = Gate.GLU.diagonal();
        assertThat(diagonal.value(x)).isCloseTo(silu.value(x), within(1e-15 * (1 + Math.abs(silu.value(x)))));
        assertThat(diagonal.derivative(x)).isCloseTo(silu.derivative(x), within(1e-15 * (1 + Math.abs(silu.derivative(x)))));
    }

    @ParameterizedTest
    @CsvSource({"glu, GLU", "reglu, REGLU", "geglu, GEGLU", "swiglu, SWIGLU"})
    void unitsAreFoundByName(String name, Gate gate) {
        assertThat(Gate.named(name)).contains(gate);
        assertThat(gate.displayName(Locale.ROOT)).isNotBlank();
        assertThat(gate.diagonal().info().displayName(Locale.ROOT)).contains("a = b");
    }

    @org.junit.jupiter.api.Test
    void reluGateIsClosedAtZeroLikePyTorch() {
        assertThat(Gate.REGLU.partialB(2, 0)).isZero();
        assertThat(Gate.named("gelu")).isEmpty();
    }
}
