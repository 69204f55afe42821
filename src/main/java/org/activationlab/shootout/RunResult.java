package org.activationlab.shootout;

import java.util.OptionalInt;

/**
 * What one finished run measured.
 *
 * @param key which run
 * @param finalLoss the training loss after the last step (the last row of {@code train}'s metrics.csv;
 *     NaN or infinite when the run diverged)
 * @param testLoss the test loss after the last step
 * @param testAccuracy the test accuracy after the last step (NaN for regression)
 * @param stepsToTarget the first step (0 = before training) whose training accuracy reached the plan's
 *     target, or empty when no step did: a censored value, known only to exceed the steps run
 * @param deadShare the share of hidden units that are dead at the end (every layer's units together)
 * @param saturatedShare the share of hidden units that are saturated at the end
 * @param divergedStep the step at which the run diverged, or empty
 * @param curve the training loss at each of the plan's {@link ShootoutPlan#recordedSteps()}; +infinity
 *     from a divergence on, so that a diverged run ranks as the worst; empty for a run read back from a
 *     session at a learning rate its activation did not get, whose curve no figure draws (a session keeps
 *     only the curves of the runs {@link ShootoutResult#selected})
 * @param validationLoss the loss of the validation run on its validation points, NaN when the plan does not
 *     tune the rate
 */
public record RunResult(RunKey key, double finalLoss, double testLoss, double testAccuracy, OptionalInt stepsToTarget,
                        double deadShare, double saturatedShare, OptionalInt divergedStep, double[] curve,
                        double validationLoss) {
}
