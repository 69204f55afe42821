package org.activationlab.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import org.activationlab.model.ActivationSpec;
import org.junit.jupiter.api.Test;

/**
 * Dying ReLU (source text, section 6, property 4), reproduced with fixed seeds on a 2-8-8-1
 * network: a bias of -3 or a learning rate of 5 leaves ReLU units with zero gradient for every
 * training input, while Leaky ReLU units always pass some gradient.
 */
class DyingReluTest {

    @Test
    void aBiasOfMinus3KillsAtLeast75PercentOfReluUnitsForGood() {
        TrainingSnapshot relu = train("relu", Task.MOONS, 0.1, -3, 500);

        MetricsHistory h = relu.history();
        for (int k = 0; k < h.size(); k++) {
            assertThat(h.deadFraction(0, k)).isGreaterThanOrEqualTo(0.75);
            assertThat(h.deadFraction(1, k)).isEqualTo(1.0);
        }
        assertThat(relu.loss()).as("a dead network cannot learn").isCloseTo(h.loss(0), offset(1e-6));
        assertThat(relu.layers().get(1).units()).allSatisfy(u -> {
            assertThat(u.dead()).isTrue();
            assertThat(u.deathStep()).isZero();
        });
    }

    @Test
    void aLearningRateOf5KillsReluUnitsDuringTraining() {
        TrainingSnapshot relu = train("relu", Task.CIRCLE, 5, 0, 300);

        MetricsHistory h = relu.history();
        assertThat(h.deadFraction(0, 0)).isZero();
        assertThat(h.deadFraction(1, 0)).isLessThanOrEqualTo(0.125);
        assertThat(relu.layers().get(0).deadFraction()).isGreaterThanOrEqualTo(0.5);
        assertThat(relu.layers().get(1).deadFraction()).isEqualTo(1.0);
        assertThat(relu.layers().get(0).units()).filteredOn(UnitDiagnostics::dead)
                .allSatisfy(u -> assertThat(u.deathStep()).isBetween(1, 300));
        assertThat(relu.divergence()).isEmpty();
    }

    @Test
    void leakyReluStaysAliveAndLearnsUnderTheSameSettings() {
        TrainingSnapshot biased = train("leaky_relu", Task.MOONS, 0.1, -3, 500);
        TrainingSnapshot fast = train("leaky_relu", Task.CIRCLE, 5, 0, 300);

        for (TrainingSnapshot s : new TrainingSnapshot[] {biased, fast}) {
            for (int k = 0; k < s.history().size(); k++) {
                assertThat(s.history().deadFraction(0, k)).isZero();
                assertThat(s.history().deadFraction(1, k)).isZero();
            }
        }
        assertThat(fast.loss()).isLessThan(fast.history().loss(0) - 0.05);
    }

    private static TrainingSnapshot train(String activation, Task task, double lr, double bias, int steps) {
        NetworkSpec spec = NetworkSpec.of(ProblemType.CLASSIFICATION, ActivationSpec.of(activation), 8, 8);
        TrainingConfig config = TrainingConfig.defaults(spec).withLearningRate(lr).withBiasInit(bias);
        Trainer trainer = new Trainer(config, task.split(200, 0.2, 0.1, 1));
        trainer.run(steps);
        return trainer.snapshot();
    }
}
