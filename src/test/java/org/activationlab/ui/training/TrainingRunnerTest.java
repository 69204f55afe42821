package org.activationlab.ui.training;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import org.activationlab.nn.Regularization;
import org.junit.jupiter.api.Test;

/** A closed runner drops what it is sent: a control of a closed window may still send its last edit. */
class TrainingRunnerTest {

    @Test
    void aClosedRunnerDropsCommandsInsteadOfFailing() {
        TrainingState setup = TrainingState.INITIAL.with(e -> e.points = 40);
        TrainingRunner runner = new TrainingRunner(List.of(new TrainingRunner.Run(setup.config(), setup.data())));
        runner.close();

        assertThatCode(() -> {
            runner.setLearningRate(0.5);
            runner.setRegularization(Regularization.NONE);
            runner.step(10);
            runner.load(List.of(new TrainingRunner.Run(setup.config(), setup.data())));
        }).doesNotThrowAnyException();
    }
}
