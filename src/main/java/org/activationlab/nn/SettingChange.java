package org.activationlab.nn;

import java.util.Objects;

/**
 * The learning rate and penalties a run used from step {@code step} on, after a change during
 * the run: with the configuration's seeds, the list of a run's changes replays it exactly.
 *
 * @param step the number of updates made when the change took effect (it applies to the next one)
 */
public record SettingChange(int step, double learningRate, Regularization regularization) {
    public SettingChange {
        if (step < 0) {
            throw new IllegalArgumentException("the step must be 0 or more, got " + step);
        }
        TrainingConfig.checkLearningRate(learningRate);
        Objects.requireNonNull(regularization, "regularization");
    }

    /** The settings {@code trainer} uses for its next step. */
    public static SettingChange of(Trainer trainer) {
        return new SettingChange(trainer.steps(), trainer.learningRate(), trainer.regularization());
    }

    /** Makes {@code trainer} use these settings from its next step. */
    public void applyTo(Trainer trainer) {
        trainer.setLearningRate(learningRate);
        trainer.setRegularization(regularization);
    }
}
