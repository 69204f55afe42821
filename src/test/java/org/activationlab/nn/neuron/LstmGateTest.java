package org.activationlab.nn.neuron;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The LSTM gate arithmetic and why only the sigmoid makes a valve. */
class LstmGateTest {

    @Test
    void passedIsGateTimesTanhOfTheCandidate() {
        LstmGate.Reading r = LstmGate.read(GateFunction.SIGMOID, 0, 1);
        assertThat(r.gate()).isEqualTo(0.5);
        assertThat(r.candidate()).isEqualTo(Math.tanh(1));
        assertThat(r.passed()).isEqualTo(0.5 * Math.tanh(1));
    }

    @ParameterizedTest(name = "sigmoid gate at {0}: passes {1} of the candidate")
    @CsvSource({"-10, 0.0000454", "0, 0.5", "10, 0.9999546"})
    void sigmoidGateClosesAndOpens(double a, double share) {
        LstmGate.Reading r = LstmGate.read(GateFunction.SIGMOID, a, 2);
        assertThat(r.passed() / r.candidate()).isCloseTo(share, Offset.offset(1e-7));
    }

    /** A sigmoid gate only ever passes a share of the candidate, with the candidate's sign. */
    @Property(tries = 1000)
    void sigmoidGateIsAValve(@ForAll @DoubleRange(min = -30, max = 30) double a,
                             @ForAll @DoubleRange(min = -30, max = 30) double c) {
        LstmGate.Reading r = LstmGate.read(GateFunction.SIGMOID, a, c);
        assertThat(Math.abs(r.passed())).isLessThanOrEqualTo(Math.abs(r.candidate()));
        assertThat(r.passed() * r.candidate()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void tanhGateFlipsTheSignAndReluGateAmplifies() {
        LstmGate.Reading tanh = LstmGate.read(GateFunction.TANH, -2, 1);
        assertThat(tanh.passed()).isNegative();
        assertThat(tanh.candidate()).isPositive();
        LstmGate.Reading relu = LstmGate.read(GateFunction.RELU, 3, 1);
        assertThat(relu.passed()).isEqualTo(3 * Math.tanh(1));
        assertThat(Math.abs(relu.passed())).isGreaterThan(Math.abs(relu.candidate()));
    }

    @Test
    void onlyTheSigmoidIsAValve() {
        assertThat(GateFunction.SIGMOID.isValve()).isTrue();
        assertThat(GateFunction.TANH.isValve()).isFalse();
        assertThat(GateFunction.RELU.isValve()).isFalse();
        assertThat(GateFunction.SIGMOID.range()).hasToString("(0, 1)");
        assertThat(GateFunction.TANH.range()).hasToString("(-1, 1)");
        assertThat(GateFunction.RELU.range()).hasToString("[0, inf)");
    }

    @Test
    void sigmoidForgetGateKeepsTheCellStateBounded() {
        double[] c = LstmGate.cellState(GateFunction.SIGMOID, 4, 4, 3, 2000);
        double f = 1 / (1 + Math.exp(-4));
        double limit = LstmGate.read(GateFunction.SIGMOID, 4, 3).passed() / (1 - f);
        assertThat(c[0]).isZero();
        for (double v : c) {
            assertThat(Math.abs(v)).isLessThanOrEqualTo(limit + 1e-12);
        }
        assertThat(c[2000]).isCloseTo(limit, Offset.offset(1e-9));
    }

    @Test
    void reluForgetGateAboveOneMakesTheStateGrowGeometrically() {
        double[] c = LstmGate.cellState(GateFunction.RELU, 2, 1, 1, 30);
        for (int t = 2; t <= 30; t++) {
            assertThat(c[t] / c[t - 1]).isGreaterThan(2.0);
        }
        assertThat(c[30]).isGreaterThan(1e8);
    }

    @Test
    void tanhForgetGateBelowZeroMakesTheStateFlipSign() {
        double[] c = LstmGate.cellState(GateFunction.TANH, -3, 2, 2, 20);
        int flips = 0;
        for (int t = 2; t <= 20; t++) {
            if (c[t] * c[t - 1] < 0 || c[t] < c[t - 1] == c[t - 1] > c[Math.max(0, t - 2)]) {
                flips++;
            }
        }
        assertThat(flips).isGreaterThan(10);
        assertThatThrownBy(() -> LstmGate.cellState(GateFunction.TANH, 0, 0, 0, 0))
                .hasMessage("the number of steps must be at least 1, got 0");
    }
}
