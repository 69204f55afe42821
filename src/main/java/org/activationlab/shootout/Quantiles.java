package org.activationlab.shootout;

import java.util.Arrays;

/**
 * Medians and quartiles of small samples, by linear interpolation between order statistics
 * (Hyndman and Fan 1996, definition 7, as NumPy's and R's defaults): with the values sorted as
 * x[0] &lt;= ... &lt;= x[n-1] and h = (n - 1) p, the p-quantile is x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h]).
 * Infinite values sort to the ends and take part as they are (a quantile between +infinity and
 * +infinity is +infinity, not NaN); NaN values sort after +infinity and must be mapped to a value first
 * by callers that can meet them.
 */
public final class Quantiles {
    private Quantiles() {
    }

    /** The sorted copy of {@code values}. */
    public static double[] sorted(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s;
    }

    /** The p-quantile of already sorted values (NaN for none). */
    public static double ofSorted(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        double fraction = h - lo;
        if (fraction == 0 || sorted[lo] == sorted[lo + 1]) {
            return sorted[lo];
        }
        return sorted[lo] + fraction * (sorted[lo + 1] - sorted[lo]);
    }

    /** The median (the 0.5-quantile: the middle value, or the mean of the two middle ones). */
    public static double median(double[] values) {
        return ofSorted(sorted(values), 0.5);
    }

    /** The first quartile, median and third quartile. */
    public static double[] quartiles(double[] values) {
        double[] s = sorted(values);
        return new double[] {ofSorted(s, 0.25), ofSorted(s, 0.5), ofSorted(s, 0.75)};
    }
}
