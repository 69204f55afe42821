package org.activationlab.ui;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers for people reading a table or a projector: five significant digits, no trailing
 * zeros, {@code ∞} for infinities. Typed parameter values are shown exactly instead
 * ({@link org.activationlab.model.Numbers#format}); this is for computed results.
 */
public final class DisplayNumbers {
    private static final MathContext FIVE_DIGITS = new MathContext(5, RoundingMode.HALF_EVEN);
    private static final double SMALLEST_PLAIN = 1e-4;
    private static final double LARGEST_PLAIN = 1e5;

    private DisplayNumbers() {
    }

    /** {@code -1.7581} for SELU's lower bound, {@code 0.25}, {@code 1.235e-7}, {@code ∞}, {@code 0} for -0.0. */
    public static String format(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "-∞";
        }
        if (v == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(v).round(FIVE_DIGITS).stripTrailingZeros();
        double magnitude = Math.abs(rounded.doubleValue());
        if (magnitude >= SMALLEST_PLAIN && magnitude < LARGEST_PLAIN) {
            return rounded.toPlainString();
        }
        String unscaled = rounded.unscaledValue().abs().toString();
        int exponent = unscaled.length() - 1 - rounded.scale();
        String mantissa = unscaled.length() == 1 ? unscaled : unscaled.charAt(0) + "." + unscaled.substring(1);
        return (rounded.signum() < 0 ? "-" : "") + mantissa + "e" + exponent;
    }
}
