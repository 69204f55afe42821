package org.activationlab.nn;

import java.util.Arrays;
import org.activationlab.model.Numbers;

/**
 * Counts of values in equal-width bins over [lower, upper), plus the counts below and at or
 * above that range. Immutable.
 */
public final class Histogram {
    private final double lower;
    private final double upper;
    private final int[] counts;
    private final int below;
    private final int above;

    private Histogram(double lower, double upper, int[] counts, int below, int above) {
        this.lower = lower;
        this.upper = upper;
        this.counts = counts;
        this.below = below;
        this.above = above;
    }

    /**
     * Bins {@code values} into {@code bins} bins over [lower, upper). NaN values count as neither.
     *
     * @throws IllegalArgumentException if the range is empty or not finite, or bins &lt; 1
     */
    public static Histogram of(double[] values, double lower, double upper, int bins) {
        if (!(lower < upper) || !Double.isFinite(lower) || !Double.isFinite(upper) || bins < 1) {
            throw new IllegalArgumentException("a histogram needs a finite range lower < upper and at least one bin, got ["
                    + Numbers.format(lower) + ", " + Numbers.format(upper) + ") with " + bins);
        }
        int[] counts = new int[bins];
        int below = 0;
        int above = 0;
        double scale = bins / (upper - lower);
        for (double v : values) {
            if (v < lower) {
                below++;
            } else if (v >= upper) {
                above++;
            } else if (v >= lower) {
                counts[Math.min(bins - 1, (int) ((v - lower) * scale))]++;
            }
        }
        return new Histogram(lower, upper, counts, below, above);
    }

    /** The lower end of the first bin. */
    public double lower() {
        return lower;
    }

    /** The upper end of the last bin. */
    public double upper() {
        return upper;
    }

    /** The number of bins. */
    public int binCount() {
        return counts.length;
    }

    /** The width of each bin. */
    public double binWidth() {
        return (upper - lower) / counts.length;
    }

    /** The lower end of bin {@code bin}. */
    public double binStart(int bin) {
        return lower + bin * binWidth();
    }

    /** The number of values in bin {@code bin}. */
    public int count(int bin) {
        return counts[bin];
    }

    /** A copy of all bin counts. */
    public int[] counts() {
        return counts.clone();
    }

    /** The number of values below {@link #lower()}. */
    public int below() {
        return below;
    }

    /** The number of values at or above {@link #upper()}. */
    public int above() {
        return above;
    }

    /** The number of values counted, in the bins or outside the range. */
    public int total() {
        return Arrays.stream(counts).sum() + below + above;
    }
}
