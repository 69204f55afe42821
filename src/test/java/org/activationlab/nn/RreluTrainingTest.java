package org.activationlab.nn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import org.activationlab.model.ActivationSpec;
import org.activationlab.model.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * RReLU in training draws a slope from U(lower, upper) for every element with z &lt;= 0 at every
 * training-mode pass, as PyTorch's training mode does, from the run's own random stream; in
 * evaluation it is leaky ReLU with slope (lower + upper) / 2.
 */
class RreluTrainingTest {

    @Test
    void aTrainingPassDrawsOneSlopePerNonPositiveElement() {
        UnitKind kind = UnitKind.of(Catalogue.create("rrelu", Map.of("lower", 0.1, "upper", 0.3)));
        assertThat(kind.randomInTraining()).isTrue();
        double[] z = {-2, -1, 0, 0.5, 3, -4};
        double[] a = new double[z.length];
        double[] slopes = new double[z.length];
        kind.forwardTraining(Double.NaN, z, 2, 3, a, slopes, null, new Rng(11));
        for (int i = 0; i < z.length; i++) {
            if (z[i] > 0) {
                assertThat(a[i]).isEqualTo(z[i]);
                assertThat(slopes[i]).isEqualTo(1.0);
            } else {
                assertThat(slopes[i]).isGreaterThanOrEqualTo(0.1).isLessThan(0.3);
                assertThat(a[i]).isEqualTo(slopes[i] * z[i]);
            }
        }
        assertThat(Arrays.stream(new double[] {slopes[0], slopes[1], slopes[2], slopes[5]}).distinct().count())
                .isEqualTo(4);
        double[] again = new double[z.length];
        kind.forwardTraining(Double.NaN, z, 2, 3, a, again, null, new Rng(11));
        assertThat(again).isEqualTo(slopes);
    }

    @Test
    void evaluationUsesTheMeanSlope() {
        UnitKind kind = UnitKind.of(Catalogue.create("rrelu", Map.of("lower", 0.1, "upper", 0.3)));
        double[] z = {-2, 0, 1};
        double[] a = new double[3];
        double[] d = new double[3];
        kind.forward(Double.NaN, z, 1, 3, a, d, null);
        assertThat(a).containsExactly(-0.4, 0, 1);
        assertThat(d).containsExactly(0.2, 0.2, 1);
    }

    @Test
    void otherUnitKindsAreTheSameInTraining() {
        assertThat(UnitKind.of(Catalogue.get("leaky_relu")).randomInTraining()).isFalse();
        assertThat(UnitKind.of(Catalogue.get("prelu")).randomInTraining()).isFalse();
        assertThat(UnitKind.of(Catalogue.get("maxout")).randomInTraining()).isFalse();
    }

    /** U(s, s) is s exactly, so rrelu with lower = upper = s trains bit for bit as leaky_relu(s). */
    @ParameterizedTest(name = "batch size {0}")
    @ValueSource(ints = {0, 16})
    void withLowerEqualToUpperItTrainsExactlyAsLeakyRelu(int batch) {
        double[] rrelu = train(ActivationSpec.of("rrelu", Map.of("lower", 0.25, "upper", 0.25)), batch, 7);
        double[] leaky = train(ActivationSpec.of("leaky_relu", Map.of("slope", 0.25)), batch, 7);
        assertThat(rrelu).isEqualTo(leaky);
    }

    /** The random slopes change the updates (against the mean slope), and the seed reproduces them. */
    @ParameterizedTest(name = "batch size {0}")
    @ValueSource(ints = {0, 16})
    void randomSlopesChangeTheRunAndTheSeedReproducesIt(int batch) {
        ActivationSpec rrelu = ActivationSpec.of("rrelu", Map.of("lower", 0.1, "upper", 0.4));
        double[] first = train(rrelu, batch, 7);
        assertThat(train(rrelu, batch, 7)).isEqualTo(first);
        assertThat(train(rrelu, batch, 8)).isNotEqualTo(first);
        assertThat(first).isNotEqualTo(train(ActivationSpec.of("leaky_relu", Map.of("slope", 0.25)), batch, 7));
    }

    private static double[] train(ActivationSpec activation, int batch, long seed) {
        DataSplit data = Task.SPIRAL.split(100, 0.2, 0.1, 7);
        NetworkSpec spec = NetworkSpec.of(ProblemType.CLASSIFICATION, activation, 5, 5);
        TrainingConfig config = TrainingConfig.defaults(spec).withSeed(seed).withBatchSize(batch)
                .withOptimizer(OptimizerKind.ADAM).withLearningRate(0.01);
        Trainer trainer = new Trainer(config, data);
        trainer.run(30);
        return trainer.snapshot().weights().parameters();
    }
}
