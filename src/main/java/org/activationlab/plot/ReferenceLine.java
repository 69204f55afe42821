package org.activationlab.plot;

import java.util.Objects;

/**
 * A straight line across the whole plot area at a fixed x (vertical) or y (horizontal), e.g.
 * the zero axes.
 *
 * @param orientation which way it runs
 * @param value the x of a vertical line or the y of a horizontal one
 * @param style its stroke
 */
public record ReferenceLine(Orientation orientation, double value, LineStyle style) implements PlotItem {

    /** Which way a reference line runs. */
    public enum Orientation {
        /** At a fixed y. */
        HORIZONTAL,
        /** At a fixed x. */
        VERTICAL
    }

    public ReferenceLine {
        Objects.requireNonNull(orientation, "orientation");
        Objects.requireNonNull(style, "style");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("reference line needs a finite position, got " + value);
        }
    }

    /** A horizontal line at y. */
    public static ReferenceLine horizontal(double y, LineStyle style) {
        return new ReferenceLine(Orientation.HORIZONTAL, y, style);
    }

    /** A vertical line at x. */
    public static ReferenceLine vertical(double x, LineStyle style) {
        return new ReferenceLine(Orientation.VERTICAL, x, style);
    }
}
