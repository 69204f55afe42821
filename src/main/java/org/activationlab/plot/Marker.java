package org.activationlab.plot;

import java.util.Objects;

/**
 * A symbol at a data point, optionally labelled beside it, e.g. the four inputs of an AND
 * neuron on its sigmoid.
 *
 * @param x data x
 * @param y data y
 * @param shape its symbol
 * @param size its diameter in points at scale 1
 * @param ink its fill colour (the outline is the background colour, for contrast)
 * @param label drawn to the upper right of the symbol; may be {@link Text#NONE}
 */
public record Marker(double x, double y, Shape shape, float size, Ink ink, Text label) implements PlotItem {

    /** Marker symbols. */
    public enum Shape {
        CIRCLE, SQUARE, DIAMOND, TRIANGLE, CROSS
    }

    public Marker {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(ink, "ink");
        Objects.requireNonNull(label, "label");
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("marker needs a finite position, got (" + x + ", " + y + ")");
        }
        if (!(size > 0) || !Float.isFinite(size)) {
            throw new IllegalArgumentException("marker size must be a finite number > 0, got " + size);
        }
    }
}
