package org.activationlab.model;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Finds the set of values an activation takes.
 *
 * <p>On each smooth piece the extremes of f lie at its critical points (found by bisection on
 * the sign of f' between grid points), at its ends (the breakpoints, where the value is attained)
 * or in its tails (a limit, approached but not attained unless the tail is constant). An end of
 * the range is closed when some attained value reaches it, open otherwise. A piecewise-constant
 * function (the step) also gets the finite set of its values.
 */
final class ValueRange {
    /** Values this close, relative to 1 + |v|, are the same bound. */
    private static final double SAME = 1e-12;

    private double max = Double.NEGATIVE_INFINITY;
    private boolean maxAttained;
    private double min = Double.POSITIVE_INFINITY;
    private boolean minAttained;

    private ValueRange() {
    }

    /** The range of {@code a}: its hull, and its finitely many values when it is piecewise constant. */
    static Result of(Activation a, PieceStructure structure, Samples samples, TailBehaviour left, TailBehaviour right) {
        ValueRange range = new ValueRange();
        for (Breakpoint b : structure.breakpoints()) {
            range.offer(a.value(b.x()), true);
        }
        for (Piece piece : structure.pieces()) {
            if (piece.constant()) {
                range.offer(a.value(inside(piece)), true);
            } else {
                range.offerCriticalPoints(a, piece, samples);
                range.offerOneSidedLimits(a, piece, structure);
            }
        }
        range.offerTail(left, structure.pieces().get(0));
        range.offerTail(right, structure.pieces().get(structure.pieces().size() - 1));
        for (int i = 0; i < samples.size(); i++) {
            range.offer(samples.value(i), false);
        }
        Interval hull = new Interval(range.min + 0.0, range.minAttained, range.max + 0.0, range.maxAttained);
        return new Result(hull, structure.piecewiseConstant() ? values(a, structure) : List.of());
    }

    /**
     * The range.
     *
     * @param hull the smallest interval holding every value, with ends closed where attained
     * @param discreteValues the values in increasing order when f is piecewise constant, else empty
     */
    record Result(Interval hull, List<Double> discreteValues) {
    }

    private static List<Double> values(Activation a, PieceStructure structure) {
        TreeSet<Double> values = new TreeSet<>();
        for (Breakpoint b : structure.breakpoints()) {
            values.add(a.value(b.x()) + 0.0);
        }
        for (Piece piece : structure.pieces()) {
            values.add(a.value(inside(piece)) + 0.0);
        }
        return new ArrayList<>(values);
    }

    /** A point strictly inside the piece. */
    private static double inside(Piece piece) {
        boolean finiteLower = Double.isFinite(piece.lower());
        boolean finiteUpper = Double.isFinite(piece.upper());
        if (finiteLower && finiteUpper) {
            return piece.lower() + (piece.upper() - piece.lower()) / 2;
        }
        if (finiteLower) {
            return piece.lower() + Math.max(1, Math.abs(piece.lower()));
        }
        if (finiteUpper) {
            return piece.upper() - Math.max(1, Math.abs(piece.upper()));
        }
        return 0;
    }

    private void offerCriticalPoints(Activation a, Piece piece, Samples samples) {
        double lastSign = 0;
        double lastX = Double.NaN;
        for (int i = 0; i < samples.size(); i++) {
            double x = samples.x(i);
            double sign = Math.signum(samples.derivative(i));
            if (!piece.contains(x) || sign == 0 || Double.isNaN(sign)) {
                continue;
            }
            if (lastSign != 0 && sign != lastSign) {
                offer(a.value(Bisection.signChange(a::derivative, lastX, x)), true);
            }
            lastSign = sign;
            lastX = x;
        }
    }

    /** Where f jumps at an end of the piece, the value approached from inside it is not attained. */
    private void offerOneSidedLimits(Activation a, Piece piece, PieceStructure structure) {
        if (structure.kindAt(piece.lower()) == Breakpoint.Kind.JUMP) {
            offer(a.value(Math.nextUp(piece.lower())), false);
        }
        if (structure.kindAt(piece.upper()) == Breakpoint.Kind.JUMP) {
            offer(a.value(Math.nextDown(piece.upper())), false);
        }
    }

    private void offerTail(TailBehaviour tail, Piece piece) {
        if (tail.settles()) {
            offer(tail.limit(), piece.constant());
        }
    }

    private void offer(double v, boolean attained) {
        if (Double.isNaN(v)) {
            return;
        }
        if (v > max && !same(v, max)) {
            max = v;
            maxAttained = attained;
        } else if (same(v, max)) {
            max = Math.max(max, v);
            maxAttained |= attained;
        }
        if (v < min && !same(v, min)) {
            min = v;
            minAttained = attained;
        } else if (same(v, min)) {
            min = Math.min(min, v);
            minAttained |= attained;
        }
    }

    private static boolean same(double v, double bound) {
        if (Double.isInfinite(v) || Double.isInfinite(bound)) {
            return v == bound;
        }
        return Math.abs(v - bound) <= SAME * (1 + Math.abs(bound));
    }
}
