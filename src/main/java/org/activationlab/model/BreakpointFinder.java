package org.activationlab.model;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.DoubleUnaryOperator;

/**
 * Classifies the candidate breakpoints of an activation: the kinks it reports (known
 * analytically) and the origin, where every catalogue function that changes formula does so.
 *
 * <p>A candidate is a jump, a kink or a join when the difference between f (or f', or a
 * one-sided estimate of f'') just right and just left of it persists as the distance shrinks
 * tenfold; for a function that is smooth there the difference shrinks with the distance.
 * Reported kinks where nothing jumps (leaky ReLU with slope 1) are dropped. Non-differentiable
 * points are only taken from {@link Activation#kinks()}: the origin is examined for a join only.
 */
final class BreakpointFinder {
    /** Offsets for the value and slope tests, relative to max(1, |x|). */
    private static final double NEAR = 1e-9;
    /** Offsets for the one-sided second-derivative test, relative to max(1, |x|). */
    private static final double CURVATURE_STEP = 1e-4;
    /** A persistent difference must keep at least this fraction when the offset shrinks tenfold. */
    private static final double PERSISTENT = 0.5;
    /** Differences below this fraction of the magnitudes involved are rounding. */
    private static final double RELATIVE_FLOOR = 1e-12;
    /** A continuous f changes by at most 2 |f'| h across [x - h, x + h]; a jump must exceed twice that. */
    private static final double SLOPE_MARGIN = 4;
    /** Relative rounding error of a difference of two derivative values, with a safety margin. */
    private static final double ROUNDING = 1e-13;

    private BreakpointFinder() {
    }

    /** The breakpoints of {@code a}, in increasing order. */
    static List<Breakpoint> find(Activation a) {
        TreeSet<Double> reported = new TreeSet<>();
        for (double k : a.kinks()) {
            reported.add(k + 0.0);
        }
        TreeSet<Double> candidates = new TreeSet<>(reported);
        candidates.add(0.0);
        List<Breakpoint> result = new ArrayList<>();
        for (double x : candidates) {
            Breakpoint.Kind kind = classify(a, x, reported.contains(x));
            if (kind != null) {
                result.add(new Breakpoint(x, kind));
            }
        }
        return result;
    }

    private static Breakpoint.Kind classify(Activation a, double x, boolean reportedKink) {
        double scale = Math.max(1, Math.abs(x));
        if (reportedKink && valueJumps(a, x, NEAR * scale)) {
            return Breakpoint.Kind.JUMP;
        }
        if (reportedKink && jumps(a::derivative, x, NEAR * scale)) {
            return Breakpoint.Kind.KINK;
        }
        if (curvatureJumps(a, x, CURVATURE_STEP * scale)) {
            return Breakpoint.Kind.JOIN;
        }
        return null;
    }

    /**
     * Whether f' jumps at the reported kink {@code x}, by the same test that finds kinks; at a jump
     * of f this tells whether the pieces' slopes differ too.
     */
    static boolean derivativeJumps(Activation a, double x) {
        return jumps(a::derivative, x, NEAR * Math.max(1, Math.abs(x)));
    }

    /**
     * Whether f itself jumps at x: f(x + h) - f(x - h) stays away from zero as h shrinks, and is
     * more than the slope next to x can explain. The second test keeps rounding noise from
     * posing as a jump: with huge weights (maxout's 1e307 x + 3e307) f near a kink is computed
     * with absolute errors of 1e291 that do not shrink with h, but are tiny next to f' h.
     */
    private static boolean valueJumps(Activation a, double x, double h) {
        double narrow = Math.abs(a.value(x + h / 10) - a.value(x - h / 10));
        double slope = Math.max(Math.abs(a.derivative(x + h / 10)), Math.abs(a.derivative(x - h / 10)));
        return narrow > SLOPE_MARGIN * slope * (h / 10) && jumps(a::value, x, h);
    }

    /** Whether g(x + h) - g(x - h) stays away from zero as h shrinks. */
    private static boolean jumps(DoubleUnaryOperator g, double x, double h) {
        double wide = Math.abs(g.applyAsDouble(x + h) - g.applyAsDouble(x - h));
        double narrow = Math.abs(g.applyAsDouble(x + h / 10) - g.applyAsDouble(x - h / 10));
        double magnitude = Math.max(Math.abs(g.applyAsDouble(x + h)), Math.abs(g.applyAsDouble(x - h)));
        return persists(wide, narrow, magnitude);
    }

    /** Whether the one-sided estimates of f'' on either side of x differ persistently. */
    private static boolean curvatureJumps(Activation a, double x, double h) {
        double wide = Math.abs(rightCurvature(a, x, h) - leftCurvature(a, x, h));
        double narrow = Math.abs(rightCurvature(a, x, h / 10) - leftCurvature(a, x, h / 10));
        double curvature = Math.max(Math.abs(rightCurvature(a, x, h)), Math.abs(leftCurvature(a, x, h)));
        double slope = Math.max(Math.abs(a.derivative(x + h)), Math.abs(a.derivative(x - h)));
        double rounding = ROUNDING * slope / (h / 10);
        return narrow > rounding && persists(wide, narrow, curvature);
    }

    private static double rightCurvature(Activation a, double x, double h) {
        return (a.derivative(x + 2 * h) - a.derivative(x + h)) / h;
    }

    private static double leftCurvature(Activation a, double x, double h) {
        return (a.derivative(x - h) - a.derivative(x - 2 * h)) / h;
    }

    private static boolean persists(double wide, double narrow, double magnitude) {
        return narrow > 0 && narrow > RELATIVE_FLOOR * magnitude && narrow >= PERSISTENT * wide;
    }
}
