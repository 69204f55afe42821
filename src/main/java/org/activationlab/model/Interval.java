package org.activationlab.model;

import java.util.function.DoubleFunction;

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

    /**
     * How an interval is written for a reader: each end by {@code number}, the relations "at
     * most" and "at least" as {@code atMost} and {@code atLeast} ({@code <=} on the command line,
     * {@code ≤} on screen), and {@code allX} for the whole line.
     */
    public record Style(DoubleFunction<String> number, String atMost, String atLeast, String allX) {

        /** The command line's style: ends rounded to {@code significantDigits}, ASCII relations. */
        public static Style plain(int significantDigits) {
            return new Style(v -> Numbers.format(v, significantDigits), "<=", ">=", ModelTexts.get("interval.allX"));
        }
    }

    /** As {@link #toString()}, with finite ends rounded to {@code significantDigits} significant digits. */
    public String format(int significantDigits) {
        return format(Style.plain(significantDigits));
    }

    /** As {@link #toString()}, with the ends written in {@code style}: {@code [0, ∞)}, {@code (-1.7581, ∞)}. */
    public String format(Style style) {
        return (lowerClosed ? "[" : "(") + style.number().apply(lower) + ", " + style.number().apply(upper)
                + (upperClosed ? "]" : ")");
    }

    /**
     * The interval as a condition on x, ends rounded to {@code significantDigits} significant
     * digits: {@code "x < -6.9057"}, {@code "x >= 6"}, {@code "-1 <= x < 1"}, {@code "x = 0"} or
     * {@code "all x"}.
     */
    public String asCondition(int significantDigits) {
        return asCondition(Style.plain(significantDigits));
    }

    /** The interval as a condition on x in {@code style}: {@code "x < -6.9068"}, {@code "-1 ≤ x ≤ 1"}. */
    public String asCondition(Style style) {
        if (!boundedBelow() && !boundedAbove()) {
            return style.allX();
        }
        String lowerText = style.number().apply(lower);
        String upperText = style.number().apply(upper);
        if (lower == upper) {
            return "x = " + lowerText;
        }
        String belowUpper = (upperClosed ? " " + style.atMost() + " " : " < ") + upperText;
        if (!boundedBelow()) {
            return "x" + belowUpper;
        }
        if (!boundedAbove()) {
            return "x" + (lowerClosed ? " " + style.atLeast() + " " : " > ") + lowerText;
        }
        return lowerText + (lowerClosed ? " " + style.atMost() + " " : " < ") + "x" + belowUpper;
    }
}
