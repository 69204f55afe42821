package org.activationlab.plot;

import java.util.List;
import java.util.Objects;

/**
 * One axis of a figure: what it is called and the data range it shows. A categorical axis
 * ({@link #categories(Text, List)}) puts category i (from 1) at the value i and labels its tick
 * with the category's name instead of a number.
 *
 * @param label its title, e.g. "x" or the LaTeX {@code f'(x)}
 * @param min the smallest value shown (finite; > 0 on a log axis)
 * @param max the largest value shown (finite, > min)
 * @param scale linear or logarithmic
 * @param categories the names of the categories at 1, 2, ..., or empty for a numeric axis
 * @param ticksUpTo the largest value that gets a tick (+infinity: every value up to {@code max}); the
 *     range above it shows something other than the axis' values (e.g. runs beyond a limit)
 */
public record Axis(Text label, double min, double max, Scale scale, List<String> categories, double ticksUpTo) {

    /** A numeric axis. */
    public Axis(Text label, double min, double max, Scale scale) {
        this(label, min, max, scale, List.of());
    }

    /** An axis with ticks over its whole range. */
    public Axis(Text label, double min, double max, Scale scale, List<String> categories) {
        this(label, min, max, scale, categories, Double.POSITIVE_INFINITY);
    }

    public Axis {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(scale, "scale");
        categories = List.copyOf(categories);
        if (!categories.isEmpty() && scale != Scale.LINEAR) {
            throw new IllegalArgumentException("a categorical axis is linear");
        }
        if (!Double.isFinite(min) || !Double.isFinite(max) || !(min < max)) {
            throw new IllegalArgumentException("axis range must be finite with min < max, got ["
                    + min + ", " + max + "]");
        }
        if (scale == Scale.LOG && !(min > 0)) {
            throw new IllegalArgumentException("a logarithmic axis needs min > 0, got " + min);
        }
        if (Double.isNaN(ticksUpTo)) {
            throw new IllegalArgumentException("the ticks' end must be a number, got NaN");
        }
    }

    /** A linear axis. */
    public static Axis linear(String label, double min, double max) {
        return new Axis(Text.plain(label), min, max, Scale.LINEAR);
    }

    /**
     * A categorical axis from 0.5 to n + 0.5: category i (from 1) sits at the value i, its tick
     * labelled {@code names.get(i - 1)}.
     */
    public static Axis categories(Text label, List<String> names) {
        if (names.isEmpty()) {
            throw new IllegalArgumentException("a categorical axis needs at least one category");
        }
        return new Axis(label, 0.5, names.size() + 0.5, Scale.LINEAR, names);
    }

    /** The same axis over another range. */
    public Axis withRange(double newMin, double newMax) {
        return new Axis(label, newMin, newMax, scale, categories, ticksUpTo);
    }

    /** The same axis with ticks only up to {@code value} (see {@link #ticksUpTo()}). */
    public Axis withTicksUpTo(double value) {
        return new Axis(label, min, max, scale, categories, value);
    }

    /** Whether {@code v} lies in [min, max]. */
    public boolean contains(double v) {
        return v >= min && v <= max;
    }
}
