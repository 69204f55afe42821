package org.activationlab.model;

/**
 * An interval of the real line with open or closed ends; infinite ends are always open.
 * Prints the way a textbook writes it: {@code (0, 1)}, {@code [0, inf)}, {@code (-inf, -6.9)}.
 */
public record Interval(double lower, boolean lowerClosed, double upper, boolean upperClosed) {

    /** The whole real line. */
    public static final Interval REALS =
            new Interval(Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false);

    public Interval {
        if (Double.isNaN(lower) || Double.isNaN(upper) || lower > upper) {
            throw new IllegalArgumentException("not an interval: " + lower + ", " + upper);
        }
        lowerClosed = lowerClosed && Double.isFinite(lower);
        upperClosed = upperClosed && Double.isFinite(upper);
    }

    /** Whether {@code x} lies in the interval. */
    public boolean contains(double x) {
        boolean aboveLower = lowerClosed ? x >= lower : x > lower;
        boolean belowUpper = upperClosed ? x <= upper : x < upper;
        return aboveLower && belowUpper;
    }

    /** Whether the lower end is finite. */
    public boolean boundedBelow() {
        return Double.isFinite(lower);
    }

    /** Whether the upper end is finite. */
    public boolean boundedAbove() {
        return Double.isFinite(upper);
    }

    @Override
    public String toString() {
        return (lowerClosed ? "[" : "(") + Numbers.format(lower) + ", " + Numbers.format(upper)
                + (upperClosed ? "]" : ")");
    }

    /** As {@link #toString()}, with finite ends rounded to {@code significantDigits} significant digits. */
    public String format(int significantDigits) {
        return (lowerClosed ? "[" : "(") + Numbers.format(lower, significantDigits) + ", "
                + Numbers.format(upper, significantDigits) + (upperClosed ? "]" : ")");
    }

    /**
     * The interval as a condition on x, ends rounded to {@code significantDigits} significant
     * digits: {@code "x < -6.9057"}, {@code "x >= 6"}, {@code "-1 <= x < 1"}, {@code "x = 0"} or
     * {@code "all x"}.
     */
    public String asCondition(int significantDigits) {
        String lowerText = Numbers.format(lower, significantDigits);
        String upperText = Numbers.format(upper, significantDigits);
        if (lower == upper) {
            return "x = " + lowerText;
        }
        if (!boundedBelow() && !boundedAbove()) {
            return ModelTexts.get("interval.allX");
        }
        if (!boundedBelow()) {
            return "x " + (upperClosed ? "<=" : "<") + " " + upperText;
        }
        if (!boundedAbove()) {
            return "x " + (lowerClosed ? ">=" : ">") + " " + lowerText;
        }
        return lowerText + " " + (lowerClosed ? "<=" : "<") + " x " + (upperClosed ? "<=" : "<") + " " + upperText;
    }
}
