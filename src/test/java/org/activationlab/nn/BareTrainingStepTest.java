package org.activationlab.nn;

import static org.assertj.core.api.Assertions.assertThat;

import org.activationlab.model.ActivationSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The benchmark's bare step makes the trainer's updates: the same loss after every step, to the last bit. */
class BareTrainingStepTest {

    @ParameterizedTest(name = "{0} on {1} with {2}")
    @CsvSource({"tanh, moons, gd", "relu, sin, momentum", "prelu, xor, adam", "maxout, circle, gd"})
    void bareStepsFollowTheTrainersLosses(String activation, String task, String optimizer) {
        DataSplit data = Task.valueOf(task.toUpperCase()).split(120, 0.2, 0.1, 3);
        NetworkSpec spec = NetworkSpec.of(data.type(), ActivationSpec.of(activation), 6, 4);
        TrainingConfig config = TrainingConfig.defaults(spec).withOptimizer(OptimizerKind.byName(optimizer))
                .withLearningRate(0.05);
        Trainer trainer = new Trainer(config, data);
        BareTrainingStep bare = new BareTrainingStep(config, data);
        for (int k = 0; k < 30; k++) {
            assertThat(bare.step()).as("loss after %d steps", k).isEqualTo(trainer.loss());
            trainer.step();
        }
    }
}
