package org.activationlab.nn.neuron;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.activationlab.model.Activation;
import org.activationlab.model.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Linear collapse: a stack with the identity is one affine map, exactly; with a non-linearity it is not. */
class LinearStackTest {
    private static final Activation IDENTITY = Catalogue.get("identity");

    /** Bit for bit, at every multiple of 1/8 in [-4, 4] (and of 1/64 for one input). */
    @Property(tries = 300)
    void identityStackEqualsItsCompositionExactly(@ForAll @IntRange(min = 1, max = 4) int inputs,
                                                  @ForAll @IntRange(min = 1, max = 4) int width,
                                                  @ForAll @IntRange(min = 1, max = 6) int layers,
                                                  @ForAll long seed) {
        LinearStack stack = LinearStack.random(inputs, width, layers, seed);
        AffineMap map = stack.compose();
        int steps = inputs == 1 ? 512 : 64;
        for (int k = 0; k <= steps; k++) {
            double[] x = new double[inputs];
            for (int m = 0; m < inputs; m++) {
                x[m] = -4 + 8.0 * ((k + 7 * m) % (steps + 1)) / steps;
            }
            assertThat(stack.evaluate(IDENTITY, x)).isEqualTo(map.apply(x));
        }
    }

    @Test
    void twoLayersComposeByHand() {
        LinearStack stack = LinearStack.random(2, 3, 2, 42);
        double[][] w1 = stack.weights(0);
        double[] b1 = stack.biases(0);
        double[] w2 = stack.weights(1)[0];
        double b2 = stack.biases(1)[0];
        double[] expectedWeights = new double[2];
        double expectedBias = b2;
        for (int j = 0; j < 3; j++) {
            expectedWeights[0] += w2[j] * w1[j][0];
            expectedWeights[1] += w2[j] * w1[j][1];
            expectedBias += w2[j] * b1[j];
        }
        AffineMap map = stack.compose();
        assertThat(map.weights()).containsExactly(expectedWeights);
        assertThat(map.bias()).isEqualTo(expectedBias);
    }

    @Test
    void oneLayerIsItsOwnMap() {
        LinearStack stack = LinearStack.random(2, 4, 1, 3);
        assertThat(stack.compose().weights()).containsExactly(stack.weights(0)[0]);
        assertThat(stack.compose().bias()).isEqualTo(stack.biases(0)[0]);
    }

    @Test
    void weightsAreQuartersInMinusTwoToTwo() {
        LinearStack stack = LinearStack.random(4, 4, 6, 8);
        for (int l = 0; l < stack.layers(); l++) {
            for (double[] row : stack.weights(l)) {
                for (double w : row) {
                    assertThat(w * 4).isEqualTo(Math.rint(w * 4));
                    assertThat(w).isBetween(-2.0, 2.0);
                }
            }
        }
    }

    /**
     * With a non-linear activation the same stack bends: the second difference along x somewhere
     * exceeds 1e-3, while with the identity it is exactly 0 everywhere.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tanh", "sigmoid", "gelu"})
    void aNonLinearActivationBendsTheStack(String name) {
        LinearStack stack = LinearStack.random(1, 4, 4, 5);
        assertThat(maxSecondDifference(stack, IDENTITY)).isZero();
        assertThat(maxSecondDifference(stack, Catalogue.get(name))).isGreaterThan(1e-3);
    }

    private static double maxSecondDifference(LinearStack stack, Activation activation) {
        double max = 0;
        double h = 0.25;
        for (double x = -3.75; x <= 3.75; x += h) {
            double second = stack.evaluate(activation, x - h) - 2 * stack.evaluate(activation, x)
                    + stack.evaluate(activation, x + h);
            max = Math.max(max, Math.abs(second));
        }
        return max;
    }

    @Test
    void rejectsBadSizesAndInputs() {
        assertThatThrownBy(() -> LinearStack.random(1, 4, 7, 1))
                .hasMessage("the number of layers must be an integer from 1 to 6, got 7");
        assertThatThrownBy(() -> LinearStack.random(0, 4, 2, 1))
                .hasMessage("the number of inputs must be an integer from 1 to 4, got 0");
        assertThatThrownBy(() -> LinearStack.random(1, 5, 2, 1))
                .hasMessage("the width must be an integer from 1 to 4, got 5");
        assertThatThrownBy(() -> LinearStack.random(2, 2, 2, 1).evaluate(IDENTITY, 1.0))
                .hasMessage("the stack takes 2 inputs, got 1");
    }
}
