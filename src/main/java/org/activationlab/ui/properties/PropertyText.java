package org.activationlab.ui.properties;

import org.activationlab.model.ActivationProperties;
import org.activationlab.model.Interval;
import org.activationlab.model.Monotonicity;
import org.activationlab.model.Smoothness;
import org.activationlab.ui.DisplayNumbers;
import org.activationlab.ui.Messages;
import org.activationlab.ui.TextKeys;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How each computed property reads in the table and the details: {@code (0, 1)},
 * {@code x < -6.9068}, {@code x = 0, 6}, {@code 2.3×}.
 */
final class PropertyText {
    private PropertyText() {
    }

    /** The values f takes: {@code (0, 1)}, {@code [0, ∞)}, or the set {@code {0, 1}} of a piecewise-constant function. */
    static String range(ActivationProperties p) {
        if (p.discrete()) {
            return p.discreteValues().stream().map(DisplayNumbers::format).collect(Collectors.joining(", ", "{", "}"));
        }
        return interval(p.range());
    }

    /** {@code [0, ∞)}, {@code (-1.7581, ∞)}. */
    static String interval(Interval i) {
        return i.format(style());
    }

    /** Where along x an interval lies: {@code x < -6.9068}, {@code -1 ≤ x ≤ 1}, {@code all x}. */
    static String region(Interval i) {
        return i.asCondition(style());
    }

    /** Intervals on screen: ends as {@link DisplayNumbers} writes them, {@code ≤} and {@code ≥}. */
    private static Interval.Style style() {
        return new Interval.Style(DisplayNumbers::format, "≤", "≥", Messages.get(TextKeys.VALUE_ALL_X));
    }

    /** Regions joined by commas, or {@code none}. */
    static String regions(List<Interval> regions) {
        if (regions.isEmpty()) {
            return Messages.get(TextKeys.VALUE_NONE);
        }
        return regions.stream().map(PropertyText::region).collect(Collectors.joining(", "));
    }

    /** Points of x, kinks or discontinuities: {@code x = 0, 6} or {@code none}. */
    static String kinks(List<Double> kinks) {
        if (kinks.isEmpty()) {
            return Messages.get(TextKeys.VALUE_NONE);
        }
        return "x = " + kinks.stream().map(DisplayNumbers::format).collect(Collectors.joining(", "));
    }

    /** {@code below and above}, {@code below}, {@code above} or {@code no}. */
    static String bounded(ActivationProperties p) {
        if (p.boundedBelow() && p.boundedAbove()) {
            return Messages.get(TextKeys.VALUE_BOUNDED_BOTH);
        }
        if (p.boundedBelow()) {
            return Messages.get(TextKeys.VALUE_BOUNDED_BELOW);
        }
        if (p.boundedAbove()) {
            return Messages.get(TextKeys.VALUE_BOUNDED_ABOVE);
        }
        return Messages.get(TextKeys.VALUE_NO);
    }

    static String yesNo(boolean b) {
        return Messages.get(b ? TextKeys.VALUE_YES : TextKeys.VALUE_NO);
    }

    static String monotonicity(Monotonicity m) {
        return Messages.get(TextKeys.MONOTONICITY_PREFIX + m.name());
    }

    static String smoothness(Smoothness s) {
        return Messages.get(TextKeys.SMOOTHNESS_PREFIX + s.name());
    }

    /** {@code 2.3×} (relative to ReLU). */
    static String cost(double relativeCost) {
        return Messages.format(TextKeys.VALUE_COST, String.format(Locale.ROOT, "%.1f", relativeCost));
    }
}
