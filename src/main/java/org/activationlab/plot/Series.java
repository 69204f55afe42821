package org.activationlab.plot;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.activationlab.model.Jump;

/**
 * A polyline through sampled points, drawn with one stroke (one SVG path). A NaN or infinite
 * y, or a non-positive y on a log axis, breaks the line there.
 *
 * <p>A series may know where its function jumps ({@link #withJumps}): there the line is cut, each
 * piece runs to its limit, a filled dot marks the value taken at the point and an open dot each
 * limit not taken, instead of a vertical segment joining the pieces.
 */
public final class Series implements PlotItem {
    private final String name;
    private final Text label;
    private final double[] xs;
    private final double[] ys;
    private final LineStyle style;
    private final List<Jump> jumps;

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
        this.jumps = List.of();
    }

    private Series(Series s, List<Jump> jumps) {
        this.name = s.name;
        this.label = s.label;
        this.style = s.style;
        this.xs = s.xs;
        this.ys = s.ys;
        this.jumps = jumps;
    }

    /**
     * A copy that draws the given jumps as jumps; those that do not jump ({@link Jump#jumps()}) or
     * lie outside the open range of x are left out.
     *
     * @throws IllegalArgumentException if there are jumps to draw and x is not non-decreasing
     */
    public Series withJumps(List<Jump> newJumps) {
        List<Jump> inside = newJumps.stream()
                .filter(j -> j.jumps() && xs.length > 1 && j.x() > xs[0] && j.x() < xs[xs.length - 1])
                .sorted(Comparator.comparingDouble(Jump::x))
                .toList();
        for (int i = 1; !inside.isEmpty() && i < xs.length; i++) {
            if (!(xs[i] >= xs[i - 1])) {
                throw new IllegalArgumentException("series " + name + " with jumps needs non-decreasing x, but x["
                        + i + "] = " + xs[i] + " follows " + xs[i - 1]);
            }
        }
        return new Series(this, inside);
    }

    /** The jumps drawn as jumps, in increasing x, all inside the open range of x. */
    public List<Jump> jumps() {
        return jumps;
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

    /** The x values themselves, for the painter, which only reads them. */
    double[] xValues() {
        return xs;
    }

    /** The y values themselves, for the painter, which only reads them. */
    double[] yValues() {
        return ys;
    }

    @Override
    public String toString() {
        return "Series[" + name + ", " + xs.length + " points]";
    }
}
