package org.activationlab.nn.depth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import org.activationlab.model.ActivationSpec;
import org.activationlab.model.Activation;
import org.junit.jupiter.api.Test;

/**
 * Gated layers in the depth study: each layer is one Linear(N, 2N) initialised with fanIn = N and
 * fanOut = 2N, a from its first N rows and b from its last N, h = a g(b).
 */
class GatedDepthTest {
    private static final int WIDTH = 100;

    private static DepthLayerStats first(String activation, String init) {
        Activation f = ActivationSpec.of(activation).resolve();
        return DepthStudy.run(new DepthConfig(f, WeightInit.parse(init), 0, 2, WIDTH, BatchNormMode.OFF, 1))
                .layers().get(0);
    }

    /**
     * With unit-variance inputs, a pre-activation's variance is N Var(w): Xavier normal with
     * fanOut = 2N gives 2 / (N + 2N) N = 2/3 for a gated layer (1 for an element-wise one);
     * He's fan_in rule gives 2 either way.
     */
    @Test
    void xavierSeesAGatedLayerAsOneLinearOfTwiceTheWidth() {
        assertThat(first("swiglu", "xavier_normal").preActivationStd()).isCloseTo(Math.sqrt(2.0 / 3), offset(0.03));
        assertThat(first("silu", "xavier_normal").preActivationStd()).isCloseTo(1.0, offset(0.04));
        assertThat(first("reglu", "he").preActivationStd()).isCloseTo(Math.sqrt(2), offset(0.06));
    }

    /** h = a relu(b) with a, b independent N(0, s^2): E h = 0 and Var h = s^2 E relu(b)^2 = s^4 / 2. */
    @Test
    void aRegluLayerOutputsAOfReluBWithItsForwardStatistics() {
        DepthLayerStats s = first("reglu", "he");
        double variance = 2.0 * 2.0 / 2;
        assertThat(s.activationMean()).isCloseTo(0, offset(0.1));
        assertThat(s.activationStd()).isCloseTo(Math.sqrt(variance), offset(0.15));
        assertThat(s.deadFraction()).isZero();
    }

    @Test
    void batchNormalisationIsRefusedForGatedLayers() {
        Activation f = ActivationSpec.of("geglu").resolve();
        assertThatThrownBy(() -> new DepthConfig(f, WeightInit.parse("he"), 0, 3, WIDTH, BatchNormMode.BEFORE, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("batch normalisation works on one pre-activation per unit, but geglu is a gated unit of two "
                        + "(a and b); set batch norm off");
    }
}
