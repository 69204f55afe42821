package org.activationlab.plot;

import java.util.Objects;

/**
 * One axis of a figure: what it is called and the data range it shows.
 *
 * @param label its title, e.g. "x" or the LaTeX {@code f'(x)}
 * @param min the smallest value shown (finite; > 0 on a log axis)
 * @param max the largest value shown (finite, > min)
 * @param scale linear or logarithmic
 */
public record Axis(Text label, double min, double max, Scale scale) {

    public Axis {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(scale, "scale");
        if (!Double.isFinite(min) || !Double.isFinite(max) || !(min < max)) {
            throw new IllegalArgumentException("axis range must be finite with min < max, got ["
                    + min + ", " + max + "]");
        }
        if (scale == Scale.LOG && !(min > 0)) {
            throw new IllegalArgumentException("a logarithmic axis needs min > 0, got " + min);
        }
    }

    /** A linear axis. */
    public static Axis linear(String label, double min, double max) {
        return new Axis(Text.plain(label), min, max, Scale.LINEAR);
    }

    /** The same axis over another range. */
    public Axis withRange(double newMin, double newMax) {
        return new Axis(label, newMin, newMax, scale);
    }

    /** Whether {@code v} lies in [min, max]. */
    public boolean contains(double v) {
        return v >= min && v <= max;
    }
}
