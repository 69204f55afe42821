package org.activationlab.model;

import java.math.BigDecimal;
import java.math.MathContext;

/** Formatting of doubles for people: whole numbers without ".0", others so that they round-trip. */
public final class Numbers {
    private Numbers() {
    }

    /** {@code 1} for 1.0, {@code 0.01} for 0.01, {@code inf} and {@code -inf} for infinities. */
    public static String format(double v) {
        if (v == Double.POSITIVE_INFINITY) {
            return "inf";
        }
        if (v == Double.NEGATIVE_INFINITY) {
            return "-inf";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    /**
     * {@code v} rounded to {@code significantDigits} significant digits for display, printed like
     * {@link #format(double)}: {@code -1.7581} for SELU's lower bound at 5 digits.
     */
    public static String format(double v, int significantDigits) {
        if (!Double.isFinite(v)) {
            return format(v);
        }
        double rounded = new BigDecimal(v).round(new MathContext(significantDigits)).doubleValue();
        return format(rounded + 0.0);
    }
}
