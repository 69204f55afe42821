package org.activationlab.plot.shootout;

import java.util.Arrays;
import java.util.List;
import org.activationlab.nn.ProblemType;
import org.activationlab.plot.PlotTexts;

/**
 * The figures of a shoot-out task: the distribution of one measure per activation (a box plot with
 * the runs over it), or the median training-loss curves with their interquartile bands.
 */
public enum ShootoutFigure {
    /** The test loss after the last step. */
    TEST_LOSS("testLoss"),
    /** The test accuracy after the last step (classification only). */
    TEST_ACCURACY("testAccuracy"),
    /** The steps to reach the target training accuracy; runs that never did are censored (classification only). */
    STEPS_TO_TARGET("steps"),
    /** The share of hidden units dead or saturated at the end (a dead unit is saturated too). */
    DEAD_OR_SATURATED("saturated"),
    /** The median training loss per recorded step with the interquartile band. */
    LOSS_CURVES("curves");

    private final String key;

    ShootoutFigure(String key) {
        this.key = key;
    }

    /** Whether this figure shows a distribution per activation (every figure but the curves). */
    public boolean isDistribution() {
        return this != LOSS_CURVES;
    }

    /** Whether the figure applies to a task of this type (accuracies need classification). */
    public boolean appliesTo(ProblemType type) {
        return type == ProblemType.CLASSIFICATION || (this != TEST_ACCURACY && this != STEPS_TO_TARGET);
    }

    /** The figures that apply to a task of {@code type}, in order. */
    public static List<ShootoutFigure> of(ProblemType type) {
        return Arrays.stream(values()).filter(f -> f.appliesTo(type)).toList();
    }

    /** What the figure shows, in the current language, e.g. "Test loss". */
    public String displayName() {
        return PlotTexts.get("shootout.figure." + key);
    }

    @Override
    public String toString() {
        return displayName();
    }
}
