package org.activationlab.shootout;

import java.util.function.ToDoubleFunction;

/**
 * What the shoot-out compares against the baseline, how a run's value is read (missing values made
 * comparable: a NaN loss, from a diverged run, counts as +infinity, the worst; a target never reached
 * as +infinity steps), and which direction is better.
 */
public enum Measure {
    /** The test loss after the last step; lower is better. */
    TEST_LOSS("testLoss", r -> Double.isNaN(r.testLoss()) ? Double.POSITIVE_INFINITY : r.testLoss(), true,
            "verdict.testLoss.lower", "verdict.testLoss.higher"),
    /** The test accuracy after the last step (classification only); higher is better. */
    TEST_ACCURACY("testAccuracy", RunResult::testAccuracy, false,
            "verdict.testAccuracy.lower", "verdict.testAccuracy.higher"),
    /** The first step whose training accuracy reached the target (classification only); fewer is better. */
    STEPS_TO_TARGET("steps", r -> r.stepsToTarget().isPresent() ? r.stepsToTarget().getAsInt() : Double.POSITIVE_INFINITY,
            true, "verdict.steps.lower", "verdict.steps.higher");

    private final String key;
    private final ToDoubleFunction<RunResult> value;
    private final boolean lowerIsBetter;
    private final String lowerKey;
    private final String higherKey;

    Measure(String key, ToDoubleFunction<RunResult> value, boolean lowerIsBetter, String lowerKey, String higherKey) {
        this.key = key;
        this.value = value;
        this.lowerIsBetter = lowerIsBetter;
        this.lowerKey = lowerKey;
        this.higherKey = higherKey;
    }

    /** The run's value, comparable as the class comment says. */
    public double of(RunResult run) {
        return value.applyAsDouble(run);
    }

    /** The name in keys and column names, e.g. {@code testLoss}. */
    public String key() {
        return key;
    }

    /** Whether a smaller value is better. */
    public boolean lowerIsBetter() {
        return lowerIsBetter;
    }

    /** Whether the measure applies to a task of this kind (accuracies need classification). */
    public boolean appliesTo(boolean classification) {
        return this == TEST_LOSS || classification;
    }

    /**
     * The verdict key of a difference whose interval excludes 0: {@code verdict.KEY.lower} or
     * {@code verdict.KEY.higher}, by the sign of the interval.
     */
    public String verdictKey(MedianDifference d) {
        return d.high() < 0 ? lowerKey : higherKey;
    }
}
