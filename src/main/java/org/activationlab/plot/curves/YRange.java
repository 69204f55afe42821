package org.activationlab.plot.curves;

/**
 * The vertical range of a panel: automatic (fitted to the visible data) or fixed.
 *
 * @param automatic whether to fit the data
 * @param min the fixed lower end (NaN when automatic)
 * @param max the fixed upper end (NaN when automatic)
 */
public record YRange(boolean automatic, double min, double max) {

    /** Fitted to the data. */
    public static final YRange AUTO = new YRange(true, Double.NaN, Double.NaN);

    public YRange {
        if (!automatic && (!Double.isFinite(min) || !Double.isFinite(max) || !(min < max))) {
            throw new IllegalArgumentException("a fixed y range must be finite with min < max, got ["
                    + min + ", " + max + "]");
        }
    }

    /**
     * A fixed range.
     *
     * @throws IllegalArgumentException unless both ends are finite and min &lt; max
     */
    public static YRange fixed(double min, double max) {
        return new YRange(false, min, max);
    }
}
