package org.activationlab.model;

/**
 * What f does as x goes to +inf or -inf, read from f at |x| = 10^290 ... 10^300 (the largest
 * decades a double holds comfortably): it settles on a limit, grows without bound, or neither
 * (it oscillates, as sin does). A value that overflows to infinity there counts as growing
 * without bound.
 *
 * @param kind the kind of behaviour
 * @param limit the limit for {@link Kind#LIMIT}, +-inf for the diverging kinds, NaN otherwise
 */
record TailBehaviour(Kind kind, double limit) {
    /** Far points per decade. */
    private static final int PER_DECADE = 4;
    private static final int FIRST_DECADE = 290;
    private static final int LAST_DECADE = 300;
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
     */
    static TailBehaviour of(Activation a, int direction) {
        int count = (LAST_DECADE - FIRST_DECADE) * PER_DECADE + 1;
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = a.value(direction * Math.pow(10, FIRST_DECADE + (double) i / PER_DECADE));
        }
        double last = values[count - 1];
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
