package org.activationlab.plot;

import java.util.Objects;

/**
 * A polyline through sampled points, drawn with one stroke (one SVG path). A NaN or infinite
 * y, or a non-positive y on a log axis, breaks the line there.
 */
public final class Series implements PlotItem {
    private final String name;
    private final Text label;
    private final double[] xs;
    private final double[] ys;
    private final LineStyle style;

    /**
     * @param name a machine name, unique in its panel, e.g. {@code "df:sigmoid"}
     * @param label what a legend or readout calls it
     * @param xs the x of each point (copied)
     * @param ys the y of each point (copied), as many as {@code xs}
     * @param style its stroke
     */
    public Series(String name, Text label, double[] xs, double[] ys, LineStyle style) {
        this.name = Objects.requireNonNull(name, "name");
        this.label = Objects.requireNonNull(label, "label");
        this.style = Objects.requireNonNull(style, "style");
        if (xs.length != ys.length) {
            throw new IllegalArgumentException("series " + name + " has " + xs.length + " x values but "
                    + ys.length + " y values");
        }
        this.xs = xs.clone();
        this.ys = ys.clone();
    }

    public String name() {
        return name;
    }

    public Text label() {
        return label;
    }

    public LineStyle style() {
        return style;
    }

    /** The number of points. */
    public int size() {
        return xs.length;
    }

    /** The x of point i. */
    public double x(int i) {
        return xs[i];
    }

    /** The y of point i. */
    public double y(int i) {
        return ys[i];
    }

    /** A copy of the x values. */
    public double[] xs() {
        return xs.clone();
    }

    /** A copy of the y values. */
    public double[] ys() {
        return ys.clone();
    }

    @Override
    public String toString() {
        return "Series[" + name + ", " + xs.length + " points]";
    }
}
