package org.activationlab.model;

import java.util.Locale;

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

    /**
     * A short description in the current language, such as "any finite number",
     * "a finite number > 0" or "an integer from 1 to 8".
     */
    public String describe() {
        return describe(Locale.getDefault());
    }

    /** The description in {@code locale}'s language ({@link Locale#ROOT}: English, as {@code list} prints it). */
    public String describe(Locale locale) {
        if (integer) {
            return ModelTexts.format(locale, "domain.integers", (long) min, (long) max);
        }
        boolean lowerBound = min != Double.NEGATIVE_INFINITY;
        boolean upperBound = max != Double.POSITIVE_INFINITY;
        if (!lowerBound && !upperBound) {
            return ModelTexts.get(locale, "domain.anyFinite");
        }
        String lower = (minInclusive ? ">= " : "> ") + Numbers.format(min);
        String upper = (maxInclusive ? "<= " : "< ") + Numbers.format(max);
        if (lowerBound && upperBound) {
            return ModelTexts.format(locale, "domain.between", lower, upper);
        }
        return ModelTexts.format(locale, "domain.oneSided", lowerBound ? lower : upper);
    }
}
