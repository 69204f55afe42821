package org.activationlab.ui.session;

import java.util.Objects;
import java.util.Optional;
import org.activationlab.model.Activation;
import org.activationlab.ui.training.TrainingSetup;
import org.activationlab.ui.training.TrainingViewModel;

/**
 * What a session keeps of the Training tab. The weights are not stored: the setup's data and
 * weight seeds make the run replay exactly, and {@code step} says how far to replay it.
 *
 * @param setup the data, network and training settings (validated by {@link TrainingSetup})
 * @param comparison the activation of the network trained beside it, empty when not comparing
 * @param speed steps per frame, one of {@link TrainingViewModel#SPEEDS} (0 = as fast as possible)
 * @param step how many steps the run had taken, 0 or more
 */
public record TrainingSettings(TrainingSetup setup, Optional<Activation> comparison, int speed, int step) {
    public TrainingSettings {
        Objects.requireNonNull(setup, "setup");
        Objects.requireNonNull(comparison, "comparison");
        if (!TrainingViewModel.SPEEDS.contains(speed)) {
            throw new IllegalArgumentException("the speed must be one of " + TrainingViewModel.SPEEDS
                    + " steps per frame (0 = as fast as possible), got " + speed);
        }
        if (step < 0) {
            throw new IllegalArgumentException("the step must be a whole number >= 0, got " + step);
        }
    }
}
