package org.activationlab.model;

/**
 * The mathematically valid set of values for a parameter: an interval of finite numbers,
 * optionally restricted to integers.
 *
 * @param min lower end (may be {@code Double.NEGATIVE_INFINITY}, meaning no lower bound)
 * @param minInclusive whether {@code min} itself is allowed
 * @param max upper end (may be {@code Double.POSITIVE_INFINITY}, meaning no upper bound)
 * @param maxInclusive whether {@code max} itself is allowed
 * @param integer whether only whole numbers are allowed
 */
public record Domain(double min, boolean minInclusive, double max, boolean maxInclusive, boolean integer) {

    /** Every finite number. */
    public static final Domain ANY_FINITE =
            new Domain(Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false, false);

    /** Every finite number strictly greater than zero. */
    public static final Domain POSITIVE = new Domain(0, false, Double.POSITIVE_INFINITY, false, false);

    /** The whole numbers from {@code min} to {@code max}, both included. */
    public static Domain integers(int min, int max) {
        return new Domain(min, true, max, true, true);
    }

    /** Whether {@code v} is a finite number inside this domain. */
    public boolean contains(double v) {
        if (!Double.isFinite(v)) {
            return false;
        }
        if (integer && v != Math.rint(v)) {
            return false;
        }
        boolean aboveMin = minInclusive ? v >= min : v > min;
        boolean belowMax = maxInclusive ? v <= max : v < max;
        return aboveMin && belowMax;
    }

    /** A short English description such as "any finite number", "> 0" or "an integer from 1 to 8". */
    public String describe() {
        if (integer) {
            return "an integer from " + (long) min + " to " + (long) max;
        }
        boolean lowerBound = min != Double.NEGATIVE_INFINITY;
        boolean upperBound = max != Double.POSITIVE_INFINITY;
        if (!lowerBound && !upperBound) {
            return "any finite number";
        }
        String lower = (minInclusive ? ">= " : "> ") + Numbers.format(min);
        String upper = (maxInclusive ? "<= " : "< ") + Numbers.format(max);
        if (lowerBound && upperBound) {
            return "a finite number " + lower + " and " + upper;
        }
        return "a finite number " + (lowerBound ? lower : upper);
    }
}
