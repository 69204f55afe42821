package org.activationlab.shootout;

import java.util.Optional;

/**
 * A contender against the baseline on one task and measure.
 *
 * @param measure what is compared
 * @param median the contender's median over the paired seeds
 * @param baselineMedian the baseline's median over the same seeds
 * @param difference the median difference with its interval
 */
public record Comparison(Measure measure, double median, double baselineMedian, MedianDifference difference) {

    /** The verdict key ({@link Measure#verdictKey}) when the interval excludes 0, else empty. */
    public Optional<String> verdictKey() {
        return difference.excludesZero() ? Optional.of(measure.verdictKey(difference)) : Optional.empty();
    }
}
