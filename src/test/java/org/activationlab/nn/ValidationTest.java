package org.activationlab.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.activationlab.model.ActivationSpec;
import org.junit.jupiter.api.Test;

/** Out-of-range settings are refused with a message naming the value and what is allowed. */
class ValidationTest {
    private final ActivationSpec relu = ActivationSpec.of("relu");
    private final NetworkSpec spec = NetworkSpec.of(ProblemType.CLASSIFICATION, relu, 4);

    @Test
    void networkShape() {
        assertThatThrownBy(() -> NetworkSpec.of(ProblemType.CLASSIFICATION, relu))
                .hasMessage("a network needs 1 to 6 hidden layers, got 0");
        assertThatThrownBy(() -> NetworkSpec.of(ProblemType.CLASSIFICATION, relu, 1, 2, 3, 4, 5, 6, 7))
                .hasMessage("a network needs 1 to 6 hidden layers, got 7");
        assertThatThrownBy(() -> NetworkSpec.of(ProblemType.CLASSIFICATION, relu, 4, 17))
                .hasMessage("hidden layer 2 has 17 units; each layer needs 1 to 16");
        assertThatThrownBy(() -> NetworkSpec.of(ProblemType.CLASSIFICATION, relu, 0))
                .hasMessage("hidden layer 1 has 0 units; each layer needs 1 to 16");
        assertThatThrownBy(() -> new NetworkSpec(ProblemType.CLASSIFICATION, List.of(2, 2), List.of(relu)))
                .hasMessage("2 hidden layers need as many activations, got 1");
    }

    @Test
    void trainingSettings() {
        TrainingConfig c = TrainingConfig.defaults(spec);
        assertThatThrownBy(() -> c.withLearningRate(0)).hasMessage("the learning rate must be a finite number > 0, got 0");
        assertThatThrownBy(() -> c.withLearningRate(Double.NaN)).hasMessage("the learning rate must be a finite number > 0, got NaN");
        assertThatThrownBy(() -> c.withMomentum(1)).hasMessage("the momentum must be a number >= 0 and < 1, got 1");
        assertThatThrownBy(() -> c.withBatchSize(-1)).hasMessage("the batch size must be 0 (full batch) or positive, got -1");
        assertThatThrownBy(() -> c.withBiasInit(Double.POSITIVE_INFINITY))
                .hasMessage("the initial bias must be a finite number, got inf");
        assertThatThrownBy(() -> new Regularization(-1, 0)).hasMessage("the L1 coefficient must be a finite number >= 0, got -1");
        assertThatThrownBy(() -> new Regularization(0, Double.NaN)).hasMessage("the L2 coefficient must be a finite number >= 0, got NaN");
        assertThatThrownBy(() -> OptimizerKind.byName("sgd")).hasMessage("unknown optimizer 'sgd'; choose one of gd, momentum, adam");
    }

    @Test
    void networkAndDataMustAgree() {
        DataSplit sin = Task.SIN.split(10, 0, 0.1, 1);
        assertThatThrownBy(() -> new Trainer(TrainingConfig.defaults(spec), sin))
                .hasMessage("the network is built for classification but the data is for regression");
    }

    @Test
    void trainerSettersCheckTheirValues() {
        Trainer trainer = new Trainer(TrainingConfig.defaults(spec), Task.XOR.split(10, 0, 0.1, 1));
        assertThatThrownBy(() -> trainer.setLearningRate(-1)).hasMessage("the learning rate must be a finite number > 0, got -1");
        trainer.setRegularization(new Regularization(0.1, 0.2));
        assertThat(trainer.regularization()).isEqualTo(new Regularization(0.1, 0.2));
    }
}
