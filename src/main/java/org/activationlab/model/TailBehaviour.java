package org.activationlab.model;

import java.util.List;

/**
 * What f does as x goes to +inf or -inf, read from f at |x| = 10^290 ... 10^300 (the largest
 * decades a double holds comfortably), or beyond the outermost breakpoint when that lies
 * further out: it settles on a limit, grows without bound, or neither (it oscillates, as sin
 * does). A value that overflows to infinity there counts as growing without bound. A function
 * whose tail is still moving at 1e300 (celu with alpha above about 1e288, swish with
 * beta below about 1e-288) is read as unbounded on that side.
 *
 * @param kind the kind of behaviour
 * @param limit the limit for {@link Kind#LIMIT}, +-inf for the diverging kinds, NaN otherwise
 */
record TailBehaviour(Kind kind, double limit) {
    private static final int POINTS = 41;
    private static final double FIRST = 1e290;
    /** The far points span this factor. */
    private static final double SPAN = 1e10;
    /** Values within this of the last one, relative to 1 + |last|, have settled. */
    private static final double SETTLED = 1e-12;

    /** The shape of a tail. */
    enum Kind {
        /** f tends to a finite limit. */
        LIMIT,
        /** f grows without bound. */
        PLUS_INFINITY,
        /** f falls without bound. */
        MINUS_INFINITY,
        /** f has no limit (e.g. sin). */
        OSCILLATING
    }

    /**
     * The behaviour of {@code a} as x goes to {@code direction} times infinity.
     *
     * @param direction +1 or -1
     * @param breakpoints the breakpoints of {@code a}; the tail is read beyond the outermost
     */
    static TailBehaviour of(Activation a, int direction, List<Breakpoint> breakpoints) {
        double beyond = 0;
        for (Breakpoint b : breakpoints) {
            if (Math.signum(b.x()) == direction) {
                beyond = Math.max(beyond, Math.abs(b.x()));
            }
        }
        double first = Math.max(FIRST, 10 * beyond);
        double last = Math.min(first * SPAN, Double.MAX_VALUE);
        if (!(first < Double.MAX_VALUE / 2)) {
            first = beyond + (Double.MAX_VALUE - beyond) / 2;
            last = Double.MAX_VALUE;
        }
        double[] values = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            double x = i == POINTS - 1 ? last : first * Math.pow(last / first, (double) i / (POINTS - 1));
            values[i] = a.value(direction * x);
        }
        return classify(values);
    }

    private static TailBehaviour classify(double[] values) {
        double last = values[values.length - 1];
        if (settled(values, last)) {
            return new TailBehaviour(Kind.LIMIT, last + 0.0);
        }
        if (last == Double.POSITIVE_INFINITY || strictlyMonotonic(values, 1)) {
            return new TailBehaviour(Kind.PLUS_INFINITY, Double.POSITIVE_INFINITY);
        }
        if (last == Double.NEGATIVE_INFINITY || strictlyMonotonic(values, -1)) {
            return new TailBehaviour(Kind.MINUS_INFINITY, Double.NEGATIVE_INFINITY);
        }
        return new TailBehaviour(Kind.OSCILLATING, Double.NaN);
    }

    private static boolean settled(double[] values, double last) {
        if (!Double.isFinite(last)) {
            return false;
        }
        for (double v : values) {
            if (!(Math.abs(v - last) <= SETTLED * (1 + Math.abs(last)))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the values strictly increase (sign 1) or decrease (sign -1) as |x| grows. */
    private static boolean strictlyMonotonic(double[] values, int sign) {
        for (int i = 1; i < values.length; i++) {
            if (!(sign * (values[i] - values[i - 1]) > 0)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the tail has a finite limit or diverges, i.e. does not oscillate. */
    boolean settles() {
        return kind != Kind.OSCILLATING;
    }
}
