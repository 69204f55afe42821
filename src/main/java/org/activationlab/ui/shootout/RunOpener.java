package org.activationlab.ui.shootout;

import java.util.function.Consumer;
import org.activationlab.model.Numbers;
import org.activationlab.shootout.RunResult;
import org.activationlab.shootout.ShootoutPlan;
import org.activationlab.ui.Messages;
import org.activationlab.ui.training.TrainingState;
import org.activationlab.ui.training.TrainingViewModel;

/**
 * Opens a shoot-out run in the Training tab: gives the tab the run's settings ({@link TrainingLink})
 * and replays the run to the step the shoot-out stopped at, paused, as a session file is restored
 * ({@link TrainingViewModel#restore}), then shows the tab and says in the status line which run it is
 * and the final loss the tab now shows. A run the tab cannot train is refused with the reason in the
 * status line, and the Training tab is left as it was.
 */
public final class RunOpener {
    private final TrainingViewModel training;
    private final Runnable showTrainingTab;
    private final Consumer<String> status;

    /**
     * @param training the Training tab's model
     * @param showTrainingTab selects the Training tab
     * @param status shows a one-line message to the user
     */
    public RunOpener(TrainingViewModel training, Runnable showTrainingTab, Consumer<String> status) {
        this.training = training;
        this.showTrainingTab = showTrainingTab;
        this.status = status;
    }

    /** Opens {@code run} of {@code plan}, or says why it cannot be opened. */
    public void open(ShootoutPlan plan, RunResult run) {
        TrainingState state;
        try {
            state = TrainingLink.state(plan, run.key(), training.getState());
        } catch (IllegalArgumentException refused) {
            status.accept(refused.getMessage());
            return;
        }
        int steps = run.divergedStep().orElse(plan.steps());
        training.restore(state, plan.steps());
        showTrainingTab.run();
        status.accept(Messages.format(ShootoutKeys.OPENED, TrainingLink.name(plan, run.key()),
                Numbers.format(state.learningRate()), Integer.toString(steps), Double.toString(run.finalLoss())));
    }
}
