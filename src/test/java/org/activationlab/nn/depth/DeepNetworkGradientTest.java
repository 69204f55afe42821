package org.activationlab.nn.depth;

import static org.assertj.core.api.Assertions.assertThat;

import org.activationlab.model.ActivationSpec;
import org.activationlab.nn.Rng;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The backward pass is the exact gradient: dLoss/dx from back-propagation agrees with central
 * finite differences of Loss(x) = sum g * h_L(x), through batch normalisation in both places,
 * within 1e-6 relative to 1 + |gradient| (the difference step 1e-5 leaves an error near 1e-9).
 * Smooth activations only, so no difference straddles a kink; the gated units (smooth gates) through
 * both halves of their Linear(N, 2N).
 */
class DeepNetworkGradientTest {
    private static final int BATCH = 5;
    private static final int WIDTH = 10;
    private static final double STEP = 1e-5;

    @ParameterizedTest(name = "{0}, {1}, batch norm {2}")
    @CsvSource({
            "tanh,    xavier,        OFF",
            "tanh,    xavier,        BEFORE",
            "tanh,    xavier,        AFTER",
            "sigmoid, he,            OFF",
            "sigmoid, he,            BEFORE",
            "sigmoid, he,            AFTER",
            "gelu,    lecun,         BEFORE",
            "swish,   xavier_normal, AFTER",
            "elu,     he,            OFF",
            "glu,     he,            OFF",
            "geglu,   lecun,         OFF",
            "swiglu,  xavier,        OFF"})
    void backPropagationMatchesFiniteDifferences(String activation, String init, BatchNormMode batchNorm) {
        DepthConfig config = new DepthConfig(ActivationSpec.of(activation).resolve(), WeightInit.parse(init), 0, 4, WIDTH, batchNorm, 3);
        Rng rng = new Rng(17);
        double[] x = gaussians(rng, BATCH * WIDTH);
        double[] g = gaussians(rng, BATCH * WIDTH);
        double[] gradient = inputGradient(config, x, g);
        for (int k = 0; k < x.length; k += 3) {
            double[] plus = x.clone();
            double[] minus = x.clone();
            plus[k] += STEP;
            minus[k] -= STEP;
            double numeric = (loss(config, plus, g) - loss(config, minus, g)) / (2 * STEP);
            assertThat(Math.abs(numeric - gradient[k]) / (1 + Math.abs(gradient[k]))).as("input %d", k)
                    .isLessThan(1e-6);
        }
    }

    private static double[] inputGradient(DepthConfig config, double[] x, double[] g) {
        DeepNetwork network = new DeepNetwork(config);
        network.forward(x, (layer, pre, out, derivative) -> { });
        double[][] result = new double[1][];
        network.backward(g, 0, (layer, dh) -> {
            if (layer == 0) {
                result[0] = dh.clone();
            }
        });
        return result[0];
    }

    private static double loss(DepthConfig config, double[] x, double[] g) {
        double[] out = new DeepNetwork(config).forward(x, (layer, pre, h, derivative) -> { });
        double sum = 0;
        for (int k = 0; k < out.length; k++) {
            sum += g[k] * out[k];
        }
        return sum;
    }

    private static double[] gaussians(Rng rng, int count) {
        double[] values = new double[count];
        for (int k = 0; k < count; k++) {
            values[k] = rng.nextGaussian();
        }
        return values;
    }
}
