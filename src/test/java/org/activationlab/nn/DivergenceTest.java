package org.activationlab.nn;

import static org.assertj.core.api.Assertions.assertThat;

import org.activationlab.model.ActivationSpec;
import org.junit.jupiter.api.Test;

/** A diverging run stops with a status naming the step and the reason; the trainer never throws. */
class DivergenceTest {
    private final DataSplit sin = Task.SIN.split(200, 0.2, 0.1, 1);
    private final NetworkSpec relu = NetworkSpec.of(ProblemType.REGRESSION, ActivationSpec.of("relu"), 8, 8);

    @Test
    void anExplodingLossStopsTheRunAtTheStepItHappened() {
        Trainer trainer = new Trainer(TrainingConfig.defaults(relu).withLearningRate(5), sin);

        int taken = trainer.run(1000);

        assertThat(trainer.status()).isEqualTo(TrainingStatus.DIVERGED);
        Divergence d = trainer.divergence().orElseThrow();
        assertThat(d.step()).isEqualTo(taken).isEqualTo(trainer.steps()).isBetween(1, 20);
        assertThat(d.reason()).startsWith("the training loss exploded from ");
        assertThat(d.message()).isEqualTo("diverged at step " + taken + ": " + d.reason());
        assertThat(trainer.loss()).isGreaterThan(Trainer.EXPLOSION_FACTOR * trainer.snapshot().history().loss(0));
    }

    @Test
    void stepsAfterDivergenceDoNothing() {
        Trainer trainer = new Trainer(TrainingConfig.defaults(relu).withLearningRate(5), sin);
        trainer.run(1000);
        TrainingSnapshot stopped = trainer.snapshot();

        assertThat(trainer.step()).isFalse();
        assertThat(trainer.run(10)).isZero();
        assertThat(trainer.steps()).isEqualTo(stopped.step());
        assertThat(trainer.snapshot().history().size()).isEqualTo(stopped.step() + 1);
        assertThat(trainer.publish().status()).isEqualTo(TrainingStatus.DIVERGED);
        assertThat(trainer.latest().divergence()).contains(stopped.divergence().orElseThrow());
    }

    @Test
    void aNonFiniteLossIsReportedAsSuch() {
        NetworkSpec spec = NetworkSpec.of(ProblemType.REGRESSION, ActivationSpec.of("identity"), 2);
        TrainingConfig huge = TrainingConfig.defaults(spec).withInitializer(Initializer.constant(1e200));

        Trainer trainer = new Trainer(huge, sin);

        assertThat(trainer.divergence()).hasValueSatisfying(d -> {
            assertThat(d.step()).isZero();
            assertThat(d.reason()).isEqualTo("the training loss is infinite");
        });
        assertThat(trainer.step()).isFalse();
    }

    @Test
    void aNaNLossIsReportedAsSuch() {
        NetworkSpec spec = NetworkSpec.of(ProblemType.CLASSIFICATION, ActivationSpec.of("identity"), 2);
        TrainingConfig huge = TrainingConfig.defaults(spec).withInitializer(Initializer.constant(1e300));

        Trainer trainer = new Trainer(huge, Task.XOR.split(20, 0, 0.1, 1));

        assertThat(trainer.divergence().map(Divergence::reason)).contains("the training loss is NaN");
    }

    @Test
    void aHealthyRunKeepsRunning() {
        Trainer trainer = new Trainer(TrainingConfig.defaults(relu).withLearningRate(0.05), sin);
        assertThat(trainer.run(200)).isEqualTo(200);
        assertThat(trainer.status()).isEqualTo(TrainingStatus.RUNNING);
        assertThat(trainer.divergence()).isEmpty();
    }
}
