package org.activationlab.plot;

import org.activationlab.shootout.Quantiles;

/**
 * What a box plot draws of a sample (Tukey's box plot, as matplotlib's {@code boxplot} and R's
 * {@code boxplot.stats} define it): the quartiles by {@link Quantiles} (linear interpolation,
 * Hyndman and Fan's definition 7, the same numbers the shoot-out's tables show), and whiskers that
 * reach the most extreme values within 1.5 interquartile ranges of the box; the values beyond are
 * outliers. Infinite values take part as they are (a run that never reached its target counts as
 * +infinity steps): a quartile or whisker can then be +infinity, which the painter draws at the edge
 * of the plot area.
 *
 * @param count the number of values
 * @param q1 the first quartile
 * @param median the median
 * @param q3 the third quartile
 * @param lowWhisker the smallest value at or above q1 - 1.5 IQR
 * @param highWhisker the largest value at or below q3 + 1.5 IQR
 * @param outliers the number of values outside the whiskers
 */
public record BoxStatistics(int count, double q1, double median, double q3, double lowWhisker, double highWhisker,
                            int outliers) {
    /** How many interquartile ranges a whisker reaches beyond the box. */
    public static final double WHISKER_REACH = 1.5;

    /**
     * The statistics of {@code values}.
     *
     * @throws IllegalArgumentException for no values or a NaN among them
     */
    public static BoxStatistics of(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("a box plot needs at least one value");
        }
        double[] sorted = Quantiles.sorted(values);
        if (Double.isNaN(sorted[sorted.length - 1])) {
            throw new IllegalArgumentException("a box plot's values must not be NaN");
        }
        double q1 = Quantiles.ofSorted(sorted, 0.25);
        double q3 = Quantiles.ofSorted(sorted, 0.75);
        double iqr = q3 - q1;
        double reach = Double.isNaN(iqr) ? Double.POSITIVE_INFINITY : WHISKER_REACH * iqr;
        double lowFence = q1 - reach;
        double highFence = q3 + reach;
        double low = Double.NaN;
        double high = Double.NaN;
        int outliers = 0;
        for (double v : sorted) {
            if (v < lowFence || v > highFence) {
                outliers++;
            } else {
                low = Double.isNaN(low) ? v : low;
                high = v;
            }
        }
        return new BoxStatistics(sorted.length, q1, Quantiles.ofSorted(sorted, 0.5), q3, low, high, outliers);
    }
}
