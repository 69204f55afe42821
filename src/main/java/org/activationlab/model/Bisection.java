package org.activationlab.model;

import java.util.function.DoublePredicate;
import java.util.function.DoubleUnaryOperator;

/** Locates a change between two points by halving the bracket down to adjacent doubles. */
final class Bisection {
    /** Enough halvings to shrink any finite bracket to adjacent doubles. */
    private static final int MAX_STEPS = 2200;

    private Bisection() {
    }

    /**
     * The point where {@code test} changes from {@code test(from)} to {@code !test(from)}, given
     * that it has changed by {@code to}; {@code from} may be above {@code to}.
     */
    static double boundary(DoublePredicate test, double from, double to) {
        boolean start = test.test(from);
        double a = from;
        double b = to;
        for (int i = 0; i < MAX_STEPS; i++) {
            double mid = midpoint(a, b);
            if (mid == a || mid == b) {
                break;
            }
            if (test.test(mid) == start) {
                a = mid;
            } else {
                b = mid;
            }
        }
        return midpoint(a, b);
    }

    /**
     * A zero of {@code g} between {@code a} and {@code b}, where g has opposite non-zero signs;
     * stops early at an exact zero.
     */
    static double signChange(DoubleUnaryOperator g, double a, double b) {
        double signA = Math.signum(g.applyAsDouble(a));
        double lo = a;
        double hi = b;
        for (int i = 0; i < MAX_STEPS; i++) {
            double mid = midpoint(lo, hi);
            if (mid == lo || mid == hi) {
                break;
            }
            double s = Math.signum(g.applyAsDouble(mid));
            if (s == 0) {
                return mid;
            }
            if (s == signA) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return midpoint(lo, hi);
    }

    private static double midpoint(double a, double b) {
        double mid = a + (b - a) / 2;
        return Double.isFinite(mid) ? mid : a / 2 + b / 2;
    }
}
