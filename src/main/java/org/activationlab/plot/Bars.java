package org.activationlab.plot;

import java.util.Arrays;
import java.util.Objects;

/**
 * Adjacent bars from y = 0 (or the axis bottom on a log axis) up to a height over each bin:
 * a histogram, or a bar chart with one bin per category.
 */
public final class Bars implements PlotItem {
    private final String name;
    private final Text label;
    private final double[] edges;
    private final double[] heights;
    private final Ink ink;
    private final float opacity;

    /**
     * @param name a machine name, unique in its panel
     * @param label what a legend calls it
     * @param edges the n + 1 increasing bin edges (copied)
     * @param heights the n bar heights (copied); NaN leaves a gap
     * @param ink the fill and outline colour
     * @param opacity the fill opacity from 0 to 1 (the outline is opaque)
     */
    public Bars(String name, Text label, double[] edges, double[] heights, Ink ink, float opacity) {
        this.name = Objects.requireNonNull(name, "name");
        this.label = Objects.requireNonNull(label, "label");
        this.ink = Objects.requireNonNull(ink, "ink");
        if (edges.length != heights.length + 1) {
            throw new IllegalArgumentException("bars " + name + ": " + heights.length + " heights need "
                    + (heights.length + 1) + " edges, got " + edges.length);
        }
        for (int i = 1; i < edges.length; i++) {
            if (!(edges[i] > edges[i - 1]) || !Double.isFinite(edges[i]) || !Double.isFinite(edges[i - 1])) {
                throw new IllegalArgumentException("bars " + name + ": edges must be finite and increasing");
            }
        }
        if (!(opacity >= 0 && opacity <= 1)) {
            throw new IllegalArgumentException("opacity must be from 0 to 1, got " + opacity);
        }
        this.edges = edges.clone();
        this.heights = heights.clone();
        this.opacity = opacity;
    }

    /**
     * A histogram of {@code data} in {@code bins} equal bins over [min, max]; values outside
     * (and NaN) are not counted, max itself falls in the last bin.
     */
    public static Bars histogram(String name, Text label, double[] data, int bins, double min, double max, Ink ink,
                                 float opacity) {
        if (bins < 1) {
            throw new IllegalArgumentException("a histogram needs at least 1 bin, got " + bins);
        }
        if (!Double.isFinite(min) || !Double.isFinite(max) || !(min < max)) {
            throw new IllegalArgumentException("histogram range must be finite with min < max, got ["
                    + min + ", " + max + "]");
        }
        double[] edges = new double[bins + 1];
        for (int i = 0; i <= bins; i++) {
            edges[i] = i == bins ? max : min + (max - min) * i / bins;
        }
        double[] counts = new double[bins];
        for (double v : data) {
            if (v >= min && v <= max) {
                int bin = Math.min(bins - 1, (int) ((v - min) / (max - min) * bins));
                counts[bin]++;
            }
        }
        return new Bars(name, label, edges, counts, ink, opacity);
    }

    public String name() {
        return name;
    }

    public Text label() {
        return label;
    }

    public Ink ink() {
        return ink;
    }

    public float opacity() {
        return opacity;
    }

    /** The number of bars. */
    public int size() {
        return heights.length;
    }

    /** The left edge of bar i. */
    public double left(int i) {
        return edges[i];
    }

    /** The right edge of bar i. */
    public double right(int i) {
        return edges[i + 1];
    }

    /** The height of bar i. */
    public double height(int i) {
        return heights[i];
    }

    /** A copy of the heights. */
    public double[] heights() {
        return heights.clone();
    }

    @Override
    public String toString() {
        return "Bars[" + name + ", " + heights.length + " bins, " + Arrays.stream(heights).sum() + " total]";
    }
}
