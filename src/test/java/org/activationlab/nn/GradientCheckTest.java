package org.activationlab.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.activationlab.model.ActivationSpec;
import org.activationlab.model.Activation;
import org.activationlab.model.Catalogue;
import org.activationlab.model.Gate;
import org.activationlab.model.GatedSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Like {@code torch.autograd.gradcheck}: the back-propagated gradient of every parameter
 * (weights, biases, PReLU alpha, every Maxout piece, both rows of a gated unit) against central
 * finite differences of an independently computed loss, for every catalogue activation and gated unit, on a 3-2 hidden network, for
 * classification and regression.
 */
class GradientCheckTest {
    private static final double H = 1e-6;
    private static final double KINK_MARGIN = 1e-3;

    static Stream<Arguments> networks() {
        List<Activation> activations = new ArrayList<>(Catalogue.all());
        for (Gate g : Gate.values()) {
            activations.add(GatedSpec.of(g).resolve());
        }
        activations.add(Catalogue.create("prelu", Map.of("alpha", -0.3)));
        activations.add(Catalogue.create("maxout", Map.of("k", 3.0)));
        activations.add(Catalogue.create("maxout", Map.of("k", 1.0)));
        activations.add(Catalogue.create("leaky_relu", Map.of("slope", 0.2)));
        activations.add(Catalogue.create("softplus", Map.of("beta", 3.0)));
        activations.add(Catalogue.create("elu", Map.of("alpha", 0.5)));
        activations.add(Catalogue.create("swish", Map.of("beta", 2.0)));
        return activations.stream().flatMap(a -> Stream.of(
                Arguments.of(a, ProblemType.CLASSIFICATION), Arguments.of(a, ProblemType.REGRESSION)));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("networks")
    void backPropagationMatchesFiniteDifferences(Activation activation, ProblemType type) {
        NetworkSpec spec = NetworkSpec.of(type, ActivationSpec.of(activation), 3, 2);
        Dataset data = randomData(type, 7, new Rng(11));
        NetworkWeights weights = weightsAwayFromKinks(spec, data);

        double[] analytic = backPropagated(weights, data);
        double[] numeric = ReferenceNetwork.numericalGradient(weights, data, H);

        for (int k = 0; k < analytic.length; k++) {
            assertThat(analytic[k]).as("parameter %d of %s", k, activation)
                    .isCloseTo(numeric[k], offset(1e-8 + 1e-6 * Math.abs(numeric[k])));
        }
    }

    /** The trainer's kernels: forward, loss gradient, backward. */
    static double[] backPropagated(NetworkWeights weights, Dataset data) {
        Layout layout = Layout.of(weights.spec());
        Workspace w = new Workspace(layout, data.size());
        double[] x = data.featureMajorInputs();
        double[] p = weights.parameters();
        Propagation.forward(layout, p, x, w, true);
        Loss.mean(data.type(), w.out, data.targetArray(), data.size(), w.outGradient);
        double[] grad = new double[p.length];
        Propagation.backward(layout, p, x, w, grad);
        return grad;
    }

    /** Random parameters (normal, sd 0.8, biases and alphas too) whose pre-activations all stay clear of kinks. */
    private static NetworkWeights weightsAwayFromKinks(NetworkSpec spec, Dataset data) {
        Layout layout = Layout.of(spec);
        for (long seed = 1; seed < 200; seed++) {
            Rng rng = new Rng(seed);
            double[] p = new double[layout.parameterCount()];
            for (int k = 0; k < p.length; k++) {
                p[k] = 0.8 * rng.nextGaussian();
            }
            NetworkWeights weights = new NetworkWeights(spec, layout, p);
            if (ReferenceNetwork.kinkMargin(weights, data) > KINK_MARGIN) {
                return weights;
            }
        }
        throw new AssertionError("no parameters clear of the kinks of " + spec.activations().get(0));
    }

    static Dataset randomData(ProblemType type, int size, Rng rng) {
        double[] x = new double[size * type.inputs()];
        double[] y = new double[size];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.uniform(-1.5, 1.5);
        }
        for (int i = 0; i < size; i++) {
            y[i] = type == ProblemType.CLASSIFICATION ? i % 2 : rng.nextGaussian();
        }
        return new Dataset(type, x, y);
    }
}
